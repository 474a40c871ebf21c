import FirstKCore
import Testing

@testable import FirstKData

@Suite struct CustomersCSVImportTests {
  static func day(_ text: String) -> CivilDate { CivilDate(iso: text)! }

  static func money(_ minor: Int64, _ code: String) -> Money {
    Money(minor: minor, currency: Currency(code)!)
  }

  @Test func commaSeparatedList() throws {
    let parse = try CustomersCSVImport.parse(
      text: FixtureText.read("customers-comma.csv"), defaultCurrency: .usd)
    #expect(parse.customers.map(\.line) == [2, 3, 4, 5])
    #expect(
      parse.customers.map(\.customer) == [
        Customer(
          name: "Ada Lovelace", contact: "ada@example.com", amount: Self.money(4900, "USD"),
          started: Self.day("2025-01-05"), source: "csv"),
        Customer(
          name: "Acme, Inc.", contact: "billing@acme.test", amount: Self.money(120_000, "USD"),
          interval: .year, started: Self.day("2024-11-20"), source: "csv", notes: "annual plan"),
        Customer(
          name: "Bea", contact: "bea@example.com", amount: Self.money(1950, "USD"),
          started: Self.day("2025-03-15"), source: "csv"),
        Customer(
          name: "Kaito", contact: "kaito@example.jp", amount: Self.money(3000, "JPY"),
          source: "csv"),
      ])
    #expect(parse.customers.allSatisfy { $0.customer.externalID == nil })
    #expect(parse.skipped == 1)
    #expect(parse.problems.map(\.line) == [7, 8])
    #expect(
      parse.problems.map(\.reason) == [
        "the amount is empty",
        "Interval \"fortnightly\" is not month, year, week, day or quarterly",
      ])
  }

  @Test func semicolonsWithDecimalCommas() throws {
    let parse = try CustomersCSVImport.parse(
      text: FixtureText.read("customers-semicolon.csv"), defaultCurrency: Currency("EUR")!)
    #expect(parse.customers.map(\.line) == [2, 3, 4, 5])
    #expect(
      parse.customers.map(\.customer) == [
        Customer(
          name: "Müller GmbH", contact: "info@mueller.test", amount: Self.money(4950, "EUR"),
          started: Self.day("2025-01-05"), source: "csv"),
        Customer(
          name: "Schmidt & Co", contact: "kontakt@schmidt.test",
          amount: Self.money(104_900, "EUR"), interval: .year, started: Self.day("2024-11-20"),
          source: "csv"),
        Customer(
          name: "Jana Novak", contact: "jana@example.cz", amount: Self.money(1990, "EUR"),
          intervalCount: 3, started: Self.day("2025-03-01"), source: "csv"),
        Customer(
          name: "Pedro", contact: "pedro@example.es", amount: Self.money(2950, "EUR"),
          source: "csv"),
      ])
    #expect(parse.problems.map(\.line) == [6])
    #expect(parse.problems.map(\.reason) == ["Price \"abc\" is not an amount such as 49,50"])
  }

  @Test func currencySignOnTheAmountBeatsTheDefault() throws {
    let parse = try CustomersCSVImport.parse(
      text: "customer,mrr\nAda,€19.90\nBo,12 £\nCy,$5\n", defaultCurrency: .usd)
    #expect(
      parse.customers.map(\.customer.amount) == [
        Self.money(1990, "EUR"), Self.money(1200, "GBP"), Self.money(500, "USD"),
      ])
  }

  @Test func optionalColumnsAndStatuses() throws {
    let text = """
      Name,Amount,Seats,Status,Plan,Every,Interval
      Ada,10,3,cancelled,Team,2,week
      Bo,10,,Past Due,,,
      Cy,10,x,gone,,0,
      """
    let parse = try CustomersCSVImport.parse(text: text, defaultCurrency: .usd)
    #expect(
      parse.customers.map(\.customer) == [
        Customer(
          name: "Ada", amount: Self.money(1000, "USD"), interval: .week, intervalCount: 2,
          quantity: 3, status: .canceled, source: "csv", plan: "Team"),
        Customer(name: "Bo", amount: Self.money(1000, "USD"), status: .pastDue, source: "csv"),
      ])
    #expect(
      parse.problems.map(\.reason) == [
        "Every \"0\" is not a whole number from 1 up; Seats \"x\" is not a whole number; "
          + "Status \"gone\" is not one of active, trialing, past_due, canceled, unpaid, "
          + "incomplete, incomplete_expired or paused"
      ])
  }

  @Test func refusesAListWithoutNameOrAmount() throws {
    let leads = try FixtureText.read("unknown-shape.csv")
    #expect(
      throws: ImportRefusal(
        line: 1,
        message: "the header row needs a name column (name or customer) and an amount column "
          + "(amount, price or mrr); it has \"name\", \"email\", \"channel\" and \"notes\".")
    ) {
      try CustomersCSVImport.parse(text: leads, defaultCurrency: .usd)
    }
  }

  @Test func decimalCommaAmounts() {
    let eur = Currency("EUR")!
    let read = { (text: String) in ImportFields.amount(text, currency: eur, decimalComma: true) }
    #expect(read("49,50")?.minor == 4950)
    #expect(read("1.049,50")?.minor == 104_950)
    #expect(read("1.049")?.minor == 104_900)
    #expect(read("49.5")?.minor == 4950)
    #expect(read("49,50 €")?.minor == 4950)
    #expect(read("EUR 49,50")?.minor == 4950)
    #expect(read("49,505") == nil)
    let point = ImportFields.amount("1,049.50", currency: eur, decimalComma: false)
    #expect(point?.minor == 104_950)
  }
}
