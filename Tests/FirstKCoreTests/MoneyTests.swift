import Testing

@testable import FirstKCore

@Suite struct MoneyTests {
  let usd = Currency.usd
  let jpy = Currency("jpy")!

  @Test func typedCodesMustBeCurrenciesInUse() {
    #expect(Currency(typed: " eur ") == Currency("EUR"))
    #expect(Currency(typed: "XYZ") == nil)
    #expect(Currency(typed: "dollars") == nil)
    #expect(Currency("XYZ") != nil)
    #expect(Currency.zeroDecimalCodes.isSubset(of: Currency.isoCodes))
    #expect(Currency.threeDecimalCodes.isSubset(of: Currency.isoCodes))
  }

  @Test func parsesMajorUnits() {
    #expect(Money(major: "49.50", currency: usd)?.minor == 4950)
    #expect(Money(major: "49.5", currency: usd)?.minor == 4950)
    #expect(Money(major: "1,049.50", currency: usd)?.minor == 104_950)
    #expect(Money(major: "$29", currency: usd)?.minor == 2900)
    #expect(Money(major: "3000", currency: jpy)?.minor == 3000)
    #expect(Money(major: "3000.00", currency: jpy)?.minor == 3000)
    #expect(Money(major: "1.049,50", currency: usd, decimalComma: true)?.minor == 104_950)
  }

  @Test func refusesBadAmounts() {
    #expect(Money(major: "-5", currency: usd) == nil)
    #expect(Money(major: "4.999", currency: usd) == nil)
    #expect(Money(major: "abc", currency: usd) == nil)
    #expect(Money(major: "1000000001", currency: usd) == nil)
    #expect(Money(major: "1000000000", currency: usd)?.minor == 100_000_000_000)
  }

  @Test func formats() {
    #expect(Money(minor: 104_950, currency: usd).formatted() == "$1,049.50")
    #expect(Money(minor: 100_000, currency: usd).formatted(showMinor: false) == "$1,000")
    #expect(Money(minor: 3000, currency: jpy).formatted() == "¥3,000")
    #expect(Money(minor: 1200, currency: Currency("chf")!).formatted() == "CHF 12.00")
    #expect(Money(minor: 5, currency: usd).majorString == "0.05")
  }
}
