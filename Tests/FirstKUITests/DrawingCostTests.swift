import Testing

@testable import FirstKCore
@testable import FirstKUI

/// The shortcuts that keep a frame cheap with long lists must draw what the full
/// computations drew.
@Suite struct DrawingCostTests {
  /// The first agenda entry shown, found as before: from the top, dropping entries
  /// until the ones up to the selected entry fit with the lines for those above and
  /// below.
  static func scannedFirst(_ rows: [Int], selected: Int, height: Int) -> Int {
    let reserve = selected < rows.count - 1 ? 1 : 0
    var first = 0
    while first < selected
      && rows[first...selected].reduce(0, +) + reserve + (first > 0 ? 1 : 0) > height
    {
      first += 1
    }
    return first
  }

  @Test func agendaScrollsAsTheFullScanDid() {
    var seed: UInt64 = 3
    func next(_ bound: Int) -> Int {
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((seed >> 33) % UInt64(bound))
    }
    for _ in 0..<500 {
      let rows = (0..<(1 + next(30))).map { _ in 1 + next(6) }
      let selected = next(rows.count)
      let height = 1 + next(25)
      var measured: Set<Int> = []
      let first = AgendaView.firstShown(
        selected: selected, count: rows.count, height: height,
        rows: { index in
          measured.insert(index)
          return rows[index]
        })
      #expect(first == Self.scannedFirst(rows, selected: selected, height: height))
      #expect(measured.allSatisfy { $0 >= first - 1 && $0 <= selected })
    }
  }

  @Test func asciiWidthsAreTheCharacterWidths() {
    for text in ["", "plain text", "tab\there", "line\r\nend", "bell\u{7}", "del\u{7F}",
                 "café", "日本", "a\u{301}b", "~!@#$%^&*()_+{}|:\"<>?"] {
      #expect(TextWidth.of(text) == text.reduce(0) { $0 + TextWidth.of($1) }, "\(text)")
      #expect(TextWidth.of(text[...]) == TextWidth.of(text))
    }
    #expect(TextWidth.inert("ok \u{1B}[31m") == "ok ?[31m")
    #expect(TextWidth.inert("plain") == "plain")
  }

  @Test func aLongListDrawsOnlyWhatFits() {
    var state = AppState(today: CivilDate(year: 2025, month: 11, day: 5)!)
    state.customers = (1...5_000).map { number in
      Customer(name: "Customer \(number)", amount: Money(minor: 4_900, currency: .usd))
    }
    state.focus = .gauge
    state.openList = .customers
    state.listSelection = 4_321
    var canvas = GridCanvas(width: 40, height: 12)
    RecordListView.drawCustomers(
      state, in: Rect(x: 0, y: 0, width: 40, height: 12), glyphs: .unicode, canvas: &canvas)
    let lines = canvas.lines
    #expect(lines[0].hasPrefix("5000 customers"))
    #expect(lines[11].hasPrefix("▸Customer 4322"))
    #expect(lines[1].hasPrefix(" Customer 4312"))
  }
}
