import Foundation
import Testing

@testable import FirstKData

@Suite struct MigrationTests {
  /// A stand-in for the next real schema step, to prove a version-1 file moves forward.
  static let trialStep = Migration(
    "trial table (test)",
    [
      "CREATE TABLE trial (id INTEGER PRIMARY KEY, name TEXT NOT NULL)",
      "ALTER TABLE customers ADD COLUMN discount_minor INTEGER NOT NULL DEFAULT 0",
    ])

  @Test func versionOneHasEveryTable() throws {
    let temp = try TemporaryDirectory()
    let database = try Database(
      path: temp.file("v1.db"), migrations: Array(Schema.migrations.prefix(1)))
    let tables = try database.query(
      "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
    ) { $0.text(0) }
    #expect(tables == ["customers", "exchange_rates", "next_action", "profile"])
    #expect(try database.userVersion() == 1)
  }

  @Test func versionOneMigratesForwardKeepingRows() throws {
    let temp = try TemporaryDirectory()
    let path = temp.file("old.db")
    do {
      let old = try Database(path: path, migrations: Array(Schema.migrations.prefix(1)))
      #expect(try old.userVersion() == 1)
      try old.execute(
        """
        INSERT INTO customers (name, amount_minor, currency, interval, status)
        VALUES ('Ada', 4900, 'USD', 'month', 'active')
        """)
    }
    let newer = try Database(
      path: path, migrations: Schema.migrations + [MigrationTests.trialStep])
    #expect(try newer.userVersion() == Schema.latestVersion + 1)
    #expect(try newer.scalar("SELECT count(*) FROM trial") == 0)
    #expect(try newer.query("SELECT name, discount_minor FROM customers") {
      "\($0.text(0)) \($0.int64(1))"
    } == ["Ada 0"])
    let store = Store(database: newer)
    #expect(try store.customers().map(\.name) == ["Ada"])
  }

  @Test func failingStepLeavesFileAtOldVersion() throws {
    let temp = try TemporaryDirectory()
    let path = temp.file("half.db")
    _ = try Database(path: path)
    let broken = Migration(
      "broken", ["CREATE TABLE trial (id INTEGER)", "CREATE TABLE trial (id INTEGER)"])
    #expect(throws: DatabaseError.self) {
      try Database(path: path, migrations: Schema.migrations + [broken])
    }
    let reopened = try Database(path: path)
    #expect(try reopened.userVersion() == Schema.latestVersion)
    #expect(
      try reopened.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'trial'") == 0)
  }

  @Test func olderFirstkRefusesMigratedFile() throws {
    let temp = try TemporaryDirectory()
    let path = temp.file("ahead.db")
    _ = try Database(path: path, migrations: Schema.migrations + [MigrationTests.trialStep])
    let latest = Schema.latestVersion
    #expect(throws: DatabaseError.newerSchema(path: path, found: latest + 1, supported: latest)) {
      try Database(path: path)
    }
  }
}
