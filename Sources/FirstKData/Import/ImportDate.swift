import FirstKCore

/// Reads the dates payment dashboards and spreadsheets write, as a UTC calendar day:
/// `2025-01-05`, `2025-01-05 10:00`, `2025-01-05T10:00:00Z`, `2025-01-05T10:00:00+02:00`,
/// a US spreadsheet's `12/25/25 20:18` or `12/25/2025 8:18 PM` (month first), and the
/// European `25.12.2025`. A time with a UTC offset moves the day when it crosses midnight.
enum ImportDate {
  static func parse(_ text: String) -> CivilDate? {
    let trimmed = text.trimmingSpaces()
    guard let split = trimmed.firstIndex(where: { $0 == "T" || $0 == " " }) else {
      return calendarDay(Substring(trimmed))
    }
    guard let day = calendarDay(trimmed[..<split]) else { return nil }
    guard let minutes = utcMinutes(trimmed[trimmed.index(after: split)...]) else { return nil }
    let shift = minutes >= 0 ? minutes / 1440 : (minutes - 1439) / 1440
    return day.adding(days: shift)
  }

  /// `2025-01-05`, `1/5/25`, `1/5/2025` or `5.1.2025`.
  static func calendarDay(_ text: Substring) -> CivilDate? {
    if let iso = CivilDate(iso: text) { return iso }
    for (separator, monthFirst) in [("/", true), (".", false)] as [(Character, Bool)] {
      let parts = text.split(separator: separator, omittingEmptySubsequences: false)
      guard parts.count == 3, let a = number(parts[0], digits: 1...2),
        let b = number(parts[1], digits: 1...2), let year = number(parts[2], digits: 2...4),
        parts[2].count != 3
      else { continue }
      let fullYear = parts[2].count == 2 ? 2000 + year : year
      return monthFirst
        ? CivilDate(year: fullYear, month: a, day: b) : CivilDate(year: fullYear, month: b, day: a)
    }
    return nil
  }

  /// Minutes after the day's UTC midnight for `10:00`, `10:00:59.123Z`, `20:18 UTC`,
  /// `8:18 PM`, `10:00+02:00` or `10:00-0500`; may be negative or past a day.
  static func utcMinutes(_ text: Substring) -> Int? {
    var rest = Substring(text.trimmingSpaces())
    var offset = 0
    if rest.hasSuffix("Z") {
      rest = rest.dropLast()
    } else if rest.uppercased().hasSuffix("UTC") {
      rest = Substring(rest.dropLast(3).trimmingSpaces())
    } else if let sign = rest.lastIndex(where: { $0 == "+" || $0 == "-" }) {
      guard let zone = zoneMinutes(rest[rest.index(after: sign)...]) else { return nil }
      offset = rest[sign] == "+" ? zone : -zone
      rest = rest[..<sign]
    }

    var hourShift = 0
    let upper = rest.uppercased()
    if upper.hasSuffix("AM") || upper.hasSuffix("PM") {
      hourShift = upper.hasSuffix("PM") ? 12 : 0
      rest = Substring(rest.dropLast(2).trimmingSpaces())
    }
    let parts = rest.split(separator: ":", omittingEmptySubsequences: false)
    guard (2...3).contains(parts.count), var hour = number(parts[0], digits: 1...2),
      let minute = number(parts[1], digits: 2...2), minute < 60
    else { return nil }
    if parts.count == 3 {
      let seconds = parts[2].split(separator: ".", maxSplits: 1)
      guard let whole = seconds.first, let second = number(whole, digits: 2...2), second < 60,
        seconds.count == 1 || seconds[1].allSatisfy({ $0.isASCII && $0.isNumber })
      else { return nil }
    }
    if hourShift > 0 || upper.hasSuffix("AM") {
      guard (1...12).contains(hour) else { return nil }
      hour = hour % 12 + hourShift
    }
    guard hour < 24 else { return nil }
    return hour * 60 + minute - offset
  }

  /// `02:00`, `0200` or `02` as minutes.
  private static func zoneMinutes(_ text: Substring) -> Int? {
    let digits = text.filter { $0 != ":" }
    guard digits.count == 2 || digits.count == 4, let value = number(digits[...], digits: 2...4)
    else { return nil }
    let hours = digits.count == 2 ? value : value / 100
    let minutes = digits.count == 2 ? 0 : value % 100
    guard hours <= 14, minutes < 60 else { return nil }
    return hours * 60 + minutes
  }

  private static func number(_ text: Substring, digits: ClosedRange<Int>) -> Int? {
    guard digits.contains(text.count), text.allSatisfy({ $0.isASCII && $0.isNumber }) else {
      return nil
    }
    return Int(text)
  }
}
