import FirstKCore
import Testing

@testable import FirstKUI

/// The header's counters: talks before building, asks and follow-ups after.
@Suite struct HeaderFactsTests {
  static let today = CivilDate(year: 2025, month: 11, day: 1)!

  static func state(built: Bool?, talked: Bool) -> AppState {
    var state = AppState(today: today)
    state.profile.built = built
    state.prospects = [
      Prospect(id: 1, name: "Ada", wouldPay: talked ? true : nil, talkedOn: talked ? today : nil),
      Prospect(id: 2, name: "Bob"),
    ]
    return state
  }

  @Test func talksShowWhileNothingIsBuilt() {
    let talks = "talked to 1/5, would pay 1/3"
    #expect(HeaderFacts.items(for: Self.state(built: false, talked: true))[1] == talks)
    #expect(HeaderFacts.items(for: Self.state(built: nil, talked: true))[1] == talks)
    #expect(HeaderFacts.items(for: Self.state(built: false, talked: false))[1]
      == "talked to 0/5, would pay 0/3")
    for state in [Self.state(built: true, talked: true), Self.state(built: nil, talked: false)] {
      let items = HeaderFacts.items(for: state)
      #expect(!items.contains { $0.hasPrefix("talked to") })
      #expect(items[1] == "asks today 0/10")
    }
  }
}

/// The prospect list says what each one answered in a validation talk, and who replied.
@Suite struct ProspectListTests {
  @Test func talkedProspectsShowTheirAnswer() {
    var state = HeaderFactsTests.state(built: false, talked: true)
    state.prospects.append(Prospect(
      id: 3, name: "Cy", stage: .talked, wouldPay: false, talkedOn: HeaderFactsTests.today))
    state.prospects.append(Prospect(
      id: 4, name: "Dee", stage: .asked, askedOn: HeaderFactsTests.today, wouldPay: true))
    state.prospects.append(Prospect(
      id: 5, name: "Eve", stage: .asked, askedOn: HeaderFactsTests.today,
      repliedOn: HeaderFactsTests.today.adding(days: 2)))
    state.prospects.append(Prospect(
      id: 6, name: "Fay", stage: .won, askedOn: HeaderFactsTests.today))
    state.openList = .prospects
    var canvas = GridCanvas(width: 44, height: 7)
    RecordListView.drawProspects(
      state, in: Rect(x: 0, y: 0, width: 44, height: 7), glyphs: .unicode, canvas: &canvas)
    #expect(canvas.lines == [
      "6 prospects                                 ",
      "▸Ada                   to contact, would pay",
      " Bob                              to contact",
      " Cy                    talked, would not pay",
      " Dee                        asked 2025-11-01",
      " Eve               asked, replied 2025-11-03",
      " Fay                                     won",
    ])
  }
}

/// Scrolling the help stops where its last line shows, so the first key up moves it back.
@Suite struct HelpScrollTests {
  @Test func scrollingStopsAtTheEnd() {
    var state = AppState(today: HeaderFactsTests.today)
    _ = reduce(&state, .helpPressed)
    let limit = HelpOverlay.maxScroll(screenHeight: 24)
    #expect(limit > 0)
    for _ in 0..<(limit + 40) {
      if let action = Keymap.action(for: .down, in: state, screenHeight: 24) {
        _ = reduce(&state, action)
      }
    }
    #expect(state.helpScroll == limit)
    if let action = Keymap.action(for: .up, in: state, screenHeight: 24) {
      _ = reduce(&state, action)
    }
    #expect(state.helpScroll == limit - 1)
    #expect(HelpOverlay.maxScroll(screenHeight: 200) == 0)
  }
}

/// A form's error is wrapped inside the box, so what to do is never cut off.
@Suite struct FormErrorTests {
  @Test func aLongErrorWrapsInsideTheForm() {
    var form = Forms.prospect(nil)
    form.error = "Aaron Abbott is already saved (#5). Give another name, or the company that "
      + "tells them apart."
    for width in [80, 40] {
      var canvas = GridCanvas(width: width, height: 24)
      PromptOverlay.drawForm(form, in: canvas.bounds, glyphs: .unicode, canvas: &canvas)
      let text = canvas.lines.joined(separator: " ").split(separator: " ").joined(separator: " ")
      let words = form.error!.split(separator: " ").joined(separator: " ")
      #expect(text.contains(words.prefix(30)), "at \(width) columns")
      #expect(text.contains("tells them apart."), "at \(width) columns")
    }
  }
}

/// Pasted text goes into a form field and nowhere else.
@Suite struct PasteTests {
  @Test func pastedTextIsTypedOnlyIntoAForm() {
    var state = AppState(today: HeaderFactsTests.today)
    #expect(Keymap.actions(forPasted: "xq", in: state)
      == [.failed("Pasted text goes into a form's field; nothing was done.")])
    _ = reduce(&state, .records(.newPressed(.prospects)))
    #expect(Keymap.actions(forPasted: "Eve\u{1B}[31m", in: state)
      == "Eve[31m".map { .prompt(.typed($0)) })
  }
}
