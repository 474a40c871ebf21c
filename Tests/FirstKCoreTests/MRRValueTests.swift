import Testing

@testable import FirstKCore

/// Monthly values per billing interval, quantity and currency, and exact rounding.
@Suite struct MRRValueTests {
  static let day = CivilDate(year: 2025, month: 6, day: 15)!
  static let usd = Currency.usd
  static let jpy = Currency("JPY")!

  static func sub(
    _ minor: Int64, _ interval: BillingInterval = .month, every count: Int = 1,
    quantity: Int = 1, currency: Currency = usd
  ) -> Customer {
    Customer(
      name: "c", amount: Money(minor: minor, currency: currency), interval: interval,
      intervalCount: count, quantity: quantity)
  }

  static func mrr(_ customers: [Customer], profile: Profile = Profile()) -> Int64 {
    MRRCalculator.report(customers: customers, profile: profile, on: day).mrr.minor
  }

  struct Case: Sendable, CustomTestStringConvertible {
    var customer: Customer
    var expected: Int64
    var testDescription: String {
      "\(customer.amount.minor) every \(customer.intervalCount) \(customer.interval) "
        + "x\(customer.quantity)"
    }
  }

  @Test(arguments: [
    Case(customer: sub(3000), expected: 3000),
    Case(customer: sub(3000, every: 3), expected: 1000),
    Case(customer: sub(3000, every: 7), expected: 429),  // 428.57
    Case(customer: sub(12000, .year), expected: 1000),
    Case(customer: sub(12000, .year, every: 2), expected: 500),
    Case(customer: sub(1000, .week), expected: 4333),  // 10 x 52 / 12 = 43.333
    Case(customer: sub(1000, .week, every: 2), expected: 2167),  // 21.6667
    Case(customer: sub(100, .day), expected: 3042),  // 365 / 12 = 30.4167
    Case(customer: sub(100, .day, every: 7), expected: 435),  // 434.52
    Case(customer: sub(1000, quantity: 3), expected: 3000),
    Case(customer: sub(4900, .year, quantity: 5), expected: 2042),  // 2041.67
    Case(customer: sub(3, every: 2), expected: 2),  // 1.5 rounds half up
    Case(customer: sub(1, .week), expected: 4),  // 4.333
    Case(customer: sub(3000, currency: jpy), expected: 3000),
    Case(customer: sub(1000, every: 3, currency: jpy), expected: 333),
    Case(customer: sub(120, .day, every: 3650), expected: 1),  // ten years exactly
  ])
  func monthlyValue(_ test: Case) {
    let currency = test.customer.amount.currency
    let profile = Profile(currency: currency)
    let report = MRRCalculator.report(customers: [test.customer], profile: profile, on: Self.day)
    #expect(report.mrr == Money(minor: test.expected, currency: currency))
    #expect(report.lines.first?.monthly == test.expected)
  }

