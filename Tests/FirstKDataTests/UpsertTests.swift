import FirstKCore
import Foundation
import Testing

@testable import FirstKData

@Suite struct UpsertTests {
  static func row(_ external: String?, _ name: String, _ cents: Int64) -> Customer {
    Customer(
      name: name, amount: Money(minor: cents, currency: .usd),
      started: CivilDate(year: 2025, month: 1, day: 2), source: "stripe", externalID: external)
  }

  static let batch = [
    row("sub_1", "Ada", 4_900), row("sub_2", "Grace", 9_900), row(nil, "Plain List", 2_500),
  ]

  @Test func reimportingChangesNothing() throws {
    let temp = try TemporaryDirectory()
    let path = temp.file("firstk.db")
    let store = try Store(path: path)
    #expect(try store.upsertByExternalID(UpsertTests.batch) == UpsertResult(added: 3))
    let first = try store.customers()

    let watcher = try Store(path: path)
    let counter = try watcher.changeCounter()
    #expect(try store.upsertByExternalID(UpsertTests.batch) == UpsertResult(unchanged: 3))
    #expect(try watcher.changeCounter() == counter)
    #expect(try store.customers() == first)
  }

  @Test func changedRowsAreUpdatedInPlace() throws {
    let temp = try TemporaryDirectory()
    let store = try Store(path: temp.file("firstk.db"))
    _ = try store.upsertByExternalID(UpsertTests.batch)
    let ids = try store.customers().map(\.id)

    var next = UpsertTests.batch
    next[1].status = .canceled
    next[1].canceledOn = CivilDate(year: 2025, month: 2, day: 1)
    next.append(UpsertTests.row("sub_3", "Linus", 1_000))
    #expect(try store.upsertByExternalID(next) == UpsertResult(added: 1, updated: 1, unchanged: 2))
    let after = try store.customers()
    #expect(Array(after.map(\.id).prefix(3)) == ids)
    #expect(after[1].status == .canceled)
    #expect(after.map(\.name) == ["Ada", "Grace", "Plain List", "Linus"])
  }

  @Test func userNotesSurviveImportWithoutNotes() throws {
    let temp = try TemporaryDirectory()
    let store = try Store(path: temp.file("firstk.db"))
    _ = try store.upsertByExternalID(UpsertTests.batch)
    var ada = try store.customers()[0]
    ada.notes = "met at the meetup"
    try store.update(ada)
    #expect(try store.upsertByExternalID(UpsertTests.batch) == UpsertResult(unchanged: 3))
    #expect(try store.customers()[0].notes == "met at the meetup")
  }

  @Test func sameNameTwiceWithoutExternalIDStaysTwoCustomers() throws {
    let temp = try TemporaryDirectory()
    let store = try Store(path: temp.file("firstk.db"))
    let twins = [UpsertTests.row(nil, "Sam", 1_000), UpsertTests.row(nil, "Sam", 2_000)]
    #expect(try store.upsertByExternalID(twins) == UpsertResult(added: 2))
    #expect(try store.upsertByExternalID(twins) == UpsertResult(unchanged: 2))
    #expect(try store.customers().map(\.amount.minor) == [1_000, 2_000])
  }

  @Test func oneBadRowWritesNothing() throws {
    let temp = try TemporaryDirectory()
    let store = try Store(path: temp.file("firstk.db"))
    let bad = UpsertTests.batch + [UpsertTests.row("sub_9", "Negative", -5)]
    let refusal = DatabaseError.refused("the amount of customer \"Negative\" cannot be negative")
    #expect(throws: refusal) {
      try store.upsertByExternalID(bad)
    }
    #expect(try store.customers().isEmpty)
  }
}
