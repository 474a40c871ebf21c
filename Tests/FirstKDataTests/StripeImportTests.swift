import FirstKCore
import Testing

@testable import FirstKData

@Suite struct StripeImportTests {
  static let usd = Currency.usd

  static func day(_ text: String) -> CivilDate { CivilDate(iso: text)! }

  static func money(_ minor: Int64, _ code: String = "USD") -> Money {
    Money(minor: minor, currency: Currency(code)!)
  }

  /// The first three subscriptions of the realistic export; the CRLF variant holds them too.
  static let firstThree: [(Int, Customer)] = [
    (
      2,
      Customer(
        name: "Ada Lovelace", contact: "ada@example.com", amount: money(4900),
        started: day("2025-01-05"), currentPeriodEnd: day("2025-07-05"), source: "stripe",
        plan: "price_pro_monthly", externalID: "sub_1PaAda")
    ),
    (
      3,
      Customer(
        name: "Acme, Inc.", contact: "billing@acme.test", amount: money(49_000),
        interval: .year, quantity: 5, started: day("2024-11-20"),
        currentPeriodEnd: day("2025-11-20"), source: "stripe", plan: "price_team_yearly",
        notes: "coupon LAUNCH20", externalID: "sub_1PbAcme")
    ),
    (
      4,
      Customer(
        name: "Carol \"CJ\" Jones", contact: "carol@example.com", amount: money(2900),
        status: .pastDue, started: day("2025-02-14"), currentPeriodEnd: day("2025-06-14"),
        source: "stripe", plan: "price_pro_monthly", externalID: "sub_1PcCarol")
    ),
  ]

  static func lines(_ parse: ImportParse) -> [Int] { parse.customers.map(\.line) }

  @Test func realisticExport() throws {
    let parse = try StripeSubscriptionsImport.parse(
      text: FixtureText.read("stripe-subscriptions.csv"))
    #expect(parse.problems.isEmpty)
    #expect(parse.skipped == 0)
    #expect(Self.lines(parse) == [2, 3, 4, 6, 7, 8, 9, 10])  // Carol's note spans lines 4-5
    let rest: [Customer] = [
      Customer(
        name: "Dan Okafor", contact: "dan@example.com", amount: Self.money(4900),
        status: .trialing, started: Self.day("2025-06-06"),
        currentPeriodEnd: Self.day("2025-06-20"), trialEnd: Self.day("2025-06-20"),
        source: "stripe", plan: "price_pro_monthly", externalID: "sub_1PdDan"),
      Customer(
        name: "Erin Hale", contact: "erin@example.com", amount: Self.money(4900),
        status: .canceled, started: Self.day("2025-01-10"), canceledOn: Self.day("2025-05-01"),
        currentPeriodEnd: Self.day("2025-05-10"), source: "stripe", plan: "price_pro_monthly",
        externalID: "sub_1PeErin"),
      Customer(
        name: "Frank Moss", contact: "frank@example.com", amount: Self.money(9900),
        started: Self.day("2025-03-01"), cancelAtPeriodEnd: true,
        currentPeriodEnd: Self.day("2025-07-01"), source: "stripe", plan: "price_biz_monthly",
        externalID: "sub_1PfFrank"),
      Customer(
        name: "山田太郎", contact: "taro@example.jp", amount: Self.money(3000, "JPY"), quantity: 2,
        started: Self.day("2025-04-02"), currentPeriodEnd: Self.day("2025-07-02"),
        source: "stripe", plan: "price_pro_jpy", externalID: "sub_1PgYamada"),
      Customer(
        name: "Hal from the forum", amount: Self.money(1200), interval: .week, status: .unpaid,
        started: Self.day("2025-05-01"), currentPeriodEnd: Self.day("2025-06-12"),
        source: "stripe", plan: "price_lite_weekly", externalID: "sub_1PhHal"),
    ]
    #expect(parse.customers.map(\.customer) == Self.firstThree.map(\.1) + rest)
  }

  @Test func byteOrderMarkAndCRLF() throws {
    let text = try FixtureText.read("stripe-subscriptions-crlf-bom.csv")
    #expect(text.unicodeScalars.first == "\u{FEFF}")
    #expect(text.contains("\r\n"))
    let parse = try StripeSubscriptionsImport.parse(text: text)
    #expect(Self.lines(parse) == [2, 3, 4])
    #expect(parse.customers.map(\.customer) == Self.firstThree.map(\.1))
    #expect(parse.problems.isEmpty)
  }