  @Test func periodsOverTenYearsAndBadQuantitiesAreExcluded() {
    let report = MRRCalculator.report(
      customers: [
        Self.sub(100, .day, every: 3651), Self.sub(100, .year, every: 11),
        Self.sub(100, .week, every: 521), Self.sub(100, quantity: 0),
        Self.sub(100, every: 0), Self.sub(0), Self.sub(-100),
      ], profile: Profile(), on: Self.day)
    #expect(report.mrr.minor == 0)
    #expect(report.payingCustomers == 0)
    #expect(
      report.lines.map(\.excludedBecause) == [
        "billing period over ten years", "billing period over ten years",
        "billing period over ten years", "quantity 0", "billing every 0 intervals",
        "free plan", "negative amount",
      ])
  }

  @Test func roundsOncePerCurrencyNotPerSubscription() {
    let thirds = Array(repeating: Self.sub(1000, every: 3), count: 3)
    let report = MRRCalculator.report(customers: thirds, profile: Profile(), on: Self.day)
    #expect(report.mrr.minor == 1000)
    #expect(report.lines.map(\.monthly) == [333, 333, 333])

    // 1/3 + 1/6 of a cent = exactly half a cent: rounds up once, to 1.
    #expect(Self.mrr([Self.sub(1, every: 3), Self.sub(1, every: 6)]) == 1)
    // 0.4333 x 2 = 0.8667 rounds to 1, though each alone rounds to 0.
    #expect(Self.mrr([Self.sub(1, .week, every: 10), Self.sub(1, .week, every: 10)]) == 1)
    // weeks and days mixed: 52/12 + 365/12 = 417/12 = 34.75 -> 35
    #expect(Self.mrr([Self.sub(1, .week), Self.sub(1, .day)]) == 35)
  }

  @Test func denominatorsWithoutA128BitCommonMultipleStillRound() {
    // Three primes near 1e13: their product does not fit in 128 bits.
    let primes: [Int128] = [10_000_000_000_037, 20_000_000_000_021, 30_000_000_000_011]
    func rounded(_ numerators: [Int128]) -> Int64 {
      var sum = ExactMinor()
      sum.add(MonthlyValue(numerator: 5, denominator: 1))
      for (numerator, prime) in zip(numerators, primes) {
        sum.add(MonthlyValue(numerator: numerator, denominator: prime))
      }
      return sum.roundedHalfUp
    }
    // about 0.3 + 0.3 + 0.0 and 0.1 + 0.1 + 0.2 of a cent on top of 5 cents
    #expect(rounded([3_000_000_000_011, 6_000_000_000_006, 1]) == 6)
    #expect(rounded([1_000_000_000_003, 2_000_000_000_002, 6_000_000_000_002]) == 5)
    #expect(rounded([10_000_000_000_038, 0, 0]) == 6)
  }

  @Test func zeroDecimalCurrencyRoundsToWholeYen() {
    let yen = [
      Self.sub(1000, every: 3, currency: Self.jpy), Self.sub(1000, every: 3, currency: Self.jpy),
      Self.sub(500, .week, currency: Self.jpy),
    ]
    let report = MRRCalculator.report(
      customers: yen, profile: Profile(currency: Self.jpy), on: Self.day)
    // 333.33 + 333.33 + 2166.67 = 2833.33 -> 2833
    #expect(report.byCurrency == [Self.jpy: 2833])
    #expect(report.mrr == Money(minor: 2833, currency: Self.jpy))
  }

  @Test func billionDollarPlansDoNotOverflow() {
    let billion: Int64 = 100_000_000_000  // a billion dollars in cents
    let big = [
      Self.sub(billion, quantity: 1000),
      Self.sub(billion, .year, quantity: 1_000_000),
      Self.sub(billion, .week, every: 3, quantity: 7),
    ]
    // 1e14 + 1e17/12 + 7e11 x 52 / 36 = 1e14 + 8333333333333333.33 + 1011111111111.11
    #expect(Self.mrr(big) == 8_434_344_444_444_444)

    let absurd = [Self.sub(billion, .day, quantity: Int.max), Self.sub(billion)]
    #expect(Self.mrr(absurd) == Int64.max)
  }

  @Test func customersNeededRoundsUp() {
    let goal = Money(minor: 100_000, currency: Self.usd)
    let price = { (minor: Int64) in Money(minor: minor, currency: Self.usd) }
    #expect(MRRCalculator.customersNeeded(goal: goal, price: price(10_000)) == 10)
    #expect(MRRCalculator.customersNeeded(goal: goal, price: price(4_900)) == 21)
    #expect(MRRCalculator.customersNeeded(goal: goal, price: price(2_500)) == 40)
    #expect(MRRCalculator.customersNeeded(goal: goal, price: price(99_999)) == 2)
    #expect(MRRCalculator.customersNeeded(goal: goal, price: price(100_001)) == 1)
    #expect(MRRCalculator.customersNeeded(goal: price(0), price: price(4_900)) == 0)
    #expect(MRRCalculator.customersNeeded(goal: goal, price: price(0)) == nil)
    #expect(
      MRRCalculator.customersNeeded(goal: goal, price: Money(minor: 4900, currency: Self.jpy))
        == nil)
  }
}
