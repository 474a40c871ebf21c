import FirstKCore
import Testing

@testable import FirstKData

/// The faster readings of whole tables must return what the plain ones did.
@Suite struct BulkReadingTests {
  /// Ada asked twice (her first ask's follow-ups skipped, the second planned), Bob asked
  /// once with one follow-up sent, so the table's row order is not prospect order.
  func store() throws -> (TemporaryDirectory, Store) {
    let temp = try TemporaryDirectory()
    let store = try Store(path: temp.file("firstk.db"))
    let messages = FollowUpMessages.playbook.filled(
      with: Profile(productName: "Invoicer", problem: "late invoices"))
    var ada = Prospect(name: "Ada", company: "Acme")
    ada.id = try store.insert(ada)
    var bob = Prospect(name: "Bob", company: "Acme", channel: .email)
    bob.id = try store.insert(bob)
    let first = ProspectOutcome.asked(
      ada, followUps: [], on: CivilDate(year: 2025, month: 10, day: 1)!, cadence: .playbook,
      messages: messages)
    ada = try store.save(first).prospect
    let bobAsked = try store.save(ProspectOutcome.asked(
      bob, followUps: [], on: CivilDate(year: 2025, month: 10, day: 10)!, cadence: .playbook,
      messages: messages))
    try store.save(ProspectOutcome.sent(
      bobAsked.followUps[0], on: CivilDate(year: 2025, month: 10, day: 12)!))
    let again = ProspectOutcome.asked(
      ada, followUps: try store.followUps(of: try #require(ada.id)),
      on: CivilDate(year: 2025, month: 10, day: 20)!, cadence: .playbook, messages: messages)
    try store.save(again)
    return (temp, store)
  }

  @Test func followUpsComeInProspectAndStepOrder() throws {
    let (_, store) = try store()
    let all = try store.followUps()
    let rows = try store.database.query(
      "SELECT id FROM follow_ups ORDER BY prospect_id, step, id"
    ) { $0.int64(0) }
    #expect(all.map(\.id) == rows)
    #expect(all.count == 9)
    #expect(all.map(\.message).filter { $0.hasPrefix("Hey") }.count == 3)
  }

  @Test func liveFollowUpsLeaveOutOnlyTheSkipped() throws {
    let (_, store) = try store()
    let all = try store.followUps()
    #expect(all.contains { $0.status == .skipped })
    #expect(try store.liveFollowUps() == all.filter { $0.status != .skipped })
  }

  @Test func prospectsReadAsBefore() throws {
    let (_, store) = try store()
    let prospects = try store.prospects()
    #expect(prospects.map(\.name) == ["Ada", "Bob"])
    #expect(prospects.map(\.company) == ["Acme", "Acme"])
    #expect(prospects.map(\.channel) == [.other, .email])
    #expect(prospects.map(\.stage) == [.asked, .asked])
    #expect(prospects[0].askedOn == CivilDate(year: 2025, month: 10, day: 20))
    #expect(try store.prospect(id: try #require(prospects[1].id)) == prospects[1])
  }

  @Test(arguments: [
    "2025-11-01", "0001-01-01", "2024-02-29", "", "2025-11-1", "2025-11-001", "2025/11/01",
    "2025-1a-01", " 2025-11-1", "2025-00-10", "2025-11-31", "0000-01-01", "２０２５-11-01",
  ])
  func fixedDatesReadAsTheGeneralReading(text: String) {
    let bytes = Array(text.utf8)
    let fixed = bytes.withUnsafeBufferPointer { fixedISODate($0) }
    #expect(fixed == CivilDate(iso: text))
  }

  @Test func repeatedTextIsSharedAndExact() throws {
    let (_, store) = try store()
    let statement = try store.database.prepare(
      "SELECT 'same', 'same', '', 'other', 'sam', 'café'")
    #expect(try statement.step())
    var texts = RepeatedText()
    let read = (0..<6).map { texts.text(statement, Int32($0)) }
    #expect(read == ["same", "same", "", "other", "sam", "café"])
    #expect(statement.rawValue(0, as: FollowUpStatus.self) == nil)
    let statuses = try store.database.prepare("SELECT 'due', 'sent', 'skipped', 'Due'")
    #expect(try statuses.step())
    #expect((0..<4).map { statuses.rawValue(Int32($0), as: FollowUpStatus.self) }
      == [.due, .sent, .skipped, nil])
  }
}
