import FirstKCore
import FirstKData
import Foundation
import Testing

@testable import FirstKApp

/// Files and command lines `import` cannot take whole: what it says, and that it
/// writes nothing it should not.
@Suite struct ImportProblemTests {
  static let stripe = ImportCommandTests.stripe

  static func customers(_ db: ScratchDatabase) throws -> [[String: Any]] {
    try ImportCommandTests.customers(db)
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

  @Test(arguments: [
    (["import"], "firstk: import: say what kind of file to import: stripe, customers or leads\n"),
    (
      ["import", "paypal", "x.csv"],
      "firstk: import: cannot import \"paypal\"; import stripe, customers or leads\n"
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
}
