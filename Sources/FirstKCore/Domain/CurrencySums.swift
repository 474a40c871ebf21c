/// Exact per-currency sums and counts, rounded and converted the way the report shows
/// them. A customer list has few currencies, so they are searched linearly.
struct CurrencySums: Sendable {
  private struct Entry: Sendable {
    var currency: Currency
    var sum: ExactMinor
    var count: Int
  }

  private var entries: [Entry] = []

  mutating func add(_ value: MonthlyValue, in currency: Currency) {
    if let index = entries.firstIndex(where: { $0.currency == currency }) {
      entries[index].sum.add(value)
      entries[index].count += 1
    } else {
      var sum = ExactMinor()
      sum.add(value)
      entries.append(Entry(currency: currency, sum: sum, count: 1))
    }
  }

  /// Each currency rounded half up once.
  var rounded: [Currency: Int64] {
    Dictionary(uniqueKeysWithValues: entries.map { ($0.currency, $0.sum.roundedHalfUp) })
  }

  /// How many values each currency summed.
  var counts: [Currency: Int] {
    Dictionary(uniqueKeysWithValues: entries.map { ($0.currency, $0.count) })
  }

  /// Other currencies that have a rate, converted into `primary` and rounded half up once.
  func converted(into primary: Currency, rates: [Currency: Int64]) -> [Currency: Int64] {
    var out: [Currency: Int64] = [:]
    for entry in entries where entry.currency != primary {
      guard let rate = rates[entry.currency], rate > 0 else { continue }
      // minor(primary) = minor(other) / per(other) x rate / 1e6 x per(primary)
      let scaled = entry.sum.scaled(
        by: Int128(rate) * Int128(primary.minorPerMajor),
        over: 1_000_000 * Int128(entry.currency.minorPerMajor))
      out[entry.currency] = scaled.roundedHalfUp
    }
    return out
  }

  /// The primary currency's rounded sum plus every rounded conversion, saturating.
  func total(in primary: Currency, rates: [Currency: Int64]) -> Int64 {
    let own = entries.first(where: { $0.currency == primary })?.sum.roundedHalfUp ?? 0
    return converted(into: primary, rates: rates).values.reduce(own) { sum, next in
      let (added, overflow) = sum.addingReportingOverflow(next)
      return overflow ? Int64.max : added
    }
  }
}
