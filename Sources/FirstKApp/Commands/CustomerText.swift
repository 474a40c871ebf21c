import FirstKCore

/// Customers in words, for command output.
enum CustomerText {
  /// `Ada, $49.00 a month, active since 2025-11-01`;
  /// `Ada, 3 x $49.00 = $147.00 every 3 months, trialing`.
  static func summary(of customer: Customer) -> String {
    var price = customer.amount.formatted()
    if customer.quantity > 1 {
      let total = customer.periodAmount?.formatted() ?? "too much to show"
      price = "\(customer.quantity) x \(price) = \(total)"
    }
    var text = "\(customer.name), \(price) \(billing(of: customer)), \(customer.status.rawValue)"
    if let started = customer.started { text += " since \(started)" }
    return text
  }

  /// `a month`, `every 3 months`.
  static func billing(of customer: Customer) -> String {
    let unit = customer.interval.rawValue
    return customer.intervalCount == 1 ? "a \(unit)" : "every \(customer.intervalCount) \(unit)s"
  }

  /// `month`, `3 months`: the billing column of the customers table.
  static func period(of customer: Customer) -> String {
    let unit = customer.interval.rawValue
    return customer.intervalCount == 1 ? unit : "\(customer.intervalCount) \(unit)s"
  }
}
