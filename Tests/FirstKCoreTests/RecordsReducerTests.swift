import Testing

@testable import FirstKCore

/// Forms, menus and the customer and prospect lists, through the one reducer.
@Suite struct RecordsReducerTests {
  static let today = CivilDate(year: 2025, month: 11, day: 5)!
  static let usd = Currency.usd

  static func start() -> AppState {
    var state = AppState(today: today)
    state.focus = .gauge
    state.profile.listPrice = Money(minor: 4900, currency: usd)
    state.customers = [
      Customer(id: 1, name: "Acme, Inc.", amount: Money(minor: 4900, currency: usd)),
      Customer(id: 2, name: "Globex", amount: Money(minor: 9900, currency: usd)),
    ]
    return state
  }

  func type(_ text: String, into state: inout AppState) {
    for character in text { _ = reduce(&state, .prompt(.typed(character))) }
  }

  @Test func newCustomerFormSavesExactlyWhatWasTyped() throws {
    var state = Self.start()
    #expect(reduce(&state, .records(.newPressed(.customers))) == [])
    guard let form = openForm(state) else { return }
    #expect(form.purpose == .addCustomer)
    #expect(form.fields.map(\.text) == [
      "", "49.00", "month", "1", "1", "USD", "active", "2025-11-05", "",
    ])
    type("Initech", into: &state)
    _ = reduce(&state, .prompt(.nextFieldPressed))
    _ = reduce(&state, .prompt(.fieldCleared))
    type("120", into: &state)
    let effects = reduce(&state, .prompt(.submitted))
    let expected = Customer(
      name: "Initech", amount: Money(minor: 12_000, currency: Self.usd), started: Self.today)
    #expect(effects == [.saveCustomer(expected)])
    #expect(state.prompt == nil)
    #expect(state.status == StatusMessage("Added Initech."))
  }

  @Test func badAmountKeepsTheFormOpenWithTheReason() {
    var state = Self.start()
    _ = reduce(&state, .records(.newPressed(.customers)))
    type("Initech", into: &state)
    _ = reduce(&state, .prompt(.nextFieldPressed))
    _ = reduce(&state, .prompt(.fieldCleared))
    type("-5", into: &state)
    #expect(reduce(&state, .prompt(.submitted)) == [])
    guard let form = openForm(state) else { return }
    #expect(form.error == "Amount: type a price such as 49 or 49.50 (at most a billion).")
    #expect(form.value("Name") == "Initech")
  }

  @Test func deleteAsksFirstThenUndoBringsItBack() {
    var state = Self.start()
    _ = reduce(&state, .records(.listToggled(.customers)))
    #expect(state.openList == .customers)
    #expect(reduce(&state, .records(.deletePressed)) == [])
    guard let menu = openMenu(state) else { return }
    #expect(menu.title == "Delete Acme, Inc.?")
    #expect(menu.options.map(\.key) == ["y", "n"])

    let acme = state.customers[0]
    #expect(reduce(&state, .prompt(.menuKeyPressed("y"))) == [.deleteCustomer(acme)])
    #expect(state.prompt == nil)
    #expect(state.customers.map(\.name) == ["Globex"])
    #expect(state.lastDeleted == .customer(acme))
    #expect(state.status == StatusMessage("Deleted Acme, Inc. Press u to undo."))

    #expect(reduce(&state, .records(.undoPressed)) == [.restoreCustomer(acme)])
    #expect(state.lastDeleted == nil)
    #expect(state.customers.map(\.name) == ["Acme, Inc.", "Globex"])
    #expect(state.selectedCustomer == acme)
    #expect(reduce(&state, .records(.undoPressed)) == [])
    #expect(state.status == StatusMessage("Nothing to undo.", kind: .error))
  }

  @Test func anEditOfARecordDeletedElsewhereIsNotSaved() {
    for list in [RecordList.customers, .prospects] {
      var state = Self.start()
      state.prospects = [Prospect(id: 7, name: "Ben")]
      state.openList = list
      state.listSelection = 0
      _ = reduce(&state, .records(.editPressed))
      let snapshot = DataSnapshot(
        profile: state.profile, customers: list == .customers ? [state.customers[1]] : [],
        prospects: [])
      _ = reduce(&state, .dataReloaded(snapshot))
      _ = reduce(&state, .prompt(.typed("x")))
      #expect(reduce(&state, .prompt(.submitted)) == [])
      guard let form = openForm(state) else { return }
      #expect(form.error == AppState.goneElsewhere.message)
      _ = reduce(&state, .prompt(.dismissed))
    }
  }

  @Test func declinedDeleteKeepsEverything() {
    var state = Self.start()
    _ = reduce(&state, .records(.listToggled(.customers)))
    _ = reduce(&state, .records(.downPressed))
    _ = reduce(&state, .records(.deletePressed))
    let before = state.customers
    #expect(reduce(&state, .prompt(.menuKeyPressed("n"))) == [])
    #expect(state.prompt == nil)
    #expect(state.customers == before)
    #expect(state.listSelection == 1)
  }

  @Test func profileFormChangesTheProfileAtOnce() {
    var state = Self.start()
    _ = reduce(&state, .records(.profilePressed))
    type("Invoicer", into: &state)
    let effects = reduce(&state, .prompt(.submitted))
    #expect(state.profile.productName == "Invoicer")
    #expect(effects == [.saveProfile(state.profile)])
    #expect(state.mrr.report.mrr == Money(minor: 14_800, currency: Self.usd))
  }

  @Test func escapeClosesTheListThenResetsTheWhatIf() {
    var state = Self.start()
    _ = reduce(&state, .records(.listToggled(.customers)))
    _ = reduce(&state, .escapePressed)
    #expect(state.openList == nil)
    _ = reduce(&state, .gauge(.whatIfRaised))
    #expect(state.gauge.whatIfPrice != nil)
    _ = reduce(&state, .escapePressed)
    #expect(state.gauge.whatIfPrice == nil)
  }

  @Test func importFormAsksForAPath() {
    var state = Self.start()
    _ = reduce(&state, .records(.importMenuPressed))
    _ = reduce(&state, .prompt(.menuKeyPressed("s")))
    #expect(reduce(&state, .prompt(.submitted)) == [])
    type("~/exports/subscriptions.csv", into: &state)
    #expect(
      reduce(&state, .prompt(.submitted))
        == [.importFile(.stripe, path: "~/exports/subscriptions.csv")])
  }
}

