import FirstKCore

/// Amounts shortened for a status bar, where every column counts.
enum CompactMoney {
  /// Whole major units, rounded toward zero so the bar never shows more than was
  /// earned: `$1,234`, `¥3,000`.
  static func whole(_ money: Money) -> String {
    wholeUnits(money.minor / money.currency.minorPerMajor, money.currency)
  }

  /// A round figure with a k or M suffix when that loses nothing: `$1k`, `$2.5k`,
  /// `$1.2M`; anything else in whole units, `$1,250`.
  static func round(_ money: Money) -> String {
    let units = money.minor / money.currency.minorPerMajor
    for (size, suffix) in [(Int64(1_000_000), "M"), (1_000, "k")]
    where units >= size && units % (size / 10) == 0 {
      let tenths = units / (size / 10)
      let fraction = tenths % 10 == 0 ? "" : ".\(tenths % 10)"
      return wholeUnits(tenths / 10, money.currency) + fraction + suffix
    }
    return wholeUnits(units, money.currency)
  }

  private static func wholeUnits(_ units: Int64, _ currency: Currency) -> String {
    Money(minor: units * currency.minorPerMajor, currency: currency).formatted(showMinor: false)
  }
}
