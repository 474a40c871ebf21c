import FirstKCore
import Testing

@testable import FirstKUI

/// Snapshots of the MRR gauge at fixed sizes, in Unicode and ASCII.
@Suite struct GaugePaneTests {
  static let today = CivilDate(year: 2025, month: 6, day: 15)!

  /// A builder charging $49/mo with six paying subscriptions in three currencies.
  static func sample() -> AppState {
    let usd = Currency.usd
    let eur = Currency("EUR")!
    func day(_ text: String) -> CivilDate { CivilDate(iso: text)! }
    func money(_ minor: Int64, _ currency: Currency = usd) -> Money {
      Money(minor: minor, currency: currency)
    }
    var state = AppState(today: today)
    state.profile.listPrice = money(4900)
    state.profile.ratesInMillionths = [eur: 1_080_000]
    state.customers = [
      Customer(name: "Ada", amount: money(4900), started: day("2024-11-02")),
      Customer(name: "Bo", amount: money(4900), started: day("2025-01-10")),
      Customer(name: "Cy", amount: money(99_000), interval: .year, started: day("2025-02-01")),
      Customer(
        name: "Di", amount: money(2900), quantity: 3, started: day("2025-03-05"),
        cancelAtPeriodEnd: true, currentPeriodEnd: day("2025-07-05")),
      Customer(name: "Ed", amount: money(4900), status: .trialing, started: day("2025-06-01")),
      Customer(name: "Fe", amount: money(4500, eur), started: day("2025-04-20")),
      Customer(
        name: "Gu", amount: money(1500, Currency("GBP")!), interval: .week,
        started: day("2025-05-20")),
    ]
    return state
  }

  static func frame(
    _ state: AppState, _ width: Int, _ height: Int, _ glyphs: Glyphs = .unicode
  ) -> [String] {
    var canvas = GridCanvas(width: width, height: height)
    GaugePane.draw(state, in: canvas.bounds, glyphs: glyphs, canvas: &canvas)
    return canvas.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  }

  static func padded(_ lines: [String], to height: Int) -> [String] {
    lines + Array(repeating: "", count: height - lines.count)
  }

  /// What the empty state shows below the bar.
  static let emptyLines = [
    "0 paying customers",
    "",
    "The math to $1,000/mo",
    "  10 × $100/mo",
    "  20 × $50/mo",
    "  40 × $25/mo",
  ]

  @Test func emptyProfileAt38x24() {
    let expected =
      [
        "MRR $0.00 of $1,000 goal            0%",
        String(repeating: "░", count: 38),
      ] + Self.emptyLines
    #expect(Self.frame(AppState(today: Self.today), 38, 24) == Self.padded(expected, to: 24))

    let ascii = [
      "MRR $0.00 of $1,000 goal            0%",
      String(repeating: ".", count: 38),
      "0 paying customers",
      "",
      "The math to $1,000/mo",
      "  10 x $100/mo",
      "  20 x $50/mo",
      "  40 x $25/mo",
    ]
    #expect(
      Self.frame(AppState(today: Self.today), 38, 24, .ascii) == Self.padded(ascii, to: 24))
  }

  @Test func emptyProfileAt58x30() {
    let expected =
      [
        "MRR $0.00 of $1,000 goal                                0%",
        String(repeating: "░", count: 58),
      ] + Self.emptyLines
    #expect(Self.frame(AppState(today: Self.today), 58, 30) == Self.padded(expected, to: 30))
    let ascii = expected.map { line in
      String(line.map { $0 == "░" ? "." : $0 == "×" ? "x" : $0 })
    }
    #expect(
      Self.frame(AppState(today: Self.today), 58, 30, .ascii) == Self.padded(ascii, to: 30))
  }

  /// The paying line: the £ subscription has no rate, so ARPU covers 5 of the 6.
  static let payingWide = "6 paying customers (5 in MRR) · ARPU $63.22"
  static let payingNarrow = "6 paying (5 in MRR) · ARPU $63.22"

  /// The sample's rows after the paying line, down to the pricing advice, the same at both
  /// widths.
  static let sampleBody = [
    "14 more at $49/mo to reach $1,000",
    "",
    "Committed churn -$87.00/mo (1 ending)",
    "+ €45.00 = $48.60 at your rate",
    "+ £65.00 not counted: no rate",
    "Last 12 months ▁▁▁▁▂▂▃▄▆███",
    "",
    "The math to $1,000/mo",
    "  10 × $100/mo",
    "  20 × $50/mo",
    "▸ 21 × $49/mo  your price",
    "  40 × $25/mo",
    "",
    "$20-49/mo: OK for prosumer tools",
  ]

  static let sampleBodyASCII = [
    "14 more at $49/mo to reach $1,000",
    "",
    "Committed churn -$87.00/mo (1 ending)",
    "+ €45.00 = $48.60 at your rate",
    "+ £65.00 not counted: no rate",
    "Last 12 months ____..--=###",
    "",
    "The math to $1,000/mo",
    "  10 x $100/mo",
    "  20 x $50/mo",
    "> 21 x $49/mo  your price",
    "  40 x $25/mo",
    "",
    "$20-49/mo: OK for prosumer tools",
  ]

  @Test func sampleAt38x24() {
    let header = "MRR $316.10 of $1,000 goal         31%"
    let advice = [
      "It takes 20 to 50 customers, which is",
      "doable but tight. Add a $99+/mo tier",
      "for power users.",
    ]
    let bar = String(repeating: "█", count: 12) + String(repeating: "░", count: 26)
    let unicode = [header, bar, Self.payingNarrow] + Self.sampleBody + advice
    #expect(Self.frame(Self.sample(), 38, 24) == Self.padded(unicode, to: 24))

    let asciiBar = String(repeating: "#", count: 12) + String(repeating: ".", count: 26)
    let paying = Self.payingNarrow.replacingOccurrences(of: "·", with: "-")
    let ascii = [header, asciiBar, paying] + Self.sampleBodyASCII + advice
    #expect(Self.frame(Self.sample(), 38, 24, .ascii) == Self.padded(ascii, to: 24))
  }

  @Test func sampleAt58x30() {
    let header = "MRR $316.10 of $1,000 goal                             31%"
    let advice = [
      "It takes 20 to 50 customers, which is doable but tight.",
      "Add a $99+/mo tier for power users.",
    ]
    let bar = String(repeating: "█", count: 18) + "▎" + String(repeating: "░", count: 39)
    let unicode = [header, bar, Self.payingWide] + Self.sampleBody + advice
    #expect(Self.frame(Self.sample(), 58, 30) == Self.padded(unicode, to: 30))

    // ASCII has no partial blocks: the 18.3 filled cells show as 18.
    let asciiBar = String(repeating: "#", count: 18) + String(repeating: ".", count: 40)
    let ascii = [header, asciiBar, Self.payingWide.replacingOccurrences(of: "·", with: "-")]
      + Self.sampleBodyASCII + advice
    #expect(Self.frame(Self.sample(), 58, 30, .ascii) == Self.padded(ascii, to: 30))
  }
}
