import FirstKCore
import Foundation
import Testing

@testable import FirstKData

@Suite struct ProspectMigrationTests {
  @Test func versionTwoAddsProspectTablesAndIndexes() throws {
    let temp = try TemporaryDirectory()
    let database = try Database(path: temp.file("v2.db"))
    #expect(try database.userVersion() == 2)
    let tables = try database.query(
      "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
    ) { $0.text(0) }
    #expect(
      tables == [
        "customers", "exchange_rates", "follow_ups", "next_action", "profile", "prospects",
        "settings", "talks",
      ])
    let indexes = try database.query(
      "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name"
    ) { $0.text(0) }
    #expect(
      indexes == [
        "follow_ups_due", "follow_ups_pending_due", "follow_ups_prospect", "prospects_asked_on",
        "prospects_name_key", "talks_prospect",
      ])
  }

  @Test func versionOneFileWithCustomersMovesToVersionTwo() throws {
    let temp = try TemporaryDirectory()
    let path = temp.file("old.db")
    let ada = Customer(
      name: "Ada", contact: "ada@example.com", amount: Money(minor: 4_900, currency: .usd),
      started: CivilDate(year: 2025, month: 6, day: 1), source: "stripe", externalID: "sub_1")
    let bob = Customer(
      name: "Bob", amount: Money(minor: 99_000, currency: Currency("EUR")!), interval: .year)
    do {
      let old = try Database(path: path, migrations: Array(Schema.migrations.prefix(1)))
      let store = Store(database: old)
      try store.insert(ada)
      try store.insert(bob)
      try old.execute(
        "INSERT INTO next_action (text, set_on) VALUES ('Email Ada', '2025-06-02')")
      #expect(try old.userVersion() == 1)
    }
    let store = try Store(path: path)
    #expect(try store.database.userVersion() == 2)
    var expected = [ada, bob]
    expected[0].id = 1
    expected[1].id = 2
    #expect(try store.customers() == expected)
    #expect(try store.nextAction() == "Email Ada")
    #expect(try store.prospects().isEmpty)
    #expect(try store.followUpCadence() == .playbook)
    let id = try store.insert(Prospect(name: "Cy"))
    #expect(try store.prospect(id: id)?.name == "Cy")
  }

  @Test func foreignKeysRemoveFollowUpsAndTalksWithTheirProspect() throws {
    let temp = try TemporaryDirectory()
    let store = try Store(path: temp.file("fk.db"))
    let id = try store.insert(Prospect(name: "Dee"))
    let day = CivilDate(year: 2025, month: 11, day: 1)!
    try store.save(
      FollowUp(
        prospectID: id, due: day, step: 1, stepCount: 1, dayNumber: 3, message: "hi"))
    try store.recordTalk(with: try #require(try store.prospect(id: id)), on: day, wouldPay: true)
    try store.deleteProspect(id: id)
    #expect(try store.database.scalar("SELECT count(*) FROM follow_ups") == 0)
    #expect(try store.database.scalar("SELECT count(*) FROM talks") == 0)
    #expect(throws: DatabaseError.self) {
      try store.save(
        FollowUp(
          prospectID: 999, due: day, step: 1, stepCount: 1, dayNumber: 3, message: "x"))
    }
  }
}
