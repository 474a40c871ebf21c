extension CivilDate {
  /// "Fri 7 Nov": short enough for a status line or a narrow agenda.
  public var shortLabel: String {
    let weekdayName = CivilDate.weekdayNames[weekday].prefix(3)
    return "\(weekdayName) \(day) \(CivilDate.monthNames[month - 1].prefix(3))"
  }

  /// "Friday 7 November 2025": the heading of a day's agenda.
  public var longLabel: String {
    "\(CivilDate.weekdayNames[weekday]) \(day) \(CivilDate.monthNames[month - 1]) \(year)"
  }
}