/// Validation talks recorded from the prospect list, and their counts.
@Suite struct TalkReducerTests {
  static let today = CivilDate(year: 2025, month: 11, day: 5)!

  static func start() -> AppState {
    var state = AppState(today: today)
    state.focus = .followUps
    state.prospects = [
      Prospect(id: 1, name: "Ada", wouldPay: false, talkedOn: today.adding(days: -3)),
      Prospect(id: 2, name: "Bob"),
    ]
    return state
  }

  @Test func theListAsksWhetherTheyWouldPayAndRecordsTheAnswer() {
    var state = Self.start()
    #expect(reduce(&state, .records(.talkMenuPressed)) == [])
    #expect(state.status?.kind == .error)
    #expect(state.prompt == nil)

    _ = reduce(&state, .records(.listToggled(.prospects)))
    _ = reduce(&state, .records(.downPressed))
    #expect(reduce(&state, .records(.talkMenuPressed)) == [])
    guard let menu = openMenu(state) else { return }
    #expect(menu.title == "Talk with Bob today: would they pay?")
    #expect(menu.options.map(\.key) == ["y", "n"])
    #expect(menu.options.map(\.action) == [
      .records(.talkRecorded(wouldPay: true)), .records(.talkRecorded(wouldPay: false)),
    ])
    #expect(reduce(&state, .prompt(.menuKeyPressed("y")))
      == [.recordTalk(state.prospects[1], wouldPay: true, on: Self.today)])
    #expect(state.prompt == nil)
  }

  @Test func aSecondProspectWithTheSameNameNeedsAnotherCompany() {
    var state = Self.start()
    func typed(_ text: String) {
      for character in text { _ = reduce(&state, .prompt(.typed(character))) }
    }
    _ = reduce(&state, .records(.newPressed(.prospects)))
    typed(" bob ")
    #expect(reduce(&state, .prompt(.submitted)) == [])
    guard let form = openForm(state) else { return }
    #expect(form.error
      == "Bob is already saved (#2). Give another name, or the company that tells them apart.")

    _ = reduce(&state, .prompt(.nextFieldPressed))
    _ = reduce(&state, .prompt(.nextFieldPressed))
    typed("Acme")
    #expect(reduce(&state, .prompt(.submitted))
      == [.saveProspect(Prospect(name: "bob", company: "Acme"))])

    _ = reduce(&state, .records(.listToggled(.prospects)))
    _ = reduce(&state, .records(.downPressed))
    _ = reduce(&state, .records(.editPressed))
    _ = reduce(&state, .prompt(.nextFieldPressed))
    typed("bob@example.com")
    #expect(reduce(&state, .prompt(.submitted)).count == 1)
  }

  @Test func theChannelIsGuessedFromTheContactAsOnTheCommandLine() {
    #expect(Channel(guessedFrom: " ada@example.com ") == .email)
    #expect(Channel(guessedFrom: "@ada") == .other)
    #expect(Channel(guessedFrom: "linkedin.com/in/ada") == .other)
    #expect(Channel(guessedFrom: "") == .other)
  }

  @Test func countsFollowTheProspects() {
    var state = Self.start()
    #expect(state.talkCounts == TalkCounts(talkedTo: 1, wouldPay: 0))
    state.prospects[1] = ProspectOutcome.talked(state.prospects[1], on: Self.today, wouldPay: true)
    #expect(state.talkCounts == TalkCounts(talkedTo: 2, wouldPay: 1))
    #expect(PlaybookFacts(state: state).talkedTo == 2)
    #expect(PlaybookFacts(state: state).wouldPay == 1)
  }
}
