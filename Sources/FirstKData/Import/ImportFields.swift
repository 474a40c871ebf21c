import FirstKCore

/// Readers for the values of customer and subscription columns, shared by the importers.
/// Each returns nil for a value it cannot read; the caller words the problem.
enum ImportFields {
  /// An amount in major units. With `decimalComma`, `49,50` and `1.049,50` are read
  /// the European way, and `49.50` (a point followed by one or two digits, no comma)
  /// still as a decimal point. A currency sign or code before or after is allowed.
  static func amount(_ text: String, currency: Currency, decimalComma: Bool) -> Money? {
    var body = text.trimmingSpaces()
    for mark in [currency.symbol.trimmingSpaces(), currency.code] where !mark.isEmpty {
      if body.uppercased().hasSuffix(mark.uppercased()) {
        body = String(body.dropLast(mark.count)).trimmingSpaces()
      }
      if body.uppercased().hasPrefix(mark.uppercased()) {
        body = String(body.dropFirst(mark.count)).trimmingSpaces()
      }
    }
    guard decimalComma, !body.contains(","), let point = body.lastIndex(of: ".") else {
      return Money(major: body, currency: currency, decimalComma: decimalComma)
    }
    let fraction = body[body.index(after: point)...]
    let isDecimalPoint = fraction.count != 3 && body.filter({ $0 == "." }).count == 1
    return Money(major: body, currency: currency, decimalComma: !isDecimalPoint)
  }

  /// The currency a sign before or after an amount names (`€19,90`, `12 £`); the dollar
  /// sign names none, since several currencies use it.
  static func currency(signedIn amount: String) -> Currency? {
    let text = amount.trimmingSpaces()
    for code in ["EUR", "GBP", "JPY", "INR", "KRW"] {
      guard let currency = Currency(code) else { continue }
      let sign = currency.symbol.trimmingSpaces()
      if text.hasPrefix(sign) || text.hasSuffix(sign) { return currency }
    }
    return nil
  }

  /// `month`, `monthly`, `year`, `annual`, `week`, `day`, `quarterly` and the like, with
  /// how many intervals a period spans.
  static func interval(_ text: String) -> (interval: BillingInterval, count: Int)? {
    switch text.trimmingSpaces().lowercased() {
    case "", "month", "months", "monthly", "mo", "m": return (.month, 1)
    case "year", "years", "yearly", "annual", "annually", "yr", "y": return (.year, 1)
    case "week", "weeks", "weekly", "wk", "w": return (.week, 1)
    case "day", "days", "daily", "d": return (.day, 1)
    case "quarter", "quarterly": return (.month, 3)
    default: return nil
    }
  }

  /// A subscription status as Stripe writes it (`past_due`), or spelled out
  /// (`past due`, `cancelled`, `trial`).
  static func status(_ text: String) -> SubscriptionStatus? {
    let key = String(text.trimmingSpaces().lowercased().map { $0 == " " ? "_" : $0 })
    switch key {
    case "cancelled": return .canceled
    case "trial": return .trialing
    case "pastdue": return .pastDue
    default: return SubscriptionStatus(rawValue: key)
    }
  }

  /// The statuses a file may use, for problem messages.
  static var statusNames: String {
    "one of " + ImportRows.list(SubscriptionStatus.allCases.map(\.rawValue), or: true)
  }

  /// `true`/`false`, `yes`/`no`, `1`/`0`; an empty value is false.
  static func flag(_ text: String) -> Bool? {
    switch text.trimmingSpaces().lowercased() {
    case "true", "yes", "1", "y": return true
    case "false", "no", "0", "n", "": return false
    default: return nil
    }
  }

  /// A whole number of at least `minimum`; an empty value is `empty`.
  static func count(_ text: String, minimum: Int, empty: Int) -> Int? {
    let trimmed = text.trimmingSpaces()
    if trimmed.isEmpty { return empty }
    guard let value = Int(trimmed), value >= minimum else { return nil }
    return value
  }

  /// Runs of spaces, tabs and line ends as one space, so a multi-line field reads as a name.
  static func singleLine(_ text: String) -> String {
    text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0.isNewline })
      .joined(separator: " ")
  }

  /// A value from the file for a message: quoted, made safe, cut after 40 characters.
  static func quoted(_ value: String) -> String {
    var shown = String(
      value.prefix(40).map { character -> Character in
        if character.isNewline || character == "\t" { return " " }
        return character.unicodeScalars.contains(where: \.isControlCharacter) ? "?" : character
      })
    if value.count > 40 { shown += "..." }
    return "\"" + shown + "\""
  }
}
