import Testing

@testable import FirstKCore

/// MRR at past month ends, judged from start and cancellation dates.
@Suite struct MRRHistoryTests {
  static let day = CivilDate(year: 2025, month: 6, day: 15)!
  static let usd = Currency.usd

  static func date(_ text: String) -> CivilDate { CivilDate(iso: text)! }

  static func sub(
    _ minor: Int64, _ interval: BillingInterval = .month, status: SubscriptionStatus = .active,
    started: String?, canceledOn: String? = nil, periodEnd: String? = nil,
    pastDueSince: String? = nil
  ) -> Customer {
    Customer(
      name: "c", amount: Money(minor: minor, currency: usd), interval: interval, status: status,
      started: started.map(date), canceledOn: canceledOn.map(date),
      cancelAtPeriodEnd: periodEnd != nil, currentPeriodEnd: periodEnd.map(date),
      pastDueSince: pastDueSince.map(date))
  }

  let customers = [
    sub(5000, started: "2024-09-10"),
    sub(3000, status: .canceled, started: "2024-06-01", canceledOn: "2025-02-28"),
    sub(2000, status: .trialing, started: "2024-01-01"),
    sub(10_000, .year, started: nil),  // 833.33 a month, start unknown: always
    sub(4000, started: "2025-03-15", periodEnd: "2025-06-20"),
    sub(1000, status: .pastDue, started: "2025-01-01", pastDueSince: "2025-04-20"),
    sub(6000, started: "2025-06-16"),
  ]

  @Test func monthEndsFromDates() {
    let history = MRRCalculator.history(
      customers: customers, profile: Profile(), endingOn: Self.day)
    #expect(
      history == [
        3833, 3833,  // Jul, Aug 2024: the cancelled one and the yearly one
        8833, 8833, 8833, 8833,  // Sep to Dec: plus the one started Sep 10
        9833,  // Jan 2025: plus the past-due one
        6833,  // Feb 28: cancelled that day
        10_833, 10_833,  // Mar, Apr: plus the cancel-at-period-end one
        9833,  // May 31: past due since Apr 20, over 30 days
        9833,  // today
      ])
    #expect(
      history.last
        == MRRCalculator.report(customers: customers, profile: Profile(), on: Self.day).mrr.minor)
  }

  @Test func lengthFollowsMonths() {
    let three = MRRCalculator.history(
      customers: customers, profile: Profile(), endingOn: Self.day, months: 3)
    #expect(three == [10_833, 9833, 9833])
    #expect(
      MRRCalculator.history(
        customers: customers, profile: Profile(), endingOn: Self.day, months: 0)
        == [])
    #expect(
      MRRCalculator.history(customers: [], profile: Profile(), endingOn: Self.day)
        == Array(repeating: 0, count: 12))
  }

  @Test func leapFebruaryEndsOnThe29th() {
    let leap = [Self.sub(1000, started: "2024-02-29")]
    let history = MRRCalculator.history(
      customers: leap, profile: Profile(), endingOn: Self.date("2024-03-10"), months: 2)
    #expect(history == [1000, 1000])
    let late = [Self.sub(1000, started: "2024-03-01")]
    #expect(
      MRRCalculator.history(
        customers: late, profile: Profile(), endingOn: Self.date("2024-03-10"), months: 2)
        == [0, 1000])
  }
}
