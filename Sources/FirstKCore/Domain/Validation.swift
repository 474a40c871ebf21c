extension Money {
  /// The largest amount firstk stores, in minor units: a billion major units.
  public static func maximumMinor(in currency: Currency) -> Int64 {
    maximumMajor * currency.minorPerMajor
  }

  /// Zero up to a billion major units: what a price can sensibly be.
  public var isWithinLimits: Bool {
    minor >= 0 && minor <= Money.maximumMinor(in: currency)
  }

  /// The amount times `factor`, or nil when the product would not fit in 64 bits.
  public func multiplied(by factor: Int) -> Money? {
    let (product, overflow) = minor.multipliedReportingOverflow(by: Int64(factor))
    return overflow ? nil : Money(minor: product, currency: currency)
  }
}

extension Customer {
  /// Seats or units on one subscription.
  public static let quantityRange = 1...1_000_000
  /// "Every N intervals".
  public static let intervalCountRange = 1...100

  /// Why this customer cannot be stored, or nil when it can. Checked before every write,
  /// so a typo never turns into an absurd MRR.
  public var validationProblem: String? {
    if name.trimmingSpaces().isEmpty { return "a customer needs a name" }
    let label = "customer \"\(name)\""
    if amount.minor < 0 { return "the amount of \(label) cannot be negative" }
    if !amount.isWithinLimits {
      return "the amount of \(label) is more than a billion \(amount.currency.code)"
    }
    if !Customer.quantityRange.contains(quantity) {
      return "the quantity of \(label) must be 1 to 1,000,000, not \(quantity)"
    }
    if !Customer.intervalCountRange.contains(intervalCount) {
      return "\(label) must bill every 1 to 100 \(interval.rawValue)s, not \(intervalCount)"
    }
    return nil
  }

  /// What one billing period costs: amount x quantity (nil only if it cannot be represented).
  public var periodAmount: Money? { amount.multiplied(by: quantity) }
}

extension Profile {
  /// The largest conversion rate accepted: a million primary units per foreign unit.
  public static let maximumRateInMillionths: Int64 = 1_000_000_000_000
  /// Past-due grace periods firstk accepts, in days.
  public static let graceDaysRange = 0...365

  /// Why this profile cannot be stored, or nil when it can.
  public var validationProblem: String? {
    if goal.minor <= 0 { return "the goal must be more than zero" }
    if !goal.isWithinLimits { return "the goal is more than a billion \(goal.currency.code)" }
    if let listPrice {
      if listPrice.minor <= 0 { return "the price must be more than zero" }
      if !listPrice.isWithinLimits {
        return "the price is more than a billion \(listPrice.currency.code)"
      }
    }
    if firstWeekday != 0 && firstWeekday != 1 {
      return "the first weekday must be Sunday (0) or Monday (1)"
    }
    if !Profile.graceDaysRange.contains(pastDueGraceDays) {
      return "the past-due grace period must be 0 to 365 days"
    }
    for (other, rate) in ratesInMillionths.sorted(by: { $0.key < $1.key }) {
      if other == currency { return "a rate for \(other.code) itself makes no sense" }
      if rate <= 0 || rate > Profile.maximumRateInMillionths {
        return "the rate for \(other.code) must be more than 0 and at most 1,000,000"
      }
    }
    return nil
  }
}
