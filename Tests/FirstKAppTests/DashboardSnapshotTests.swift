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
