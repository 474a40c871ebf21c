/// Turns customers and the profile into MRR figures, by the rules `MRRRules` states.
///
/// FIXME: Customer has no discount field, so coupons and permanent discounts are not
/// subtracted; a discounted subscription counts at its full plan amount.
public enum MRRCalculator {
  /// The MRR report for `day`: what counts, what it sums to, and how far the goal is.
  /// Without `itemized`, the report's `lines` stay empty: the dashboard shows only the
  /// sums, and a line for each of thousands of customers would cost more than they do.
  public static func report(
    customers: [Customer], profile: Profile, on day: CivilDate, itemized: Bool = true
  ) -> MRRReport {
    var sums = CurrencySums()
    var churn = CurrencySums()
    var ending = 0
    var lines: [MRRLine] = []
    if itemized { lines.reserveCapacity(customers.count) }

    for customer in customers {
      let currency = customer.amount.currency
      let standing = MRRRules.standing(
        of: customer, on: day, graceDays: profile.pastDueGraceDays)
      if case .excluded(let reason) = standing {
        if itemized {
          lines.append(MRRLine(
            name: customer.name, currency: currency, monthly: nil,
            excludedBecause: reason.description))
        }
        continue
      }
      let value = MRRRules.monthlyValue(of: customer)
      sums.add(value, in: currency)
      var line = MRRLine(name: customer.name, currency: currency, monthly: value.roundedHalfUp)
      if case .ending(let end) = standing {
        churn.add(value, in: currency)
        ending += 1
        line.isCommittedChurn = true
        line.endsOn = end
      }
      if itemized { lines.append(line) }
    }

    let primary = profile.currency
    let rates = profile.ratesInMillionths
    let mrr = Money(minor: sums.total(in: primary, rates: rates), currency: primary)
    let converted = sums.converted(into: primary, rates: rates)
    let countedByCurrency = sums.counts
    let inMRR = countedByCurrency.reduce(0) { count, entry in
      entry.key == primary || converted[entry.key] != nil ? count + entry.value : count
    }
    let goal = profile.goal
    let price = profile.listPrice.flatMap { $0.currency == goal.currency ? $0 : nil }
    let remaining = Money(minor: max(0, goal.minor - mrr.minor), currency: goal.currency)

    return MRRReport(
      day: day,
      mrr: mrr,
      byCurrency: sums.rounded,
      converted: converted,
      payingCustomers: countedByCurrency.values.reduce(0, +),
      payingInMRR: inMRR,
      arpu: inMRR == 0 ? nil : Money(minor: dividedHalfUp(mrr.minor, inMRR), currency: primary),
      goal: goal,
      percent: share(of: mrr.minor, in: goal.minor, scale: 100),
      permille: share(of: mrr.minor, in: goal.minor, scale: 1000),
      listPrice: price,
      customersNeeded: price.flatMap { customersNeeded(goal: remaining, price: $0) },
      committedChurn: Money(minor: churn.total(in: primary, rates: rates), currency: primary),
      endingSubscriptions: ending,
      lines: lines,
      rules: MRRExplanation.rules(
        profile: profile, day: day, currencies: Set(countedByCurrency.keys)))
  }

  /// MRR in the primary currency at the end of each of the last `months` months; the
  /// last entry is `day` itself and equals `report(...).mrr`.
  ///
  /// Earlier entries are judged from the dates alone (started, cancelled, period end,
  /// past due since): a subscription counts at a month's end when it started on or
  /// before it and did not end on or before it. Trials and unpaid, incomplete or paused
  /// subscriptions never count, since when they stopped paying is unknown.
  public static func history(
    customers: [Customer], profile: Profile, endingOn day: CivilDate, months: Int = 12
  ) -> [Int64] {
    guard months > 0 else { return [] }
    return monthEndTotals(customers: customers, profile: profile, before: day, months: months - 1)
      + [report(customers: customers, profile: profile, on: day).mrr.minor]
  }

  /// `history` without its last entry: MRR at the ends of the `months` months before
  /// the month of `day`, oldest first.
  static func monthEndTotals(
    customers: [Customer], profile: Profile, before day: CivilDate, months: Int
  ) -> [Int64] {
    let monthEnds = stride(from: months, to: 0, by: -1).map { back in
      let first = day.firstOfMonth.adding(months: -back)
      return first.adding(days: first.daysInMonth - 1)
    }
    var sums = Array(repeating: CurrencySums(), count: monthEnds.count)
    for customer in customers {
      guard
        let span = MRRRules.historySpan(of: customer, graceDays: profile.pastDueGraceDays)
      else { continue }
      let value = MRRRules.monthlyValue(of: customer)
      for (index, monthEnd) in monthEnds.enumerated()
      where span.from.map({ $0 <= monthEnd }) ?? true
        && span.until.map({ monthEnd < $0 }) ?? true
      {
        sums[index].add(value, in: customer.amount.currency)
      }
    }
    let rates = profile.ratesInMillionths
    return sums.map { $0.total(in: profile.currency, rates: rates) }
  }

  /// Customers at `price` needed to reach `goal`: ceil(goal / price), 0 for no goal;
  /// nil when the price is not positive or is in another currency.
  public static func customersNeeded(goal: Money, price: Money) -> Int? {
    guard price.minor > 0, price.currency == goal.currency else { return nil }
    guard goal.minor > 0 else { return 0 }
    return Int((goal.minor - 1) / price.minor + 1)
  }

  /// `value / count` rounded half up, for non-negative values.
  static func dividedHalfUp(_ value: Int64, _ count: Int) -> Int64 {
    let divisor = Int128(count)
    return Int64((2 * Int128(value) + divisor) / (2 * divisor))
  }

  /// `value` as a share of `whole` times `scale`, rounded down; a goal of zero is met.
  static func share(of value: Int64, in whole: Int64, scale: Int) -> Int {
    guard whole > 0 else { return scale }
    let result = Int128(max(0, value)) * Int128(scale) / Int128(whole)
    return result > Int128(Int.max) ? Int.max : Int(result)
  }
}
