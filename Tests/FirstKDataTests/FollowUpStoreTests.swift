import FirstKCore
import Foundation
import Testing

@testable import FirstKData

@Suite struct FollowUpStoreTests {
  static let today = CivilDate(year: 2025, month: 11, day: 5)!
  static let messages = FollowUpMessages.playbook.filled(
    with: Profile(productName: "Invoicer", problem: "late invoices"))

  /// A store with Ada asked on 2025-11-01 and Bob on 2025-10-20, and Cy not asked.
  func asked() throws -> (TemporaryDirectory, Store, ada: Prospect, bob: Prospect) {
    let temp = try TemporaryDirectory()
    let store = try Store(path: temp.file("firstk.db"))
    var saved: [Prospect] = []
    for (name, day) in [("Ada", "2025-11-01"), ("Bob", "2025-10-20")] {
      var prospect = Prospect(name: name)
      prospect.id = try store.insert(prospect)
      let change = ProspectOutcome.asked(
        prospect, followUps: [], on: CivilDate(iso: day)!, cadence: .playbook,
        messages: FollowUpStoreTests.messages)
      saved.append(try store.save(change).prospect)
    }
    try store.insert(Prospect(name: "Cy"))
    return (temp, store, saved[0], saved[1])
  }

  @Test func outcomeChangeSavesProspectFollowUpsAndIDs() throws {
    let (_, store, ada, _) = try asked()
    let followUps = try store.followUps(of: try #require(ada.id))
    #expect(followUps.map(\.due.description) == ["2025-11-03", "2025-11-07", "2025-11-14"])
    #expect(followUps.map(\.id) == [1, 2, 3])
    #expect(
      followUps.map(\.message)[1] == "Checking in - still interested in solving late invoices?")
    #expect(try store.prospect(id: try #require(ada.id))?.stage == .asked)
    #expect(try store.followUps().count == 6)
  }

  @Test func eachProspectComesWithItsOwnFollowUps() throws {
    let (_, store, ada, _) = try asked()
    try store.deleteProspect(id: try #require(ada.id))
    try store.insert(Prospect(name: "Dee"))
    var seen: [String] = []
    try store.eachProspectWithFollowUps { prospect, followUps in
      #expect(followUps.allSatisfy { $0.prospectID == prospect.id })
      seen.append("\(prospect.name) \(followUps.map(\.step))")
    }
    #expect(seen == ["Bob [1, 2, 3]", "Cy []", "Dee []"])
  }

  @Test func paidChangeIsOneTransaction() throws {
    let (_, store, ada, _) = try asked()
    let mine = try store.followUps(of: try #require(ada.id))
    let bad = ProspectOutcome.paid(
      ada, followUps: mine, on: FollowUpStoreTests.today,
      amount: Money(minor: -1, currency: .usd))
    #expect(throws: DatabaseError.self) { try store.save(bad) }
    #expect(try store.prospect(id: try #require(ada.id))?.stage == .asked)
    #expect(try store.followUps(of: try #require(ada.id)).allSatisfy(\.isPending))

    let good = ProspectOutcome.paid(
      ada, followUps: mine, on: FollowUpStoreTests.today,
      amount: Money(minor: 4_900, currency: .usd))
    let saved = try store.save(good)
    #expect(saved.customer?.id == 1)
    #expect(try store.customers().map(\.name) == ["Ada"])
    #expect(
      try store.followUps(of: try #require(ada.id)).map(\.status)
        == [.skipped, .skipped, .skipped])
    #expect(try store.prospect(id: try #require(ada.id))?.stage == .won)
  }

  @Test func dueSplitsTodayFromOverdueSoonestFirst() throws {
    let (_, store, _, _) = try asked()
    let due = try store.dueFollowUps(on: CivilDate(year: 2025, month: 11, day: 3)!)
    #expect(due.today.map(\.prospectName) == ["Ada"])
    #expect(due.today.map(\.followUp.step) == [1])
    #expect(
      due.overdue.map(\.followUp.due.description)
        == ["2025-10-22", "2025-10-26", "2025-11-02"])
    #expect(due.overdue.allSatisfy { $0.prospectName == "Bob" })

    let counts = try store.statusCounts(on: CivilDate(year: 2025, month: 11, day: 3)!)
    #expect(counts.dueToday == 1)
    #expect(counts.overdue == 3)
    #expect(counts.asksToday == 0)
    #expect(counts.asksTotal == 2)
    #expect(try store.statusCounts(on: CivilDate(year: 2025, month: 11, day: 1)!).asksToday == 1)
    let next = try store.nextDue(after: CivilDate(year: 2025, month: 11, day: 3)!)
    #expect(next?.day == CivilDate(year: 2025, month: 11, day: 7))
    #expect(next?.count == 1)
    #expect(try store.nextDue(after: CivilDate(year: 2025, month: 11, day: 14)!) == nil)
  }

  @Test func sentFollowUpsLeaveTheDueListAndCount() throws {
    let (_, store, _, bob) = try asked()
    let bobID = try #require(bob.id)
    let first = try #require(try store.followUps(of: bobID).first)
    try store.save(ProspectOutcome.sent(first, on: FollowUpStoreTests.today))
    let due = try store.dueFollowUps(on: FollowUpStoreTests.today)
    #expect(due.overdue.map(\.followUp.step) == [2, 3, 1])
    #expect(
      try store.askCounters(on: CivilDate(year: 2025, month: 10, day: 20)!)
        == AskCounters(asksToday: 1, totalAsks: 2, followUpsSent: 1))
    #expect(try store.pendingFollowUps().count == 5)
  }

  @Test func unsavedFollowUpReplacesThePendingOneOfItsStep() throws {
    let (_, store, ada, _) = try asked()
    let id = try #require(ada.id)
    var copy = try #require(try store.followUps(of: id).first)
    copy.id = nil
    let sent = ProspectOutcome.sent(copy, on: FollowUpStoreTests.today)
    #expect(try store.save(sent) == 1)
    #expect(try store.followUps(of: id).map(\.status) == [.sent, .due, .due])
    let again = try store.save(sent)
    #expect(again == 7)
    #expect(try store.followUps().count == 7)
    try store.deleteFollowUp(id: again)
    #expect(throws: DatabaseError.refused("there is no follow-up 7")) {
      try store.deleteFollowUp(id: 7)
    }
  }

  @Test func askingAgainSkipsTheEarlierPendingFollowUps() throws {
    let (_, store, _, bob) = try asked()
    let id = try #require(bob.id)
    let change = ProspectOutcome.asked(
      bob, followUps: try store.followUps(of: id), on: FollowUpStoreTests.today,
      cadence: try FollowUpCadence(days: [2, 4]), messages: FollowUpStoreTests.messages)
    try store.save(change)
    let all = try store.followUps(of: id)
    #expect(all.map(\.status) == [.skipped, .skipped, .skipped, .due, .due])
    #expect(all.suffix(2).map(\.due.description) == ["2025-11-06", "2025-11-08"])
    #expect(try store.prospect(id: id)?.askedOn == FollowUpStoreTests.today)
  }
}
