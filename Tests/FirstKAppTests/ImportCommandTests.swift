import FirstKCore
import FirstKData
import Foundation
import Testing

@testable import FirstKApp

@Suite struct ImportCommandTests {
  static let stripe = DataFixture.path("stripe-subscriptions.csv")

  /// `customers --json` as objects.
  static func customers(_ db: ScratchDatabase) throws -> [[String: Any]] {
    let result = db.run("customers", "--json")
    #expect(result.status == 0)
    return try #require(
      JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [[String: Any]])
  }

  @Test func helpNamesEachKindOnceAndTheDryRunOnce() throws {
    let help = try ScratchDatabase().run("import", "--help")
    #expect(help.status == 0)
    let lines = help.out.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count { $0.hasPrefix("Usage:") } == 1)
    #expect(lines.count { $0.trimmingCharacters(in: .whitespaces).hasPrefix("--dry-run") } == 1)
    for kind in ["stripe", "customers", "leads"] {
      #expect(lines.count { $0.hasPrefix("  firstk import \(kind) FILE") } == 1)
    }
  }

  @Test func stripeExportIsImported() throws {
    let db = try ScratchDatabase()
    let result = db.run("import", "stripe", Self.stripe)
    #expect(result.status == 0)
    #expect(result.err == "")
    #expect(result.out == "Imported \(Self.stripe): 8 added, 0 updated, 0 unchanged, 0 skipped.\n")

    let rows = try Self.customers(db)
    #expect(
      rows.map { $0["name"] as? String } == [
        "Ada Lovelace", "Acme, Inc.", "Carol \"CJ\" Jones", "Dan Okafor", "Erin Hale",
        "Frank Moss", "山田太郎", "Hal from the forum",
      ])
    #expect(rows.map { $0["external_id"] as? String }.first == "sub_1PaAda")
    #expect(rows.map { $0["status"] as? String }[2] == "past_due")
    #expect(rows[1]["amount_minor"] as? Int == 49_000)
    #expect(rows[1]["quantity"] as? Int == 5)
    #expect(rows[6]["currency"] as? String == "JPY")
    #expect(rows[6]["amount_minor"] as? Int == 3_000)
    #expect(rows.allSatisfy { $0["source"] as? String == "stripe" })
  }

  @Test func reimportChangesNothing() throws {
    let db = try ScratchDatabase()
    #expect(db.run("import", "stripe", Self.stripe).status == 0)
    let before = try Self.customers(db)
    let watcher = try Store(path: db.path)
    let counter = try watcher.changeCounter()

    let again = db.run("import", "stripe", Self.stripe)
    #expect(again.status == 0)
    #expect(again.out == "Imported \(Self.stripe): 0 added, 0 updated, 8 unchanged, 0 skipped.\n")
    let crlf = DataFixture.path("stripe-subscriptions-crlf-bom.csv")
    #expect(
      db.run("import", "stripe", crlf).out
        == "Imported \(crlf): 0 added, 0 updated, 3 unchanged, 0 skipped.\n")
    #expect(try watcher.changeCounter() == counter)
    #expect(NSArray(array: try Self.customers(db)) == NSArray(array: before))
  }

  @Test func newerExportUpdatesWhatChanged() throws {
    let db = try ScratchDatabase()
    #expect(db.run("import", "stripe", Self.stripe).status == 0)
    let original = try String(contentsOfFile: Self.stripe, encoding: .utf8)
    let moreSeats = original.replacingOccurrences(
      of: "Ada Lovelace,price_pro_monthly,Pro,1,", with: "Ada Lovelace,price_pro_monthly,Pro,2,")
    #expect(moreSeats != original)
    let newer = try db.file(
      "newer.csv",
      moreSeats + "sub_1PiIvy,cus_QIvy,,ivy@example.com,Ivy Chen,price_pro_monthly,Pro,1,usd,"
        + "month,49.00,active,2025-10-01 09:00,2025-10-01 09:00,2025-10-01 09:00,"
        + "2025-11-01 09:00,,,,,,,false,,pro\n")

    let result = db.run("import", "stripe", newer)
    #expect(result.out == "Imported \(newer): 1 added, 1 updated, 7 unchanged, 0 skipped.\n")
    let rows = try Self.customers(db)
    #expect(rows.count == 9)
    #expect(rows[0]["id"] as? Int == 1)
    #expect(rows[0]["quantity"] as? Int == 2)
    #expect(rows[8]["name"] as? String == "Ivy Chen")
  }

  @Test func dryRunWritesNothing() throws {
    let db = try ScratchDatabase()
    let fresh = db.run("import", "stripe", Self.stripe, "--dry-run")
    #expect(fresh.status == 0)
    #expect(
      fresh.out
        == "Dry run of \(Self.stripe), nothing written: 8 added, 0 updated, 0 unchanged, "
        + "0 skipped.\n")
    #expect(!FileManager.default.fileExists(atPath: db.path))

    #expect(db.run("import", "stripe", DataFixture.path("stripe-bad-rows.csv")).status == 0)
    let before = try Self.customers(db)
    let watcher = try Store(path: db.path)
    let counter = try watcher.changeCounter()
    let result = db.run("import", "stripe", "--dry-run", Self.stripe)
    #expect(result.status == 0)
    #expect(
      result.out
        == "Dry run of \(Self.stripe), nothing written: 8 added, 0 updated, 0 unchanged, "
        + "0 skipped.\n")
    #expect(try watcher.changeCounter() == counter)
    #expect(NSArray(array: try Self.customers(db)) == NSArray(array: before))

    #expect(db.run("import", "stripe", Self.stripe).status == 0)
    #expect(try watcher.changeCounter() != counter)
  }

  @Test func customerListIsImportedAndMatchedByName() throws {
    let db = try ScratchDatabase()
    let file = DataFixture.path("customers-comma.csv")
    let result = db.run("import", "customers", file)
    #expect(result.status == 0)
    #expect(result.out == "Imported \(file): 4 added, 0 updated, 0 unchanged, 2 skipped.\n")
    #expect(
      result.err.hasPrefix(
        "\(file):7: the amount is empty\n"
          + "\(file):8: Interval \"fortnightly\" is not month, year, week, day or quarterly\n"))
    let rows = try Self.customers(db)
    #expect(rows.map { $0["name"] as? String } == ["Ada Lovelace", "Acme, Inc.", "Bea", "Kaito"])
    #expect(rows.map { $0["currency"] as? String } == ["USD", "USD", "USD", "JPY"])
    #expect(rows.map { $0["amount_minor"] as? Int } == [4_900, 120_000, 1_950, 3_000])

    let again = db.run("import", "customers", file)
    #expect(again.out == "Imported \(file): 0 added, 0 updated, 4 unchanged, 2 skipped.\n")
  }

  @Test func customerListNeedsNameAndAmount() throws {
    let db = try ScratchDatabase()
    let file = DataFixture.path("unknown-shape.csv")
    let result = db.run("import", "customers", file)
    #expect(result.status == 1)
    #expect(
      result.err
        == "\(file):1: the header row needs a name column (name or customer) and an amount "
        + "column (amount, price or mrr); it has \"name\", \"email\", \"channel\" and "
        + "\"notes\". Nothing was imported.\n")
  }

  @Test func helpStatesTheExitStatus() {
    let console = Console(capturing: true)
    #expect(
      FirstKMain.run(arguments: ["import", "--help"], environment: [:], console: console) == 0)
    let help = console.capturedOut
    #expect(
      help.hasPrefix("Usage: firstk import KIND FILE [--dry-run]   (KIND: stripe, customers, leads)\n"))
    #expect(help.contains("Exit status: 0 when rows were imported, even if some were"))
    #expect(help.contains("\n  firstk import customers FILE [--dry-run]\n    FILE is a"))
  }
}
