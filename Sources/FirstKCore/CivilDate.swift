/// A day on the calendar (year, month, day) with no time and no time zone.
///
/// Follow-ups and start dates are calendar days: adding days to one can never be moved
/// by a daylight-saving change, because no clock time is involved.
public struct CivilDate: Hashable, Comparable, Sendable, CustomStringConvertible {
  public let year: Int
  public let month: Int
  public let day: Int

  /// Returns nil for a day that does not exist, such as 2025-02-30.
  public init?(year: Int, month: Int, day: Int) {
    guard (1...9999).contains(year), (1...12).contains(month),
      (1...CivilDate.daysIn(month: month, year: year)).contains(day)
    else { return nil }
    self.year = year
    self.month = month
    self.day = day
  }

  /// The day a given number of days after 1970-01-01 (negative for earlier days).
  public init(daysSinceEpoch: Int) {
    let z = daysSinceEpoch + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let shiftedMonth = (5 * dayOfYear + 2) / 153
    day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
    month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
    year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
  }

  /// Days since 1970-01-01; the basis of all date arithmetic here.
  public var daysSinceEpoch: Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let shiftedMonth = month > 2 ? month - 3 : month + 9
    let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  public func adding(days: Int) -> CivilDate {
    CivilDate(daysSinceEpoch: daysSinceEpoch + days)
  }

  /// The same day of the month `months` later, clamped to the month's last day.
  public func adding(months: Int) -> CivilDate {
    let index = year * 12 + (month - 1) + months
    let newYear = index / 12
    let newMonth = index % 12 + 1
    let newDay = min(day, CivilDate.daysIn(month: newMonth, year: newYear))
    return CivilDate(year: newYear, month: newMonth, day: newDay) ?? self
  }

  public func days(until other: CivilDate) -> Int {
    other.daysSinceEpoch - daysSinceEpoch
  }

  /// 0 = Sunday, 1 = Monday, ... 6 = Saturday.
  public var weekday: Int {
    let w = (daysSinceEpoch + 4) % 7
    return w < 0 ? w + 7 : w
  }

  public var firstOfMonth: CivilDate {
    CivilDate(year: year, month: month, day: 1) ?? self
  }

  public var daysInMonth: Int { CivilDate.daysIn(month: month, year: year) }

  public static func isLeap(_ year: Int) -> Bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
  }

  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// Parses `YYYY-MM-DD` exactly; anything else, including impossible days, is nil.
  /// Reads the UTF-8 bytes directly and is inlinable, since the store parses every date
  /// it loads.
  @inlinable
  public init?(iso text: some StringProtocol) {
    self.init(isoUTF8: String(text).utf8)
  }

  /// Parses `YYYY-MM-DD` from UTF-8 bytes, such as a database column, without making a
  /// String first; inlinable so each caller gets a loop specialised to its bytes.
  @inlinable
  public init?(isoUTF8 bytes: some Sequence<UInt8>) {
    var numbers = (year: 0, month: 0, day: 0)
    var part = 0
    var digits = 0
    for byte in bytes {
      let width = part == 0 ? 4 : 2
      if byte == UInt8(ascii: "-") {
        guard digits == width, part < 2 else { return nil }
        part += 1
        digits = 0
        continue
      }
      guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9"), digits < width else {
        return nil
      }
      let digit = Int(byte - UInt8(ascii: "0"))
      switch part {
      case 0: numbers.year = numbers.year * 10 + digit
      case 1: numbers.month = numbers.month * 10 + digit
      default: numbers.day = numbers.day * 10 + digit
      }
      digits += 1
    }
    guard part == 2, digits == 2 else { return nil }
    self.init(year: numbers.year, month: numbers.month, day: numbers.day)
  }

  /// `YYYY-MM-DD`.
  public var description: String {
    let y = String(year)
    let m = month < 10 ? "0\(month)" : "\(month)"
    let d = day < 10 ? "0\(day)" : "\(day)"
    return "\(String(repeating: "0", count: max(0, 4 - y.count)))\(y)-\(m)-\(d)"
  }

  public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool {
    (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
  }

  public static let monthNames = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
  ]

  public static let weekdayNames = [
    "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
  ]
}
