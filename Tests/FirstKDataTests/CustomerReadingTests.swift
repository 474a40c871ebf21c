import FirstKCore
import Testing

@testable import FirstKData

/// The quick reading for MRR and the import preview agree with the full reading and
/// with a real import.
@Suite struct CustomerReadingTests {
  static func day(_ text: String) -> CivilDate { CivilDate(iso: text)! }

  static let saved = [
    Customer(
      name: "Ada", contact: "ada@example.com", amount: Money(minor: 4_900, currency: .usd),
      interval: .year, intervalCount: 2, quantity: 3, status: .pastDue,
      started: day("2025-01-02"), canceledOn: day("2025-12-01"), cancelAtPeriodEnd: true,
      currentPeriodEnd: day("2025-12-01"), pastDueSince: day("2025-10-20"),
      trialEnd: day("2024-12-20"), source: "stripe", plan: "pro", notes: "met at a meetup",
      externalID: "sub_1"),
    Customer(name: "Kaito", amount: Money(minor: 3_000, currency: Currency("JPY")!)),
  ]

  @Test func mrrReadingKeepsWhatTheRulesRead() throws {
    let temp = try TemporaryDirectory()
    let store = try Store(path: temp.file("firstk.db"))
    for customer in Self.saved { try store.insert(customer) }
    let full = try store.customers()
    let lean = try store.customersForMRR()
    #expect(lean.count == 2)
    for (whole, part) in zip(full, lean) {
      var expected = whole
      expected.name = ""
      expected.contact = ""
      expected.source = ""
      expected.plan = ""
      expected.notes = ""
      expected.trialEnd = nil
      expected.externalID = nil
      #expect(part == expected)
    }
    #expect(lean[0].pastDueSince == Self.day("2025-10-20"))
    #expect(lean[1].amount.currency.code == "JPY")
  }

  @Test func badStoredDateIsReportedWithItsRow() throws {
    let temp = try TemporaryDirectory()
    let store = try Store(path: temp.file("firstk.db"))
    try store.insert(Self.saved[0])
    try store.database.execute("UPDATE customers SET started = '2025-02-30'")
    let expected = DatabaseError.unreadableRow(
      path: temp.file("firstk.db"), table: "customers", id: 1,
      reason: "bad date \"2025-02-30\"")
    #expect(throws: expected) { try store.customersForMRR() }
    #expect(throws: expected) { try store.customers() }
  }

  @Test func previewCountsWhatTheImportThenDoes() throws {
    let temp = try TemporaryDirectory()
    let store = try Store(path: temp.file("firstk.db"))
    for customer in Self.saved { try store.insert(customer) }
    let before = try store.customers()

    var changed = Self.saved[0]
    changed.quantity = 4
    changed.notes = ""
    let incoming = [
      changed, Self.saved[1], Self.saved[1],
      Customer(name: "New", amount: Money(minor: 100, currency: .usd), externalID: "sub_2"),
      Customer(name: "New again", amount: Money(minor: 200, currency: .usd), externalID: "sub_2"),
    ]
    let expected = UpsertResult(added: 2, updated: 2, unchanged: 1)
    #expect(try store.previewUpsert(incoming) == expected)
    #expect(try store.customers() == before)
    #expect(try store.upsertByExternalID(incoming) == expected)

    let after = try store.customers()
    #expect(after.map(\.name) == ["Ada", "Kaito", "Kaito", "New again"])
    #expect(after[0].quantity == 4)
    #expect(after[0].notes == "met at a meetup")
    #expect(after[3].amount.minor == 200)
    #expect(try Store.previewUpsert(incoming, over: []) == UpsertResult(added: 4, updated: 1))
  }
}
