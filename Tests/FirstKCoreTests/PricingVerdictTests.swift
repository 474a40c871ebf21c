import Testing

@testable import FirstKCore

@Suite struct PricingVerdictTests {
  static let usd = Currency.usd

  @Test(
    arguments: [
      (1, PricingVerdict.tooLow), (1999, .tooLow), (2000, .prosumer), (4999, .prosumer),
      (5000, .goodRange), (9999, .goodRange), (10_000, .solid), (1_000_000, .solid),
    ] as [(Int64, PricingVerdict)])
  func bandsByMonthlyPrice(cents: Int64, verdict: PricingVerdict) {
    #expect(PricingVerdict(monthlyPrice: Money(minor: cents, currency: Self.usd)) == verdict)
  }

  @Test func bandsUseMajorUnitsOfTheCurrency() {
    let yen = Currency("JPY")!
    #expect(PricingVerdict(monthlyPrice: Money(minor: 19, currency: yen)) == .tooLow)
    #expect(PricingVerdict(monthlyPrice: Money(minor: 100, currency: yen)) == .solid)
    let dinar = Currency("KWD")!
    #expect(PricingVerdict(monthlyPrice: Money(minor: 49_999, currency: dinar)) == .prosumer)
  }

  @Test func textCarriesThePlaybookNumbers() {
    #expect(
      PricingVerdict.allCases.map { $0.range(in: Self.usd) } == [
        "under $20/mo", "$20-49/mo", "$50-99/mo", "$100+/mo",
      ])
    #expect(
      PricingVerdict.tooLow.advice(in: Self.usd)
        == "At $20/mo it takes 50 customers to make $1,000 a month, and supporting them all "
        + "will swamp you. Charge at least $49/mo or pick another market.")
    #expect(PricingVerdict.prosumer.advice(in: Self.usd).contains("20 to 50 customers"))
    #expect(PricingVerdict.prosumer.advice(in: Self.usd).contains("$99+/mo tier"))
    #expect(PricingVerdict.goodRange.advice(in: Self.usd).hasPrefix("10 to 20 customers"))
    #expect(PricingVerdict.solid.advice(in: Self.usd).contains("positioning or the distribution"))
    #expect(PricingVerdict.solid.range(in: Currency("EUR")!) == "€100+/mo")
  }
}
