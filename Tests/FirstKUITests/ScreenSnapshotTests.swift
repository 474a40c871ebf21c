import FirstKCore
import Testing

@testable import FirstKUI

/// Whole-screen pictures at the sizes people use: a wide terminal, the classic 80x24,
/// a narrow tmux side pane and a window too small to use.
@Suite struct ScreenSnapshotTests {
  static let today = CivilDate(year: 2025, month: 11, day: 5)!

  /// A founder two months in: two customers, one prospect asked, one still to ask;
  /// loaded the way the dashboard loads the database, so "you are here" is marked.
  static func sample() -> AppState {
    var state = AppState(today: today)
    let usd = Currency.usd
    let profile = Profile(
      productName: "Invoicer", problem: "late invoices", audience: "freelancers",
      listPrice: Money(minor: 4900, currency: usd), started: CivilDate(year: 2025, month: 9, day: 1),
      built: true)
    let customers = [
      Customer(id: 1, name: "Acme", amount: Money(minor: 4900, currency: usd),
        started: CivilDate(year: 2025, month: 10, day: 2)),
      Customer(id: 2, name: "Globex", amount: Money(minor: 49000, currency: usd), interval: .year,
        started: CivilDate(year: 2025, month: 10, day: 20)),
    ]
    let prospects = [
      Prospect(id: 1, name: "Ada Lovelace", channel: .email, stage: .asked,
        askedOn: CivilDate(year: 2025, month: 11, day: 3)),
      Prospect(id: 2, name: "Bob", channel: .dm),
    ]
    let followUps = FollowUpSchedule.make(
      prospectID: 1, askedOn: CivilDate(year: 2025, month: 11, day: 3)!,
      messages: FollowUpMessages.playbook.filled(with: profile))
    let effects = reduce(&state, .dataReloaded(DataSnapshot(
      profile: profile, customers: customers, prospects: prospects, followUps: followUps)))
    #expect(effects == [])
    return state
  }

  @Test(arguments: [(120, 40), (80, 24), (40, 50), (20, 6)])
  func wholeScreen(size: (Int, Int)) {
    var canvas = GridCanvas(width: size.0, height: size.1)
    Screen.draw(Self.sample(), glyphs: .unicode, canvas: &canvas)
    expectSnapshot(canvas, named: "screen-\(size.0)x\(size.1)")
  }

  @Test func narrowFollowUpsTab() {
    var state = Self.sample()
    state.focus = .followUps
    var canvas = GridCanvas(width: 40, height: 50)
    Screen.draw(state, glyphs: .unicode, canvas: &canvas)
    expectSnapshot(canvas, named: "screen-40x50-follow-ups")
  }

  @Test func asciiFallback() {
    var state = Self.sample()
    state.focus = .gauge
    state.customers.append(
      Customer(id: 3, name: "Zoë Café", amount: Money(minor: 1900, currency: Currency("EUR")!),
        started: Self.today))
    var canvas = GridCanvas(width: 80, height: 24)
    canvas.asciiOnly = true
    Screen.draw(state, glyphs: .ascii, canvas: &canvas)
    expectSnapshot(canvas, named: "screen-80x24-ascii")
    #expect(canvas.lines.allSatisfy { $0.allSatisfy(\.isASCII) })
  }

  @Test func helpOverlayAndForm() {
    var state = Self.sample()
    state.showingHelp = true
    var canvas = GridCanvas(width: 80, height: 24)
    Screen.draw(state, glyphs: .unicode, canvas: &canvas)
    expectSnapshot(canvas, named: "screen-80x24-help")

    state.showingHelp = false
    state.prompt = .form(Forms.customer(nil, profile: state.profile, today: Self.today))
    canvas = GridCanvas(width: 80, height: 24)
    Screen.draw(state, glyphs: .unicode, canvas: &canvas)
    expectSnapshot(canvas, named: "screen-80x24-new-customer")
  }

  @Test func everySizeWithDataOverlaysAndEveryFocus() {
    var states: [AppState] = []
    for pane in PaneID.allCases {
      var state = Self.sample()
      state.focus = pane
      states.append(state)
    }
    states[0].showingHelp = true
    states[1].prompt = .form(Forms.customer(nil, profile: states[1].profile, today: Self.today))
    states[1].openList = .customers
    states[2].openList = .prospects
    let sizes = [(1, 1), (2, 1), (1, 2), (10, 4), (29, 10), (30, 10), (30, 14), (40, 50), (79, 24),
      (80, 24), (119, 40), (120, 40), (200, 60), (400, 150)]
    for state in states {
      for (width, height) in sizes {
        var canvas = GridCanvas(width: width, height: height)
        Screen.draw(state, glyphs: .unicode, canvas: &canvas)
        #expect(canvas.lines.allSatisfy { TextWidth.of($0) == width })
      }
    }
  }
}
