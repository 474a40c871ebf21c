import FirstKCore

/// Reads the dates lead files carry: LinkedIn's `09 Oct 2024` and `6-Feb-26`, and ISO.
enum LeadDate {
  static let months = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
  ]

  /// The day, or nil when the text is no date in a form firstk reads. Two-digit years
  /// are in this century.
  static func parse(_ text: String) -> CivilDate? {
    let trimmed = text.trimmingSpaces()
    if let iso = CivilDate(iso: trimmed) { return iso }
    let parts = trimmed.split(whereSeparator: { $0 == " " || $0 == "-" })
    guard parts.count == 3, let day = Int(parts[0]), parts[0].count <= 2,
      let month = months.firstIndex(of: String(parts[1].prefix(3)).lowercased()),
      isMonthName(parts[1]), parts[2].allSatisfy(\.isNumber),
      parts[2].count == 2 || parts[2].count == 4, let year = Int(parts[2])
    else { return nil }
    return CivilDate(year: year < 100 ? 2000 + year : year, month: month + 1, day: day)
  }

  /// True for a short or full English month name, so `Octopus` is not October.
  private static func isMonthName(_ text: Substring) -> Bool {
    let full = [
      "january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december",
    ]
    let lower = text.lowercased()
    return months.contains(lower) || full.contains(lower) || lower == "sept"
  }
}
