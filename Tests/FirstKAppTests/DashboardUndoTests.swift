import FirstKCore
import FirstKData
import Testing

@testable import FirstKApp

/// The dashboard reads no skipped follow-ups, yet undoing a delete must bring back a
/// prospect with every follow-up it had, skipped ones included, in their order and
/// under their old numbers.
@Suite struct DashboardUndoTests {
  @Test func undoingADeleteRestoresTheSkippedFollowUpsToo() throws {
    let scratch = try ScratchDatabase()
    let store = try Store(path: scratch.path)
    let day = CivilDate(year: 2025, month: 11, day: 1)!
    let messages = FollowUpMessages.playbook.filled(
      with: Profile(productName: "Invoicer", problem: "late invoices"))
    var ada = Prospect(name: "Ada")
    ada.id = try store.insert(ada)
    ada = try store.save(ProspectOutcome.asked(
      ada, followUps: [], on: day.adding(days: -30), cadence: .playbook,
      messages: messages)).prospect
    let id = try #require(ada.id)
    ada = try store.save(ProspectOutcome.asked(
      ada, followUps: try store.followUps(of: id), on: day, cadence: .playbook,
      messages: messages)).prospect
    let before = try store.followUps().filter { $0.prospectID == id }
    #expect(before.map(\.status) == [.skipped, .due, .skipped, .due, .skipped, .due])

    let data = try DashboardData(store: store, today: { day })
    let snapshot = try data.snapshot()
    #expect(snapshot.followUps.allSatisfy { $0.status != .skipped })
    var state = AppState(today: day)
    _ = reduce(&state, .dataReloaded(snapshot))
    state.focus = .followUps
    state.openList = .prospects
    for effect in reduce(&state, .records(.deleteConfirmed)) { _ = try data.perform(effect) }
    #expect(try store.followUps().isEmpty)
    for effect in reduce(&state, .records(.undoPressed)) { _ = try data.perform(effect) }

    let after = try store.followUps()
    #expect(after.map(\.id) == before.map(\.id))
    #expect(after.map(\.prospectID) == before.map(\.prospectID))
    #expect(after.map(\.status) == before.map(\.status))
    #expect(after.map(\.due) == before.map(\.due))
    #expect(after.map(\.message) == before.map(\.message))
    #expect(try store.prospects().map(\.name) == ["Ada"])
    #expect(try store.prospects().map(\.id) == [id])
  }

  @Test func anUndoAfterTheNumberWasTakenSaysTheNewOne() throws {
    let scratch = try ScratchDatabase()
    let store = try Store(path: scratch.path)
    let day = CivilDate(year: 2025, month: 11, day: 1)!
    for name in ["Ada", "Cy"] { try store.insert(Prospect(name: name)) }
    let data = try DashboardData(store: store, today: { day })
    var state = AppState(today: day)
    _ = reduce(&state, .dataReloaded(try data.snapshot()))
    state.focus = .followUps
    state.openList = .prospects
    state.listSelection = 1
    for effect in reduce(&state, .records(.deleteConfirmed)) { _ = try data.perform(effect) }
    #expect(try store.insert(Prospect(name: "Dee")) == 2)
    let messages = try reduce(&state, .records(.undoPressed)).map { try data.perform($0) }
    #expect(messages == ["Restored Cy as #3: #2 was given to a record added since."])
    #expect(try store.prospects().map(\.name) == ["Ada", "Dee", "Cy"])
  }
}
