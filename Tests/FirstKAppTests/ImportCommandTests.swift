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

  @Test func badRowsAreReportedAndTheRestImported() throws {
    let db = try ScratchDatabase()
    let file = DataFixture.path("stripe-bad-rows.csv")
    let result = db.run("import", "stripe", file)
    #expect(result.status == 0)
    #expect(result.out == "Imported \(file): 2 added, 0 updated, 0 unchanged, 5 skipped.\n")
    #expect(
      result.err == """
        \(file):3: Amount "abc" is not an amount such as 29.00
        \(file):4: Status "expired" is not one of active, trialing, past_due, canceled, \
        unpaid, incomplete, incomplete_expired or paused
        \(file):6: Currency "US" is not a currency code such as usd; Interval "fortnight" \
        is not day, week, month or year; Quantity "two" is not a whole number; Cancel At \
        Period End "maybe" is not true or false; Start Date (UTC) "2025-13-01 10:00" is not \
        a date such as 2025-01-05 10:00
        \(file):7: the id is empty
        \(file):8: subscription sub_4SaGood appears again; line 2 already has it
        firstk: 5 rows were skipped; fix them in \(file) and import the file again (rows \
        already imported will count as unchanged)

        """)
    #expect(try Self.customers(db).map { $0["name"] as? String } == ["Gina Good", "Finn Fine"])
  }

  @Test func rowsTheDatabaseWouldRefuseAreSkipped() throws {
    let db = try ScratchDatabase()
    let file = try db.file(
      "seats.csv",
      "id,Customer Name,Quantity,Currency,Interval,Amount,Status\n"
        + "sub_1,Metered,0,usd,month,5.00,active\nsub_2,Seated,3,usd,month,5.00,active\n")
    let result = db.run("import", "stripe", file)
    #expect(result.status == 0)
    #expect(result.out == "Imported \(file): 1 added, 0 updated, 0 unchanged, 1 skipped.\n")
    #expect(
      result.err.hasPrefix(
        "\(file):2: the quantity of customer \"Metered\" must be 1 to 1,000,000, not 0\n"))
  }

  @Test func fileWithNoGoodRowFails() throws {
    let db = try ScratchDatabase()
    let file = try db.file(
      "bad.csv",
      "id,Customer Name,Currency,Interval,Amount,Status\nsub_1,Ada,usd,month,x,active\n")
    let result = db.run("import", "stripe", file)
    #expect(result.status == 1)
    #expect(result.out == "Imported \(file): 0 added, 0 updated, 0 unchanged, 1 skipped.\n")
    #expect(
      result.err == "\(file):2: Amount \"x\" is not an amount such as 29.00\n"
        + "firstk: no row of \(file) could be read, so nothing was imported; fix it in \(file) "
        + "and import the file again\n")
    #expect(!FileManager.default.fileExists(atPath: db.path))
  }

  @Test(arguments: ["unknown-shape.csv", "not-csv.json"])
  func fileOfAnotherShapeIsRefused(name: String) throws {
    let db = try ScratchDatabase()
    #expect(db.run("import", "stripe", Self.stripe).status == 0)
    let before = try Self.customers(db)
    let watcher = try Store(path: db.path)
    let counter = try watcher.changeCounter()

    let file = DataFixture.path(name)
    let result = db.run("import", "stripe", file)
    #expect(result.status == 1)
    #expect(result.out == "")
    #expect(
      result.err
        == "\(file):1: this is not a Stripe subscriptions export: the header row lacks id, "
        + "Amount, Currency, Interval and Status. Expected the columns id, Amount, Currency, "
        + "Interval and Status; export the file from the Subscriptions page of the Stripe "
        + "dashboard. Nothing was imported.\n")
    #expect(try watcher.changeCounter() == counter)
    #expect(NSArray(array: try Self.customers(db)) == NSArray(array: before))
  }

  @Test func missingFileIsAUserError() throws {
    let db = try ScratchDatabase()
    let file = db.directory + "/nowhere.csv"
    let result = db.run("import", "stripe", file)
    #expect(result.status == 1)
    #expect(result.out == "")
    #expect(
      result.err
        == "firstk: cannot read \(file): No such file or directory; check the file's name "
        + "and that you may read it\n")
    #expect(!FileManager.default.fileExists(atPath: db.path))
    #expect(db.run("import", "customers", db.directory).status == 1)
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

  @Test(arguments: [
    (["import"], "firstk: import: say what kind of file to import: stripe or customers\n"),
    (
      ["import", "paypal", "x.csv"],
      "firstk: import: cannot import \"paypal\"; import stripe or customers\n"
    ),
    (["import", "stripe"], "firstk: import stripe: give the CSV file to import\n"),
    (
      ["import", "stripe", "a.csv", "b.csv"],
      "firstk: import stripe: import one file at a time, not \"b.csv\"\n"
    ),
    (
      ["import", "customers", "a.csv", "--force"],
      "firstk: import customers: unknown option --force\n"
    ),
  ])
  func usageMistakes(arguments: [String], message: String) throws {
    let db = try ScratchDatabase()
    let result = db.run(arguments)
    #expect(result.status == 2)
    #expect(result.err.hasPrefix(message))
  }

  @Test func helpStatesTheExitStatus() {
    let console = Console(capturing: true)
    #expect(
      FirstKMain.run(arguments: ["import", "--help"], environment: [:], console: console) == 0)
    let help = console.capturedOut
    #expect(
      help.hasPrefix("Usage: firstk import KIND FILE [--dry-run]   (KIND: stripe, customers)\n"))
    #expect(help.contains("Exit status: 0 when rows were imported, even if some were"))
    #expect(help.contains("\n  firstk import customers FILE [--dry-run]\n    FILE is a"))
  }
}
