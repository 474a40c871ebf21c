import FirstKCore
import Testing

@testable import FirstKUI

/// How the gauge gives way in short and narrow panes, and that no size breaks it.
@Suite struct GaugePaneFitTests {
  static func nudged() -> AppState {
    var state = GaugePaneTests.sample()
    state.gauge.whatIfPrice = 5900
    return state
  }

  @Test func shortPaneKeepsTheMostImportantRows() {
    #expect(
      GaugePaneTests.frame(Self.nudged(), 38, 12) == [
        "MRR $316.10 of $1,000 goal         31%",
        String(repeating: "█", count: 12) + String(repeating: "░", count: 26),
        "6 paying (5 in MRR) · ARPU $63.22",
        "14 more at $49/mo to reach $1,000",
        "What if $59/mo? 12 more customers",
        "Committed churn -$87.00/mo (1 ending)",
        "+ €45.00 = $48.60 at your rate",
        "+ £65.00 not counted: no rate",
        "  10 × $100/mo",
        "▸ 17 × $59/mo  what if",
        "  20 × $50/mo",
        "  40 × $25/mo",
      ])
    #expect(
      GaugePaneTests.frame(Self.nudged(), 38, 3) == [
        "MRR $316.10 of $1,000 goal         31%",
        String(repeating: "█", count: 12) + String(repeating: "░", count: 26),
        "What if $59/mo? 12 more customers",
      ])
  }

  @Test func narrowPaneChoosesShorterWordings() {
    #expect(
      GaugePaneTests.frame(GaugePaneTests.sample(), 20, 8) == [
        "$316.10/$1,000   31%",
        "██████▎░░░░░░░░░░░░░",
        "6 paying",
        "14 more at $49/mo",
        "Churn -$87.00/mo",
        "+ €45.00 = $48.60",
        "+ £65.00 (no rate)",
        "▸ 21 × $49/mo",
      ])
    #expect(
      GaugePaneTests.frame(GaugePaneTests.sample(), 12, 5, .ascii) == [
        "$316.10  31%",
        "###.........",
        "6 paying",
        "14 more",
        "Churn -$87.~",
      ])
    #expect(GaugePaneTests.frame(Self.nudged(), 1, 1) == ["…"])
    #expect(GaugePaneTests.frame(Self.nudged(), 3, 2) == ["$3…", "▉░░"])
  }

  @Test func reachedGoalAndAPriceFromTheTable() {
    var state = GaugePaneTests.sample()
    state.profile.listPrice = Money(minor: 5000, currency: .usd)
    state.profile.goal = Money(minor: 30_000, currency: .usd)
    let expected = [
      "MRR $316.10 of $300 goal          105%",
      String(repeating: "█", count: 38),
      "6 paying (5 in MRR) · ARPU $63.22",
      "✓ Goal reached",
      "",
      "Committed churn -$87.00/mo (1 ending)",
      "+ €45.00 = $48.60 at your rate",
      "+ £65.00 not counted: no rate",
      "Last 12 months ▁▁▁▁▂▂▃▄▆███",
      "",
      "The math to $300/mo",
      "▸  6 × $50/mo  your price",
      "  10 × $30/mo",
      "  20 × $15/mo",
      "  40 × $7.50/mo",
      "",
      "$50-99/mo: Good range",
      "10 to 20 customers reach the goal;",
      "focused effort gets you there.",
    ]
    #expect(GaugePaneTests.frame(state, 38, 24) == GaugePaneTests.padded(expected, to: 24))

    state.profile.listPrice = Money(minor: 10_000, currency: .usd)
    state.profile.goal = Money(minor: 100_000, currency: .usd)
    let table = GaugePaneTests.frame(state, 38, 24).filter { $0.contains("/mo") }
    #expect(table.contains("▸ 10 × $100/mo  your price"))
    #expect(table.contains("$100+/mo: Solid"))
  }

  @Test func stylesMarkMoneyProgressAndTheUsersRow() {
    var canvas = GridCanvas(width: 38, height: 24)
    GaugePane.draw(GaugePaneTests.sample(), in: canvas.bounds, glyphs: .unicode, canvas: &canvas)
    #expect(canvas[4, 0].style == Style(.money, bold: true))
    #expect(canvas[36, 0].style == Style(.accent, bold: true))
    #expect(canvas[0, 1].style == Style(.gaugeFill))
    #expect(canvas[12, 1].style == Style(.gaugeEmpty))
    #expect(canvas[0, 13] == Cell("▸", style: Style(.accent, bold: true)))
    #expect(canvas[0, 11].style == .plain)
    #expect(canvas[0, 16].style == Style(.warning, bold: true))
  }

  @Test func anySizeDrawsOnlyInsideItsRectangle() {
    var strays: [String] = []
    var emptyRects: [String] = []
    for state in [AppState(today: GaugePaneTests.today), Self.nudged()] {
      for glyphs in [Glyphs.unicode, Glyphs.ascii] {
        for width in [0, 1, 2, 3, 4, 6, 9, 12, 15, 19, 20, 24, 29, 33, 37, 38, 39, 42] {
          for height in 0...26 {
            var canvas = GridCanvas(width: 46, height: 30)
            let rect = Rect(x: 2, y: 1, width: width, height: height)
            GaugePane.draw(state, in: rect, glyphs: glyphs, canvas: &canvas)
            for y in 0..<30 {
              for x in 0..<46 where x < rect.x || x >= rect.maxX || y < rect.y || y >= rect.maxY {
                if canvas[x, y] != .blank { strays.append("\(width)x\(height) at \(x),\(y)") }
              }
            }
            if !rect.isEmpty && canvas[2, 1] == .blank { emptyRects.append("\(width)x\(height)") }
          }
        }
      }
    }
    #expect(strays == [])
    #expect(emptyRects == [])
  }
}
