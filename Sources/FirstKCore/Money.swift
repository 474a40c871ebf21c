/// An ISO 4217 currency, upper-case, with the number of digits its minor unit has.
public struct Currency: Hashable, Comparable, Sendable, CustomStringConvertible {
  public let code: String

  /// Accepts three ASCII letters in either case; anything else is nil. An upper-case
  /// code, as the database stores it, is taken as it is without further checks.
  public init?(_ text: some StringProtocol) {
    let string = String(text)
    if string.utf8.count == 3,
      string.utf8.allSatisfy({ $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") })
    {
      code = string
      return
    }
    let trimmed = string.trimmingSpaces()
    guard trimmed.count == 3, trimmed.allSatisfy({ $0.isASCII && $0.isLetter }) else {
      return nil
    }
    code = trimmed.uppercased()
  }

  public static let usd = Currency("USD")!

  /// The currencies in use today (ISO 4217), for checking a code the user types; codes
  /// read from files and exports are taken as they are.
  public static let isoCodes: Set<String> = [
    "AED", "AFN", "ALL", "AMD", "ANG", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT",
    "BGN", "BHD", "BIF", "BMD", "BND", "BOB", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD",
    "CDF", "CHF", "CLP", "CNY", "COP", "CRC", "CUP", "CVE", "CZK", "DJF", "DKK", "DOP", "DZD",
    "EGP", "ERN", "ETB", "EUR", "FJD", "FKP", "GBP", "GEL", "GHS", "GIP", "GMD", "GNF", "GTQ",
    "GYD", "HKD", "HNL", "HTG", "HUF", "IDR", "ILS", "INR", "IQD", "IRR", "ISK", "JMD", "JOD",
    "JPY", "KES", "KGS", "KHR", "KMF", "KPW", "KRW", "KWD", "KYD", "KZT", "LAK", "LBP", "LKR",
    "LRD", "LSL", "LYD", "MAD", "MDL", "MGA", "MKD", "MMK", "MNT", "MOP", "MRU", "MUR", "MVR",
    "MWK", "MXN", "MYR", "MZN", "NAD", "NGN", "NIO", "NOK", "NPR", "NZD", "OMR", "PAB", "PEN",
    "PGK", "PHP", "PKR", "PLN", "PYG", "QAR", "RON", "RSD", "RUB", "RWF", "SAR", "SBD", "SCR",
    "SDG", "SEK", "SGD", "SHP", "SLE", "SLL", "SOS", "SRD", "SSP", "STN", "SVC", "SYP", "SZL",
    "THB", "TJS", "TMT", "TND", "TOP", "TRY", "TTD", "TWD", "TZS", "UAH", "UGX", "USD", "UYU",
    "UZS", "VED", "VES", "VND", "VUV", "WST", "XAF", "XCD", "XCG", "XOF", "XPF", "YER", "ZAR",
    "ZMW", "ZWG",
  ]

  /// A code the user typed, when it names a currency in use; nil otherwise.
  public init?(typed text: some StringProtocol) {
    guard let currency = Currency(text), Currency.isoCodes.contains(currency.code) else {
      return nil
    }
    self = currency
  }

  /// Currencies whose smallest unit is the whole unit (no cents), as card processors use them.
  public static let zeroDecimalCodes: Set<String> = [
    "BIF", "CLP", "DJF", "GNF", "JPY", "KMF", "KRW", "MGA", "PYG", "RWF", "UGX", "VND",
    "VUV", "XAF", "XOF", "XPF",
  ]

  /// Currencies with three decimal places.
  public static let threeDecimalCodes: Set<String> = ["BHD", "JOD", "KWD", "OMR", "TND"]

  /// Digits after the decimal point: 0, 2 or 3.
  public var exponent: Int {
    if Currency.zeroDecimalCodes.contains(code) { return 0 }
    if Currency.threeDecimalCodes.contains(code) { return 3 }
    return 2
  }

  /// Minor units in one major unit: 1, 100 or 1000.
  public var minorPerMajor: Int64 {
    var result: Int64 = 1
    for _ in 0..<exponent { result *= 10 }
    return result
  }

  /// A short prefix for amounts; codes without a well-known sign use the code and a space.
  public var symbol: String {
    switch code {
    case "USD": return "$"
    case "EUR": return "€"
    case "GBP": return "£"
    case "JPY": return "¥"
    case "INR": return "₹"
    case "KRW": return "₩"
    default: return code + " "
    }
  }

  public var description: String { code }

  public static func < (lhs: Currency, rhs: Currency) -> Bool { lhs.code < rhs.code }
}

/// An amount of money in integer minor units (cents for USD, yen for JPY).
public struct Money: Hashable, Sendable {
  public var minor: Int64
  public var currency: Currency

  public init(minor: Int64, currency: Currency) {
    self.minor = minor
    self.currency = currency
  }

  /// The largest amount firstk accepts anywhere: a billion major units.
  public static let maximumMajor: Int64 = 1_000_000_000

  /// Parses a decimal amount in major units: `49`, `49.5`, `1,049.50`; with
  /// `decimalComma`, `49,50` and `1.049,50`. Refuses more fraction digits than the
  /// currency has, signs, and amounts above a billion major units.
  public init?(major text: some StringProtocol, currency: Currency, decimalComma: Bool = false) {
    var body = text.trimmingSpaces()
    let sign = currency.symbol.trimmingSpaces()
    if !sign.isEmpty && body.hasPrefix(sign) {
      body = String(body.dropFirst(sign.count)).trimmingSpaces()
    }
    let decimalMark: Character = decimalComma ? "," : "."
    let groupMark: Character = decimalComma ? "." : ","
    let pieces = body.split(separator: decimalMark, omittingEmptySubsequences: false)
    guard pieces.count <= 2, let wholeText = pieces.first, !wholeText.isEmpty else { return nil }
    let whole = wholeText.filter { $0 != groupMark && $0 != " " && $0 != "\u{00A0}" }
    guard !whole.isEmpty, whole.allSatisfy({ $0.isASCII && $0.isNumber }), whole.count <= 12,
      let wholeValue = Int64(whole), wholeValue <= Money.maximumMajor
    else { return nil }
    var fractionValue: Int64 = 0
    if pieces.count == 2 {
      let fraction = pieces[1]
      guard fraction.count <= max(currency.exponent, 0),
        fraction.allSatisfy({ $0.isASCII && $0.isNumber })
      else {
        guard fraction.allSatisfy({ $0 == "0" }) else { return nil }
        self.init(minor: wholeValue * currency.minorPerMajor, currency: currency)
        return
      }
      var padded = String(fraction)
      while padded.count < currency.exponent { padded += "0" }
      fractionValue = Int64(padded) ?? 0
    }
    self.init(minor: wholeValue * currency.minorPerMajor + fractionValue, currency: currency)
  }

  /// `$1,049.50`, `¥3,000`, `CHF 12.00`; `showMinor: false` drops a zero fraction.
  public func formatted(showMinor: Bool = true) -> String {
    let per = currency.minorPerMajor
    let magnitude = minor.magnitude
    let whole = magnitude / UInt64(per)
    let fraction = magnitude % UInt64(per)
    var text = currency.symbol + Money.grouped(whole)
    if currency.exponent > 0 && (showMinor || fraction != 0) {
      var digits = String(fraction)
      while digits.count < currency.exponent { digits = "0" + digits }
      text += "." + digits
    }
    return minor < 0 ? "-" + text : text
  }

  /// The amount in major units as a plain decimal string (`49.50`, `3000`), for JSON and CSV.
  public var majorString: String {
    let per = UInt64(currency.minorPerMajor)
    let whole = minor.magnitude / per
    var text = String(whole)
    if currency.exponent > 0 {
      var digits = String(minor.magnitude % per)
      while digits.count < currency.exponent { digits = "0" + digits }
      text += "." + digits
    }
    return minor < 0 ? "-" + text : text
  }

  static func grouped(_ value: UInt64) -> String {
    let digits = Array(String(value))
    var out = ""
    for (index, digit) in digits.enumerated() {
      if index > 0 && (digits.count - index) % 3 == 0 { out.append(",") }
      out.append(digit)
    }
    return out
  }
}

extension StringProtocol {
  /// The text without leading and trailing spaces, tabs and line ends. Text that starts
  /// and ends with a printable ASCII character, as most CSV fields do, is returned at once.
  public func trimmingSpaces() -> String {
    let string = String(self)
    let visible = UInt8(ascii: "!")...UInt8(ascii: "~")
    if let first = string.utf8.first, let last = string.utf8.last,
      visible.contains(first), visible.contains(last)
    {
      return string
    }
    let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0.isNewline }
    guard let first = firstIndex(where: { !isSpace($0) }),
      let last = lastIndex(where: { !isSpace($0) })
    else { return "" }
    return String(self[first...last])
  }
}
