import FirstKCore
import FirstKData
import Foundation
import Testing

@testable import FirstKApp

@Suite struct ProfileCommandTests {
  static let defaults = """
    Product:        not set
    Problem:        not set
    Audience:       not set
    Price:          not set
    Started:        not set
    Built:          not set
    Goal:           $1,000 a month
    Currency:       USD
    First weekday:  Monday
    Past-due grace: 30 days
    Rates:          none
    Follow-ups:     day 3, 7, 14 after an ask on day 1

    """

  @Test func noOptionsPrintsTheProfile() throws {
    let db = try ScratchDatabase()
    let result = db.run("profile")
    #expect(result.status == 0)
    #expect(result.out == ProfileCommandTests.defaults)
    #expect(result.err == "")
  }

  @Test func everyOptionIsSavedAndPrinted() throws {
    let db = try ScratchDatabase()
    let result = db.run(
      "profile", "--name", "Invoicer", "--problem", "late invoices", "--audience",
      "freelancers", "--price", "49.50", "--started", "2025-01-15", "--built", "YES", "--goal",
      "2000", "--first-weekday", "sunday", "--grace-days", "14", "--rate", "EUR=1.08,GBP=1.27")
    #expect(result.status == 0)
    #expect(
      result.out == """
        Profile saved.
        Product:        Invoicer
        Problem:        late invoices
        Audience:       freelancers
        Price:          $49.50 a month
        Started:        2025-01-15
        Built:          yes
        Goal:           $2,000 a month
        Currency:       USD
        First weekday:  Sunday
        Past-due grace: 14 days
        Rates:          1 EUR = 1.08 USD, 1 GBP = 1.27 USD
        Follow-ups:     day 3, 7, 14 after an ask on day 1

        """)
    let saved = try Store(path: db.path).loadProfile()
    #expect(saved.listPrice == Money(minor: 4_950, currency: .usd))
    #expect(saved.ratesInMillionths == [Currency("EUR")!: 1_080_000, Currency("GBP")!: 1_270_000])
    #expect(saved.firstWeekday == 0)
  }

  @Test func oneOptionChangesOnlyThatField() throws {
    let db = try ScratchDatabase()
    #expect(db.run("profile", "--name", "Invoicer", "--price", "19").status == 0)
    #expect(db.run("profile", "--goal", "500").status == 0)
    let saved = try Store(path: db.path).loadProfile()
    #expect(saved.productName == "Invoicer")
    #expect(saved.listPrice == Money(minor: 1_900, currency: .usd))
    #expect(saved.goal == Money(minor: 50_000, currency: .usd))
  }

  @Test(arguments: [
    (["--price", "abc"], "firstk: --price wants an amount like 49 or 49.50, not \"abc\"\n"),
    (["--price", "-4"], "firstk: --price cannot be negative (got -4)\n"),
    (["--price", "0"], "firstk: --price must be more than zero\n"),
    (["--goal", "0.00"], "firstk: --goal must be more than zero\n"),
    (
      ["--goal", "1000000001"],
      "firstk: --goal 1000000001 is more than a billion USD, the most firstk accepts\n"
    ),
    (["--price", "9.999"], "firstk: --price 9.999 has more decimals than USD has (2)\n"),
    (["--built", "maybe"], "firstk: --built wants one of yes, no; not \"maybe\"\n"),
    (
      ["--started", "2025-02-30"],
      "firstk: --started wants a real date as YYYY-MM-DD, not \"2025-02-30\"\n"
    ),
    (
      ["--started", "2025-11-02"],
      "firstk: --started 2025-11-02 is after today (2025-11-01); give the day you began\n"
    ),
    (
      ["--currency", "dollars"],
      "firstk: --currency wants a currency code in use such as USD, EUR or GBP, not "
        + "\"dollars\"\n"
    ),
    (
      ["--currency", "XYZ"],
      "firstk: --currency wants a currency code in use such as USD, EUR or GBP, not \"XYZ\"\n"
    ),
    (
      ["--first-weekday", "friday"],
      "firstk: --first-weekday wants one of monday, sunday; not \"friday\"\n"
    ),
    (
      ["--grace-days", "400"],
      "firstk: --grace-days wants a whole number from 0 to 365, not \"400\"\n"
    ),
    (
      ["--rate", "USD=1"],
      "firstk: --rate USD: that is the primary currency, it needs no rate\n"
    ),
    (
      ["--rate", "EUR=0"],
      "firstk: --rate EUR wants a rate like EUR=1.08 (more than 0, at most 1000000, up to 6 "
        + "decimals), not \"0\"\n"
    ),
    (["--rate", "EUR"], "firstk: --rate wants CODE=RATE such as EUR=1.08, not \"EUR\"\n"),
  ])
  func badValueChangesNothing(options: [String], message: String) throws {
    let db = try ScratchDatabase()
    #expect(db.run("profile", "--name", "Kept", "--price", "10").status == 0)
    let before = try Store(path: db.path).loadProfile()
    let result = db.run(["profile", "--name", "Lost"] + options)
    #expect(result.status == 1)
    #expect(result.err == message)
    #expect(result.out == "")
    #expect(try Store(path: db.path).loadProfile() == before)
  }

  @Test func rateCanBeRemoved() throws {
    let db = try ScratchDatabase()
    #expect(db.run("profile", "--rate", "EUR=1.08,JPY=0.0067").status == 0)
    #expect(db.run("profile", "--rate", "eur=none").status == 0)
    let saved = try Store(path: db.path).loadProfile()
    #expect(saved.ratesInMillionths == [Currency("JPY")!: 6_700])
  }

  @Test func currencyChangeKeepsNumbersAndClearsRates() throws {
    let db = try ScratchDatabase()
    #expect(db.run("profile", "--price", "49.50", "--rate", "EUR=1.08").status == 0)
    let result = db.run("profile", "--currency", "jpy")
    #expect(result.status == 0)
    #expect(result.out.contains("Price:          ¥49 a month\n"))
    #expect(result.out.contains("Goal:           ¥1,000 a month\n"))
    #expect(
      result.out.hasSuffix(
        "Goal and price now count in JPY with the same numbers; change them with --goal and "
          + "--price if needed.\nExchange rates were cleared because they were set against the "
          + "old currency.\n"))
    let saved = try Store(path: db.path).loadProfile()
    #expect(saved.currency == Currency("JPY")!)
    #expect(saved.goal == Money(minor: 1_000, currency: Currency("JPY")!))
    #expect(saved.ratesInMillionths.isEmpty)
  }

  @Test func unknownOptionIsUsageError() throws {
    let db = try ScratchDatabase()
    let result = db.run("profile", "--colour", "red")
    #expect(result.status == 2)
    #expect(result.err.hasPrefix("firstk: profile: unknown option --colour\n"))
  }

  @Test func helpPrintsUsage() throws {
    let db = try ScratchDatabase()
    let result = db.run("profile", "--help")
    #expect(result.status == 0)
    #expect(result.out == ProfileCommand.usage)
    #expect(!FileManager.default.fileExists(atPath: db.path))
  }
}
