/// Whether one subscription counts toward MRR on a given day, and why not when it does not.
enum MRRStanding: Equatable, Sendable {
  case counted
  /// Counts, but is cancelled from `on` (unknown when nil): committed churn.
  case ending(on: CivilDate?)
  case excluded(MRRExclusion)
}

/// Why a subscription does not count; the words are made only when someone reads them.
enum MRRExclusion: Equatable, Sendable, CustomStringConvertible {
  case status(SubscriptionStatus)
  case value(String)
  case startsLater(CivilDate)
  case pastDue(since: CivilDate, graceDays: Int)
  case canceled(CivilDate?)
  case periodEnded(CivilDate)

  var description: String {
    switch self {
    case .status(let status): return status.rawValue.replacingUnderscores()
    case .value(let problem): return problem
    case .startsLater(let day): return "starts \(day)"
    case .pastDue(let since, let graceDays):
      return "past due since \(since), over \(graceDays) days"
    case .canceled(let day): return day.map { "canceled \($0)" } ?? "canceled"
    case .periodEnded(let day): return "period ended \(day)"
    }
  }
}

/// The per-subscription rules of MRR, kept apart from the summing so the report and
/// the history apply the very same ones.
enum MRRRules {
  /// Billing periods longer than this many months do not count; the bound also keeps
  /// every fraction's denominator small.
  static let longestPeriodMonths = 120

  /// The subscription's value per month in minor units of its currency, exact. Zero
  /// when `valueProblem` names a reason, so callers check that first.
  static func monthlyValue(of customer: Customer) -> MonthlyValue {
    guard valueProblem(of: customer) == nil else {
      return MonthlyValue(numerator: 0, denominator: 1)
    }

    // monthly = amount x quantity / months per period, where a period of N intervals is
    // 12N/factor months: factor 12 for months, 1 for years, 52 for weeks, 365 for days.
    let factor: Int128
    switch customer.interval {
    case .month: factor = 12
    case .year: factor = 1
    case .week: factor = 52
    case .day: factor = 365
    }
    let denominator = 12 * Int128(customer.intervalCount)
    let (units, unitsOverflow) = Int128(customer.amount.minor).multipliedReportingOverflow(
      by: Int128(customer.quantity))
    let (numerator, overflow) = units.multipliedReportingOverflow(by: factor)
    guard !unitsOverflow, !overflow else {
      return MonthlyValue(numerator: ExactMinor.cap, denominator: 1)
    }
    return MonthlyValue(numerator: numerator, denominator: denominator)
  }

  /// Months a billing period spans, weeks and days rounded up to whole years; used only
  /// for the ten-year bound.
  static func months(in customer: Customer) -> Int {
    let count = customer.intervalCount
    switch customer.interval {
    case .month: return count
    case .year: return count > Int.max / 12 ? Int.max : count * 12
    case .week: return count / 52 * 12 + (count % 52 == 0 ? 0 : 12)
    case .day: return count / 365 * 12 + (count % 365 == 0 ? 0 : 12)
    }
  }

  /// Applies the status, date and amount rules for `day`.
  static func standing(of customer: Customer, on day: CivilDate, graceDays: Int) -> MRRStanding {
    switch customer.status {
    case .trialing, .unpaid, .incomplete, .incompleteExpired, .paused:
      return .excluded(.status(customer.status))
    case .active, .pastDue, .canceled:
      break
    }

    if let reason = valueProblem(of: customer) { return .excluded(.value(reason)) }
    if let started = customer.started, started > day {
      return .excluded(.startsLater(started))
    }

    if customer.status == .pastDue, let since = customer.pastDueSince,
      since.days(until: day) > graceDays
    {
      return .excluded(.pastDue(since: since, graceDays: graceDays))
    }

    if let canceled = customer.canceledOn {
      return canceled > day ? .ending(on: canceled) : .excluded(.canceled(canceled))
    }
    if customer.status == .canceled { return .excluded(.canceled(nil)) }

    guard customer.cancelAtPeriodEnd else { return .counted }
    guard let end = customer.currentPeriodEnd else { return .ending(on: nil) }
    return end > day ? .ending(on: end) : .excluded(.periodEnded(end))
  }

  /// The days a subscription counted, judged from its dates alone: from its start (nil:
  /// since ever) up to but not including its end (nil: still counting); nil when it
  /// never counted or when it stopped is unknown.
  static func historySpan(
    of customer: Customer, graceDays: Int
  ) -> (from: CivilDate?, until: CivilDate?)? {
    switch customer.status {
    case .trialing, .unpaid, .incomplete, .incompleteExpired, .paused:
      return nil
    case .active, .pastDue, .canceled:
      break
    }
    guard valueProblem(of: customer) == nil else { return nil }

    var until =
      customer.canceledOn
      ?? (customer.cancelAtPeriodEnd ? customer.currentPeriodEnd : nil)
    if customer.status == .canceled && until == nil { return nil }
    if customer.status == .pastDue, let since = customer.pastDueSince {
      let graceEnd = since.adding(days: graceDays + 1)
      until = min(until ?? graceEnd, graceEnd)
    }
    return (customer.started, until)
  }

  /// Why the amount, quantity or billing period cannot be counted; nil when they can.
  static func valueProblem(of customer: Customer) -> String? {
    if customer.amount.minor == 0 { return "free plan" }
    if customer.amount.minor < 0 { return "negative amount" }
    if customer.quantity < 1 { return "quantity \(customer.quantity)" }
    if customer.intervalCount < 1 { return "billing every \(customer.intervalCount) intervals" }
    if months(in: customer) > longestPeriodMonths { return "billing period over ten years" }
    return nil
  }
}

extension String {
  /// `past_due` as `past due`, for sentences.
  func replacingUnderscores() -> String {
    guard utf8.contains(UInt8(ascii: "_")) else { return self }
    guard utf8.allSatisfy({ $0 < 0x80 }) else { return String(map { $0 == "_" ? " " : $0 }) }
    return String(decoding: utf8.map { $0 == UInt8(ascii: "_") ? UInt8(ascii: " ") : $0 },
      as: UTF8.self)
  }
}
