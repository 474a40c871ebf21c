import Testing

@testable import FirstKCore

/// Which subscriptions count on a day: statuses, grace, cancellations, start dates.
@Suite struct MRRStatusTests {
  static let day = CivilDate(year: 2025, month: 6, day: 15)!
  static let usd = Currency.usd

  static func date(_ text: String) -> CivilDate { CivilDate(iso: text)! }

  static func sub(
    _ status: SubscriptionStatus, started: String? = nil, canceledOn: String? = nil,
    cancelAtPeriodEnd: Bool = false, periodEnd: String? = nil, pastDueSince: String? = nil
  ) -> Customer {
    Customer(
      name: status.rawValue, amount: Money(minor: 5000, currency: usd), status: status,
      started: started.map(date), canceledOn: canceledOn.map(date),
      cancelAtPeriodEnd: cancelAtPeriodEnd, currentPeriodEnd: periodEnd.map(date),
      pastDueSince: pastDueSince.map(date))
  }

  static func line(_ customer: Customer, grace: Int = 30) -> MRRLine {
    let profile = Profile(pastDueGraceDays: grace)
    return MRRCalculator.report(customers: [customer], profile: profile, on: day).lines[0]
  }

  struct Case: Sendable, CustomTestStringConvertible {
    var customer: Customer
    /// nil when counted, else the reason given.
    var excluded: String?
    var testDescription: String { "\(customer.status.rawValue) -> \(excluded ?? "counted")" }
  }

  @Test(arguments: [
    Case(customer: sub(.active), excluded: nil),
    Case(customer: sub(.pastDue), excluded: nil),
    Case(customer: sub(.trialing), excluded: "trialing"),
    Case(customer: sub(.canceled), excluded: "canceled"),
    Case(customer: sub(.canceled, canceledOn: "2025-06-15"), excluded: "canceled 2025-06-15"),
    Case(customer: sub(.unpaid), excluded: "unpaid"),
    Case(customer: sub(.incomplete), excluded: "incomplete"),
    Case(customer: sub(.incompleteExpired), excluded: "incomplete expired"),
    Case(customer: sub(.paused), excluded: "paused"),
    Case(customer: sub(.active, started: "2025-06-15"), excluded: nil),
    Case(customer: sub(.active, started: "2025-06-16"), excluded: "starts 2025-06-16"),
    Case(customer: sub(.active, canceledOn: "2025-06-01"), excluded: "canceled 2025-06-01"),
    Case(customer: sub(.pastDue, pastDueSince: "2025-05-16"), excluded: nil),
    Case(
      customer: sub(.pastDue, pastDueSince: "2025-05-15"),
      excluded: "past due since 2025-05-15, over 30 days"),
  ])
  func statusRules(_ test: Case) {
    let line = Self.line(test.customer)
    #expect(line.excludedBecause == test.excluded)
    #expect(line.monthly == (test.excluded == nil ? 5000 : nil))
  }

  @Test func graceBoundaryIsThirtyDaysByDefaultAndConfigurable() {
    let thirty = Self.sub(.pastDue, pastDueSince: "2025-05-16")
    let thirtyOne = Self.sub(.pastDue, pastDueSince: "2025-05-15")
    #expect(Self.day.days(until: Self.day) == 0)
    #expect(CivilDate(iso: "2025-05-16")!.days(until: Self.day) == 30)
    #expect(Self.line(thirty).monthly == 5000)
    #expect(Self.line(thirtyOne).monthly == nil)
    #expect(Self.line(thirty, grace: 29).monthly == nil)
    #expect(Self.line(thirtyOne, grace: 31).monthly == 5000)
  }

  @Test func cancelAtPeriodEndCountsUntilThePeriodEndsAsCommittedChurn() {
    let leaving = Self.sub(.active, cancelAtPeriodEnd: true, periodEnd: "2025-06-20")
    let staying = Self.sub(.active)
    let profile = Profile()
    let before = MRRCalculator.report(
      customers: [leaving, staying], profile: profile, on: Self.date("2025-06-19"))
    #expect(before.mrr.minor == 10_000)
    #expect(before.committedChurn == Money(minor: 5000, currency: Self.usd))
    #expect(before.endingSubscriptions == 1)
    #expect(
      before.lines[0]
        == MRRLine(
          name: "active", currency: Self.usd, monthly: 5000, isCommittedChurn: true,
          endsOn: Self.date("2025-06-20")))

