import FirstKCore
import FirstKData
import Foundation
import Testing

@testable import FirstKApp

@Suite struct CustomerCommandTests {
  static let november = CivilDate(year: 2025, month: 11, day: 1)!

  @Test func addPrintsAndStoresTheCustomer() throws {
    let db = try ScratchDatabase()
    let result = db.run(
      "add", "customer", "Acme", "Ltd", "--amount", "49", "--quantity", "3", "--every", "3",
      "--source", "twitter", "--contact", "ops@acme.test", "--status", "TRIALING")
    #expect(result.status == 0)
    #expect(
      result.out
        == "Added customer 1: Acme Ltd, 3 x $49.00 = $147.00 every 3 months, trialing since "
        + "2025-11-01.\n")
    let expected = Customer(
      id: 1, name: "Acme Ltd", contact: "ops@acme.test",
      amount: Money(minor: 4_900, currency: .usd), interval: .month, intervalCount: 3,
      quantity: 3, status: .trialing, started: CustomerCommandTests.november,
      source: "twitter")
    #expect(try Store(path: db.path).customers() == [expected])
  }

  @Test func currencyDefaultsToTheProfiles() throws {
    let db = try ScratchDatabase()
    #expect(db.run("profile", "--currency", "EUR").status == 0)
    let result = db.run(
      "add", "customer", "Bea", "--amount", "12,5", "--interval", "year", "--started",
      "2025-06-30")
    #expect(result.status == 1)
    #expect(
      result.err == "firstk: --amount 12,5: write decimals with a dot, e.g. 12.50; commas may "
        + "only group thousands, e.g. 1,000\n")
    let fixed = db.run(
      "add", "customer", "Bea", "--amount", "120.50", "--interval", "year", "--started",
      "2025-06-30")
    #expect(fixed.out == "Added customer 1: Bea, €120.50 a year, active since 2025-06-30.\n")
    let stored = try Store(path: db.path).customers()
    #expect(stored.map(\.amount) == [Money(minor: 12_050, currency: Currency("EUR")!)])
  }

  @Test func largestAmountAndQuantityDoNotOverflow() throws {
    let db = try ScratchDatabase()
    let result = db.run(
      "add", "customer", "Whale", "--amount", "1,000,000,000", "--quantity", "1000000")
    #expect(result.status == 0)
    #expect(
      result.out
        == "Added customer 1: Whale, 1000000 x $1,000,000,000.00 = "
        + "$1,000,000,000,000,000.00 a month, active since 2025-11-01.\n")
  }

  @Test(arguments: [
    (["--amount", "-49"], "firstk: --amount cannot be negative (got -49)\n"),
    (
      ["--amount", "2000000000"],
      "firstk: --amount 2000000000 is more than a billion USD, the most firstk accepts\n"
    ),
    (["--amount", "49", "--quantity", "0"],
      "firstk: --quantity wants a whole number from 1 to 1000000, not \"0\"\n"),
    (["--amount", "49", "--every", "101"],
      "firstk: --every wants a whole number from 1 to 100, not \"101\"\n"),
    (["--amount", "49", "--interval", "fortnight"],
      "firstk: --interval wants one of day, week, month, year; not \"fortnight\"\n"),
    (["--amount", "49", "--status", "happy"],
      "firstk: --status wants one of active, trialing, past_due, canceled, unpaid, incomplete, "
        + "incomplete_expired, paused, cancelled; not \"happy\"\n"),
    (["--amount", "49", "--started", "1/2/2025"],
      "firstk: --started wants a real date as YYYY-MM-DD, not \"1/2/2025\"\n"),
    (["--amount", "49", "--currency", "€"],
      "firstk: --currency wants a currency code in use such as USD, EUR or GBP, not "
        + "\"€\"\n"),
  ])
  func badValuesAddNothing(options: [String], message: String) throws {
    let db = try ScratchDatabase()
    let result = db.run(["add", "customer", "Nope"] + options)
    #expect(result.status == 1)
    #expect(result.err == message)
    #expect(result.out == "")
    #expect(try Store(path: db.path).customers().isEmpty)
  }

  @Test func missingNameOrAmountIsUsageError() throws {
    let db = try ScratchDatabase()
    let noName = db.run("add", "customer", "--amount", "49")
    #expect(noName.status == 2)
    #expect(noName.err.hasPrefix("firstk: add customer: give the customer's name\n"))
    let noAmount = db.run("add", "customer", "Ada")
    #expect(noAmount.status == 2)
    #expect(
      noAmount.err.hasPrefix("firstk: add customer: --amount is required, e.g. --amount 49\n"))
    let noKind = db.run("add", "invoice")
    #expect(noKind.status == 2)
    #expect(
      noKind.err.hasPrefix("firstk: add: cannot add \"invoice\"; add customer or prospect\n"))
  }

  @Test func emptyListSaysHowToAdd() throws {
    let db = try ScratchDatabase()
    #expect(
      db.run("customers").out
        == "No customers yet. Add one: firstk add customer NAME --amount 49\n")
    #expect(db.run("customers", "--json").out == "[]\n")
  }

  @Test func tableAlignsColumns() throws {
    let db = try ScratchDatabase()
    #expect(db.run("add", "customer", "Ada", "--amount", "49", "--source", "reddit").status == 0)
    #expect(
      db.run(
        "add", "customer", "日本 Co\u{1B}[31m", "--amount", "1200", "--interval", "year",
        "--every", "2", "--quantity", "12", "--currency", "jpy", "--started", "2024-02-29"
      ).status == 0)
    #expect(
      db.run("customers").out == """
        ID  Name          Amount  Billing  Qty  Status  Started     Source
         1  Ada           $49.00  month      1  active  2025-11-01  reddit
         2  日本 Co?[31m  ¥1,200  2 years   12  active  2024-02-29

        """)
  }

  @Test func jsonHasTheDocumentedFields() throws {
    let db = try ScratchDatabase()
    let store = try Store(path: db.path)
    try store.insert(
      Customer(
        name: "Quote \" and \\ and \n", amount: Money(minor: 990, currency: .usd),
        interval: .week, quantity: 2, status: .canceled,
        started: CivilDate(year: 2025, month: 1, day: 5),
        canceledOn: CivilDate(year: 2025, month: 3, day: 1), source: "stripe",
        externalID: "sub_42"))
    let result = db.run("customers", "--json")
    #expect(result.status == 0)
    let parsed = try JSONSerialization.jsonObject(with: Data(result.out.utf8))
    let rows = try #require(parsed as? [[String: Any]])
    #expect(rows.count == 1)
    let row = rows[0]
    #expect(
      Set(row.keys) == [
        "id", "name", "amount_minor", "currency", "interval", "every", "quantity", "status",
        "started", "canceled", "source", "external_id",
      ])
    #expect(row["id"] as? Int == 1)
    #expect(row["name"] as? String == "Quote \" and \\ and \n")
    #expect(row["amount_minor"] as? Int == 990)
    #expect(row["currency"] as? String == "USD")
    #expect(row["interval"] as? String == "week")
    #expect(row["every"] as? Int == 1)
    #expect(row["quantity"] as? Int == 2)
    #expect(row["status"] as? String == "canceled")
    #expect(row["started"] as? String == "2025-01-05")
    #expect(row["canceled"] as? String == "2025-03-01")
    #expect(row["source"] as? String == "stripe")
    #expect(row["external_id"] as? String == "sub_42")
  }

  @Test func corruptDatabaseIsReportedAndLeftAlone() throws {
    let db = try ScratchDatabase()
    let bytes = Data(String(repeating: "not a database at all\n", count: 10).utf8)
    try bytes.write(to: URL(fileURLWithPath: db.path))
    let result = db.run("add", "customer", "Ada", "--amount", "49")
    #expect(result.status == 1)
    #expect(
      result.err == "firstk: \(db.path) is not a firstk database (not SQLite, or damaged); it "
        + "was left untouched. Move it aside, restore a backup, or pass --db PATH to use "
        + "another file\n")
    #expect(try Data(contentsOf: URL(fileURLWithPath: db.path)) == bytes)
  }

  @Test func unusableDirectoryIsReported() throws {
    let db = try ScratchDatabase()
    let blocker = db.directory + "/file.txt"
    try Data("x".utf8).write(to: URL(fileURLWithPath: blocker))
    let console = Console(capturing: true)
    let status = FirstKMain.run(
      arguments: ["customers"], environment: ["FIRSTK_DB": blocker + "/db"], console: console)
    #expect(status == 1)
    #expect(
      console.capturedErr
        == "firstk: cannot create the directory for the database \(blocker)/db: \(blocker) is a "
        + "file, not a directory; fix that path or pass --db PATH (or set FIRSTK_DB) to use a "
        + "database file in a directory you can write\n")
  }
}
