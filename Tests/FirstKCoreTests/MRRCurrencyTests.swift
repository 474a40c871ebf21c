import Testing

@testable import FirstKCore

/// Several currencies: summed apart, converted only at a rate the user set.
@Suite struct MRRCurrencyTests {
  static let day = CivilDate(year: 2025, month: 6, day: 15)!
  static let usd = Currency.usd
  static let eur = Currency("EUR")!
  static let jpy = Currency("JPY")!

  static func sub(_ minor: Int64, _ currency: Currency, every count: Int = 1) -> Customer {
    Customer(
      name: currency.code, amount: Money(minor: minor, currency: currency), intervalCount: count)
  }

  let customers = [
    sub(4900, usd), sub(2900, usd), sub(9000, eur), sub(1000, eur, every: 3), sub(3000, jpy),
  ]

  @Test func withoutRatesOtherCurrenciesStandBeside() {
    let report = MRRCalculator.report(customers: customers, profile: Profile(), on: Self.day)
    #expect(report.mrr == Money(minor: 7800, currency: Self.usd))
    #expect(report.byCurrency == [Self.usd: 7800, Self.eur: 9333, Self.jpy: 3000])
    #expect(report.converted == [:])
    #expect(report.payingCustomers == 5)
    #expect(report.arpu?.minor == 3900)  // over the two USD subscriptions only
    #expect(
      report.rules.contains(
        "EUR is shown beside MRR, not added: no EUR to USD rate is set."))
  }

  @Test func withRatesOthersAreConvertedAndRoundedOnce() {
    // 1 EUR = 1.08 USD; 1 JPY = 0.0067 USD
    let profile = Profile(ratesInMillionths: [Self.eur: 1_080_000, Self.jpy: 6_700])
    let report = MRRCalculator.report(customers: customers, profile: profile, on: Self.day)
    // EUR 93.3333... x 1.08 = 100.80; JPY 3000 x 0.0067 = 20.10
    #expect(report.converted == [Self.eur: 10_080, Self.jpy: 2_010])
    #expect(report.mrr == Money(minor: 7800 + 10_080 + 2_010, currency: Self.usd))
    #expect(report.byCurrency[Self.eur] == 9333)
    #expect(report.arpu?.minor == 3978)  // 19,890 / 5
    #expect(
      report.rules.contains("EUR is converted at 1.08 USD per EUR and rounded half up once."))
    #expect(
      report.rules.contains("JPY is converted at 0.0067 USD per JPY and rounded half up once."))
  }

  @Test func conversionTiesRoundHalfUp() {
    let cent = [Self.sub(1, Self.eur)]
    let profile = Profile(ratesInMillionths: [Self.eur: 1_500_000])
    #expect(MRRCalculator.report(customers: cent, profile: profile, on: Self.day).mrr.minor == 2)
    let lower = Profile(ratesInMillionths: [Self.eur: 1_499_999])
    #expect(MRRCalculator.report(customers: cent, profile: lower, on: Self.day).mrr.minor == 1)

    // A third of a euro cent at 3 USD per EUR is exactly one cent; rounding the euros
    // before converting would give nothing.
    let third = [Self.sub(1, Self.eur, every: 3)]
    let triple = Profile(ratesInMillionths: [Self.eur: 3_000_000])
    #expect(MRRCalculator.report(customers: third, profile: triple, on: Self.day).mrr.minor == 1)
  }

  @Test func yenPrimaryConvertsCentsIntoWholeYen() {
    let profile = Profile(
      goal: Money(minor: 150_000, currency: Self.jpy), currency: Self.jpy,
      ratesInMillionths: [Self.usd: 149_500_000])
    let report = MRRCalculator.report(
      customers: [Self.sub(4950, Self.usd), Self.sub(3000, Self.jpy)], profile: profile,
      on: Self.day)
    // $49.50 x 149.5 = 7400.25 yen -> 7400
    #expect(report.converted == [Self.usd: 7400])
    #expect(report.mrr == Money(minor: 10_400, currency: Self.jpy))
    #expect(report.percent == 6)
  }

  @Test func committedChurnConvertsLikeMRR() {
    var leaving = Self.sub(1000, Self.eur)
    leaving.cancelAtPeriodEnd = true
    let profile = Profile(ratesInMillionths: [Self.eur: 1_100_000])
    let report = MRRCalculator.report(customers: [leaving], profile: profile, on: Self.day)
    #expect(report.committedChurn == Money(minor: 1100, currency: Self.usd))
  }

  @Test func decimalRatesPrintWithoutTrailingZeros() {
    #expect(MRRExplanation.decimal(millionths: 1_080_000) == "1.08")
    #expect(MRRExplanation.decimal(millionths: 2_000_000) == "2")
    #expect(MRRExplanation.decimal(millionths: 6_700) == "0.0067")
    #expect(MRRExplanation.decimal(millionths: 149_500_000) == "149.5")
  }
}