    let on = MRRCalculator.report(
      customers: [leaving, staying], profile: profile, on: Self.date("2025-06-20"))
    #expect(on.mrr.minor == 5000)
    #expect(on.committedChurn.minor == 0)
    #expect(on.lines[0].excludedBecause == "period ended 2025-06-20")

    let unknownEnd = Self.sub(.active, cancelAtPeriodEnd: true)
    let open = MRRCalculator.report(customers: [unknownEnd], profile: profile, on: Self.day)
    #expect(open.mrr.minor == 5000)
    #expect(open.committedChurn.minor == 5000)
  }

  @Test func futureCancellationBehavesLikePeriodEnd() {
    let canceled = Self.sub(.canceled, canceledOn: "2025-07-01")
    let report = MRRCalculator.report(customers: [canceled], profile: Profile(), on: Self.day)
    #expect(report.mrr.minor == 5000)
    #expect(report.committedChurn.minor == 5000)
    #expect(report.lines[0].endsOn == Self.date("2025-07-01"))
    #expect(report.payingCustomers == 1)
  }

  @Test func aReportWithoutLinesHasTheSameFigures() {
    var ending = Self.sub(.active)
    ending.canceledOn = Self.date("2025-07-01")
    var gone = Self.sub(.canceled)
    gone.canceledOn = Self.date("2025-05-01")
    let customers = [Self.sub(.active), Self.sub(.trialing), ending, gone]
    let profile = Profile(listPrice: Money(minor: 4900, currency: Self.usd))
    let full = MRRCalculator.report(customers: customers, profile: profile, on: Self.day)
    let sums = MRRCalculator.report(
      customers: customers, profile: profile, on: Self.day, itemized: false)
    #expect(full.lines.map(\.excludedBecause) == [nil, "trialing", nil, "canceled 2025-05-01"])
    #expect(sums.lines.isEmpty)
    var withoutLines = full
    withoutLines.lines = []
    #expect(sums == withoutLines)
    #expect(sums.mrr.minor == 10_000)
  }

  @Test func goalFiguresFollowTheListPrice() {
    let customers = (0..<7).map { _ in Self.sub(.active) } + [Self.sub(.trialing)]
    var profile = Profile(listPrice: Money(minor: 4900, currency: Self.usd))
    let report = MRRCalculator.report(customers: customers, profile: profile, on: Self.day)
    #expect(report.mrr.minor == 35_000)
    #expect(report.payingCustomers == 7)
    #expect(report.arpu == Money(minor: 5000, currency: Self.usd))
    #expect(report.percent == 35)
    #expect(report.permille == 350)
    #expect(report.customersNeeded == 14)  // 65,000 / 4,900 = 13.3

    profile.listPrice = nil
    let noPrice = MRRCalculator.report(customers: customers, profile: profile, on: Self.day)
    #expect(noPrice.customersNeeded == nil)

    profile.listPrice = Money(minor: 100, currency: Self.usd)
    let many = (0..<21).map { _ in Self.sub(.active) }
    let reached = MRRCalculator.report(customers: many, profile: profile, on: Self.day)
    #expect(reached.customersNeeded == 0)
    #expect(reached.percent == 105)
    #expect(reached.permille == 1050)
  }

  @Test func arpuRoundsHalfUp() {
    let three = [5000, 5000, 5001].map {
      Customer(name: "x", amount: Money(minor: Int64($0), currency: Self.usd))
    }
    let report = MRRCalculator.report(customers: three, profile: Profile(), on: Self.day)
    #expect(report.arpu?.minor == 5000)  // 15,001 / 3 = 5000.33
    let two =
      [Customer(name: "x", amount: Money(minor: 3, currency: Self.usd))]
      + [Customer(name: "y", amount: Money(minor: 2, currency: Self.usd))]
    let halves = MRRCalculator.report(customers: two, profile: Profile(), on: Self.day)
    #expect(halves.arpu?.minor == 3)  // 5 / 2 = 2.5
  }
}