  @Test func reorderedColumnsMetadataAndISODates() throws {
    let parse = try StripeSubscriptionsImport.parse(
      text: FixtureText.read("stripe-reordered-metadata.csv"))
    #expect(parse.problems.isEmpty)
    #expect(
      parse.customers.map(\.customer) == [
        Customer(
          name: "Studio Nord", contact: "ops@studio.test", amount: Self.money(9000, "EUR"),
          intervalCount: 3, started: Self.day("2025-01-05"),
          currentPeriodEnd: Self.day("2025-07-05"), source: "stripe", externalID: "sub_2QaStudio"),
        Customer(
          name: "Lena Vogt", contact: "lena@example.de", amount: Self.money(1900, "EUR"),
          started: Self.day("2025-04-01"),  // 23:30 at UTC-2 is 01:30 UTC the next day
          cancelAtPeriodEnd: true, currentPeriodEnd: Self.day("2025-06-30"), source: "stripe",
          externalID: "sub_2QbLena"),
        Customer(
          name: "sub_2QcTeam", amount: Self.money(120_000, "GBP"), interval: .year,
          intervalCount: 2, quantity: 4, status: .pastDue, started: Self.day("2024-12-01"),
          currentPeriodEnd: Self.day("2026-12-01"), source: "stripe", externalID: "sub_2QcTeam"),
      ])
  }

  @Test func spreadsheetDates() throws {
    let parse = try StripeSubscriptionsImport.parse(
      text: FixtureText.read("stripe-spreadsheet-dates.csv"))
    #expect(parse.problems.isEmpty)
    let customers = parse.customers.map(\.customer)
    #expect(customers.map(\.started) == ["2025-12-25", "2025-03-01", "2025-06-09"].map(Self.day))
    #expect(
      customers.map(\.currentPeriodEnd)
        == ["2026-01-25", "2025-05-01", "2025-06-10"].map(Self.day))
    #expect(customers.map(\.canceledOn) == [nil, Self.day("2025-05-01"), nil])
    #expect(customers.map(\.amount) == [Self.money(4900), Self.money(4900), Self.money(150)])
    #expect(customers[2].interval == .day)
    #expect(customers[2].quantity == 3)
  }

  @Test func badRowsAreProblemsWhileGoodRowsParse() throws {
    let parse = try StripeSubscriptionsImport.parse(text: FixtureText.read("stripe-bad-rows.csv"))
    #expect(Self.lines(parse) == [2, 9])
    #expect(parse.customers.map(\.customer.name) == ["Gina Good", "Finn Fine"])
    #expect(parse.customers[1].customer.amount == Self.money(12_000))
    #expect(parse.skipped == 1)
    #expect(parse.problems.map(\.line) == [3, 4, 6, 7, 8])
    #expect(
      parse.problems.map(\.reason) == [
        "Amount \"abc\" is not an amount such as 29.00",
        "Status \"expired\" is not one of active, trialing, past_due, canceled, unpaid, "
          + "incomplete, incomplete_expired or paused",
        "Currency \"US\" is not a currency code such as usd; "
          + "Interval \"fortnight\" is not day, week, month or year; "
          + "Quantity \"two\" is not a whole number; "
          + "Cancel At Period End \"maybe\" is not true or false; "
          + "Start Date (UTC) \"2025-13-01 10:00\" is not a date such as 2025-01-05 10:00",
        "the id is empty",
        "subscription sub_4SaGood appears again; line 2 already has it",
      ])
  }

  @Test func refusesFilesOfAnotherShape() throws {
    let expected = ImportRefusal(
      line: 1,
      message: "this is not a Stripe subscriptions export: the header row lacks id, Amount, "
        + "Currency, Interval and Status. Expected the columns id, Amount, Currency, Interval "
        + "and Status; export the file from the Subscriptions page of the Stripe dashboard.")
    let leads = try FixtureText.read("unknown-shape.csv")
    #expect(throws: expected) { try StripeSubscriptionsImport.parse(text: leads) }
    let json = try FixtureText.read("not-csv.json")
    #expect(throws: expected) { try StripeSubscriptionsImport.parse(text: json) }

    let partial = "\n\nid,Customer Name,Amount,Interval\nsub_1,Ada,49,month\n"
    let refusal = #expect(throws: ImportRefusal.self) {
      try StripeSubscriptionsImport.parse(text: partial)
    }
    #expect(refusal?.line == 3)
    #expect(
      refusal?.message.hasPrefix(
        "this is not a Stripe subscriptions export: the header row lacks Currency and Status.")
        == true)
  }

  @Test func refusesUnreadableCSVAndEmptyFiles() {
    #expect(
      throws: ImportRefusal(
        line: 2, message: "a quoted field is never closed; close it with a double quote (\").")
    ) {
      try StripeSubscriptionsImport.parse(text: "id,Amount\n\"sub_1,49\n")
    }
    #expect(
      throws: ImportRefusal(
        line: 1, message: "the file is empty; expected a CSV with a header row.")
    ) {
      try StripeSubscriptionsImport.parse(text: "\n \n")
    }
  }
}
