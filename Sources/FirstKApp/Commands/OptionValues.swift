import FirstKCore

/// Turns option text into checked values; every refusal names the option and says what
/// would be accepted, and is a user error (exit 1), so nothing gets written.
enum OptionValues {
  /// An amount in major units (`49`, `49.50`, `1,049`) for `currency`: never negative,
  /// never above a billion, and zero only when `allowZero`.
  static func money(
    _ text: String, option: String, currency: Currency, allowZero: Bool
  ) throws -> Money {
    let trimmed = text.trimmingSpaces()
    if trimmed.hasPrefix("-") {
      throw UserError("\(option) cannot be negative (got \(text))")
    }
    if !hasValidGrouping(trimmed) {
      throw UserError(
        "\(option) \(text): write decimals with a dot, e.g. 12.50; commas may only group "
          + "thousands, e.g. 1,000")
    }
    guard let money = Money(major: trimmed, currency: currency) else {
      throw UserError(moneyProblem(trimmed, option: option, currency: currency))
    }
    if money.minor == 0 && !allowZero {
      throw UserError("\(option) must be more than zero")
    }
    return money
  }

  /// False for `12,5` or `1,00`, which a European user may mean as a decimal amount.
  private static func hasValidGrouping(_ text: String) -> Bool {
    let whole = text.split(separator: ".", omittingEmptySubsequences: false)[0]
    let groups = whole.split(separator: ",", omittingEmptySubsequences: false)
    guard groups.count > 1 else { return true }
    return (1...3).contains(groups[0].count) && groups.dropFirst().allSatisfy { $0.count == 3 }
  }

  private static func moneyProblem(_ text: String, option: String, currency: Currency) -> String {
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    let whole = parts[0].filter { $0 != "," }
    if !whole.isEmpty, whole.allSatisfy({ $0.isASCII && $0.isNumber }) {
      if whole.drop(while: { $0 == "0" }).count > 10 || (Int64(whole) ?? 0) > Money.maximumMajor {
        return "\(option) \(text) is more than a billion \(currency.code), "
          + "the most firstk accepts"
      }
      if parts.count == 2, parts[1].allSatisfy({ $0.isASCII && $0.isNumber }) {
        if currency.exponent == 0 { return "\(option) \(text): \(currency.code) has no decimals" }
        return "\(option) \(text) has more decimals than \(currency.code) has "
          + "(\(currency.exponent))"
      }
    }
    return "\(option) wants an amount like 49 or 49.50, not \"\(text)\""
  }

  /// A calendar day written `YYYY-MM-DD`.
  static func date(_ text: String, option: String) throws -> CivilDate {
    guard let date = CivilDate(iso: text.trimmingSpaces()) else {
      throw UserError("\(option) wants a real date as YYYY-MM-DD, not \"\(text)\"")
    }
    return date
  }

  /// A whole number inside `range`.
  static func integer(_ text: String, option: String, range: ClosedRange<Int>) throws -> Int {
    guard let number = Int(text.trimmingSpaces()), range.contains(number) else {
      throw UserError(
        "\(option) wants a whole number from \(range.lowerBound) to \(range.upperBound), "
          + "not \"\(text)\"")
    }
    return number
  }

  /// A three-letter currency code such as USD or EUR.
  static func currency(_ text: String, option: String) throws -> Currency {
    guard let currency = Currency(typed: text) else {
      throw UserError(
        "\(option) wants a currency code in use such as USD, EUR or GBP, not \"\(text)\"")
    }
    return currency
  }

  /// One of a fixed set of words, case-insensitive.
  static func choice<Value>(
    _ text: String, option: String, from choices: [(String, Value)]
  ) throws -> Value {
    let word = text.trimmingSpaces().lowercased()
    guard let match = choices.first(where: { $0.0 == word }) else {
      let names = choices.map(\.0).joined(separator: ", ")
      throw UserError("\(option) wants one of \(names); not \"\(text)\"")
    }
    return match.1
  }

  /// A rate in millionths from decimal text (`1.08` -> 1_080_000), at most six decimals.
  static func rateInMillionths(_ text: String, option: String) throws -> Int64 {
    let refusal = UserError(
      "\(option) wants a rate like EUR=1.08 (more than 0, at most 1000000, up to 6 "
        + "decimals), not \"\(text)\"")
    let parts = text.trimmingSpaces().split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count <= 2, !parts[0].isEmpty, parts[0].count <= 7,
      parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
      let whole = Int64(parts[0])
    else { throw refusal }
    var fraction = parts.count == 2 ? String(parts[1]) : ""
    guard fraction.count <= 6 else { throw refusal }
    while fraction.count < 6 { fraction += "0" }
    let millionths = whole * 1_000_000 + (Int64(fraction) ?? 0)
    guard millionths > 0, millionths <= Profile.maximumRateInMillionths else { throw refusal }
    return millionths
  }
}
