/// The MRR rules as sentences, so a user can check the number instead of trusting it.
enum MRRExplanation {
  /// The rules applied on `day` with this profile; `currencies` are the ones counted.
  static func rules(profile: Profile, day: CivilDate, currencies: Set<Currency>) -> [String] {
    let primary = profile.currency
    var rules = [
      "Counts active subscriptions, and past-due ones unpaid for at most "
        + "\(profile.pastDueGraceDays) days (or since an unknown date).",
      "Does not count trialing, canceled, unpaid, incomplete, incomplete_expired or paused "
        + "subscriptions, free plans, or subscriptions starting after \(day).",
      "Monthly value = amount x quantity / months per billing period: N months = N, "
        + "N years = 12N, N weeks = 12N/52, N days = 12N/365; periods over ten years "
        + "do not count.",
      "A subscription cancelled at period end, or with a future cancel date, counts until "
        + "that date and is shown as committed churn.",
      "Discounts and coupons are not subtracted: the plan amount counts in full.",
      "Each currency is summed exactly and rounded half up to its minor unit once; "
        + "\(primary) is the primary currency.",
    ]
    for currency in currencies.sorted() where currency != primary {
      if let rate = profile.ratesInMillionths[currency], rate > 0 {
        rules.append(
          "\(currency) is converted at \(decimal(millionths: rate)) \(primary) per "
            + "\(currency) and rounded half up once.")
      } else {
        rules.append(
          "\(currency) is shown beside MRR, not added: no \(currency) to \(primary) rate is set.")
      }
    }
    rules.append("ARPU = MRR / subscriptions counted in it, rounded half up.")
    rules.append("Customers needed = ceil((goal - MRR) / list price).")
    return rules
  }

  /// `1_080_000` as `1.08`.
  static func decimal(millionths: Int64) -> String {
    let whole = millionths / 1_000_000
    var fraction = String(millionths % 1_000_000)
    while fraction.count < 6 { fraction = "0" + fraction }
    while fraction.last == "0" { fraction.removeLast() }
    return fraction.isEmpty ? String(whole) : "\(whole).\(fraction)"
  }
}
