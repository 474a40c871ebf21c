import FirstKCore
import Glibc

/// Readings of columns straight from their bytes, for the loads that decode every row
/// of a table: the dashboard reads tens of thousands of prospects and follow-ups before
/// its first frame, and making a String only to parse or match it costs more than the
/// rest of the row.
extension Statement {
  /// The column as the case of `Value` whose raw value it holds, matched on the bytes;
  /// nil when no case matches. Null reads as the empty text, as `text(_:)` does.
  func rawValue<Value: RawRepresentable & CaseIterable>(
    _ column: Int32, as type: Value.Type = Value.self
  ) -> Value? where Value.RawValue == String {
    withUTF8(column) { bytes in
      Value.allCases.first { sameBytes($0.rawValue, bytes) }
    }
  }
}

extension Store {
  /// The column as a day, or nil when it is null; refuses text that is no day.
  func decodeDate(
    _ row: Statement, _ column: Int32, table: String, id: Int64
  ) throws(DatabaseError) -> CivilDate? {
    if row.isNull(column) { return nil }
    if let day = row.withUTF8(column, fixedISODate) { return day }
    return try decodeDate(row.text(column), table: table, id: id)
  }
}

/// `YYYY-MM-DD` read from exactly ten bytes, as the store writes every date; the same
/// days as `CivilDate(isoUTF8:)` accepts, which needs those ten bytes too, in fewer steps.
func fixedISODate(_ bytes: UnsafeBufferPointer<UInt8>) -> CivilDate? {
  guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-")
  else { return nil }
  var numbers = (0, 0, 0)
  for (index, byte) in bytes.enumerated() where index != 4 && index != 7 {
    guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
    let digit = Int(byte - UInt8(ascii: "0"))
    switch index {
    case 0..<4: numbers.0 = numbers.0 * 10 + digit
    case 5, 6: numbers.1 = numbers.1 * 10 + digit
    default: numbers.2 = numbers.2 * 10 + digit
    }
  }
  return CivilDate(year: numbers.0, month: numbers.1, day: numbers.2)
}

/// Makes Strings from columns whose values mostly repeat, such as follow-up messages
/// and company names, sharing one String for each text seen lately: a load of many rows
/// then validates and stores each repeated text once, not once a row.
struct RepeatedText {
  /// How many recent texts are remembered; a few cover the messages of one cadence.
  static let remembered = 8
  private var recent: [String] = []
  private var oldest = 0

  init() {}

  /// The column's text, shared with an earlier row when the bytes are the same.
  mutating func text(_ row: Statement, _ column: Int32) -> String {
    row.withUTF8(column) { bytes in
      if bytes.isEmpty { return "" }
      for known in recent where sameBytes(known, bytes) { return known }
      let made = String(decoding: bytes, as: UTF8.self)
      if recent.count < RepeatedText.remembered {
        recent.append(made)
      } else {
        recent[oldest] = made
        oldest = (oldest + 1) % RepeatedText.remembered
      }
      return made
    }
  }
}

/// True when `text` is exactly `bytes` in UTF-8; compares lengths first, then memory.
func sameBytes(_ text: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
  guard text.utf8.count == bytes.count else { return false }
  guard let start = bytes.baseAddress else { return true }
  var text = text
  return text.withUTF8 { stored in
    guard let base = stored.baseAddress else { return false }
    return memcmp(base, start, bytes.count) == 0
  }
}
