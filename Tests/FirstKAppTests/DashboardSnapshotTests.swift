import FirstKCore
import FirstKData
import Testing

@testable import FirstKApp

/// The dashboard's two reads, the first one on three threads and the reloads on one
/// connection, give the same snapshot, with ghosting marked in memory and not written.
@Suite struct DashboardSnapshotTests {
  @Test func bothReadsMarkTheGhostedAndWriteNothing() throws {
    let scratch = try ScratchDatabase()
    let store = try Store(path: scratch.path)
    let asked = CivilDate(year: 2025, month: 10, day: 1)!
    let today = CivilDate(year: 2025, month: 11, day: 1)!
    let messages = FollowUpMessages.playbook.filled(
      with: Profile(productName: "Invoicer", problem: "late invoices"))
    for name in ["Ada", "Bob", "Cy"] {
      var prospect = Prospect(name: name)
      prospect.id = try store.insert(prospect)
      let day = name == "Bob" ? today.adding(days: -3) : asked
      _ = try store.save(ProspectOutcome.asked(
        prospect, followUps: [], on: day, cadence: .playbook, messages: messages))
    }
    var cy = try #require(try store.prospects(named: "Cy").first)
    cy.repliedOn = asked.adding(days: 20)
    _ = try store.save(cy)
    // Row ids spread this far make the first read take the threads, as thousands would.
    try store.database.execute("UPDATE follow_ups SET id = 5000 WHERE id = 9")

    let data = try DashboardData(store: store, today: { today })
    let first = try data.beginSnapshot().wait()
    let reload = try data.snapshot()
    #expect(first.prospects.map(\.stage) == [.ghosted, .asked, .asked])
    #expect(first == reload)
    #expect(try store.prospects().map(\.stage) == [.asked, .asked, .asked])

    var state = AppState(today: today)
    _ = reduce(&state, .dataReloaded(first))
    #expect(state.prospects.map(\.stage) == [.ghosted, .asked, .asked])
  }
}

/// Thousands of customers are read in two halves at once, and come back whole and in order.
@Suite struct SplitReadTests {
  @Test func halvesCoverTheIdsOnce() {
    #expect(DashboardData.halves(of: nil).count == 1)
    #expect(DashboardData.halves(of: 1...1_999) == [nil])
    #expect(DashboardData.halves(of: 1...2_001) == [1...1_001, 1_002...2_001])
    #expect(DashboardData.halves(of: 7...9_000) == [7...4_503, 4_504...9_000])
  }

  @Test func bothHalvesMakeTheWholeList() throws {
    let scratch = try ScratchDatabase()
    let store = try Store(path: scratch.path)
    for name in ["Acme", "Globex", "Initech", "Hooli"] {
      try store.insert(Customer(name: name, amount: Money(minor: 4_900, currency: .usd)))
    }
    try store.database.execute("UPDATE customers SET id = 9000 WHERE id = 3")
    try store.database.execute("UPDATE customers SET id = 4500 WHERE id = 4")
    #expect(try store.rowIDs(of: "customers") == 1...9_000)
    let data = try DashboardData(store: store, today: { CivilDate(year: 2025, month: 11, day: 1)! })
    let snapshot = try data.beginSnapshot().wait()
    #expect(snapshot.customers.map(\.name) == ["Acme", "Globex", "Hooli", "Initech"])
    #expect(snapshot.customers == (try store.customers()))
    #expect(try store.rowIDs(of: "prospects") == nil)
  }
}

/// A talk recorded from the dashboard is saved like `firstk talk` saves it.
@Suite struct DashboardTalkTests {
  @Test func aTalkIsSavedAndReportedWithTheCounts() throws {
    let scratch = try ScratchDatabase()
    let store = try Store(path: scratch.path)
    let today = CivilDate(year: 2025, month: 11, day: 1)!
    var bob = Prospect(name: "Bob")
    bob.id = try store.insert(bob)
    let data = try DashboardData(store: store, today: { today })
    let message = try data.perform(.recordTalk(bob, wouldPay: true, on: today))
    #expect(message == "Talk with Bob recorded: would pay. Talked to 1, 1 would pay "
      + "(the playbook wants 5+ talked, 3+ would pay).")
    let saved = try #require(try store.prospects().first)
    #expect(saved.stage == .talked)
    #expect(saved.talkedOn == today)
    #expect(saved.wouldPay == true)
    #expect(try store.talks(of: try #require(bob.id)).map(\.wouldPay) == [true])
  }
}

/// The ONE next action is marked done from the Playbook pane and leaves the header.
@Suite struct NextActionDoneTests {
  @Test func doneClearsItHereAndInTheDatabase() throws {
    let scratch = try ScratchDatabase()
    let store = try Store(path: scratch.path)
    let today = CivilDate(year: 2025, month: 11, day: 1)!
    try store.saveNextAction("Ask 10 people to pay", on: today)
    let data = try DashboardData(store: store, today: { today })
    var state = AppState(today: today)
    _ = reduce(&state, .dataReloaded(try data.snapshot()))
    #expect(state.playbook.nextAction == "Ask 10 people to pay")

    let effects = reduce(&state, .playbook(.nextActionDone))
    #expect(effects == [.nextActionDone])
    #expect(
      state.status == StatusMessage("Done: Ask 10 people to pay. Choose the next one with n."))
    for effect in effects { _ = try data.perform(effect) }
    _ = reduce(&state, .dataReloaded(try data.snapshot()))
    #expect(state.playbook.nextAction == nil)
    #expect(try store.nextAction() == nil)
    #expect(reduce(&state, .playbook(.nextActionDone)) == [])
    #expect(state.status?.kind == .error)
  }
}
