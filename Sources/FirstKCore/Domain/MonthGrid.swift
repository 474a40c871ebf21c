/// A month laid out as calendar weeks, so every pane and export agrees on where a day sits.
public struct MonthGrid: Equatable, Sendable {
  /// The first day of the month shown.
  public let first: CivilDate
  /// The weekday of the first column: 0 = Sunday, 1 = Monday, ... 6 = Saturday.
  public let firstWeekday: Int
  /// Rows of seven cells; nil for a cell outside the month.
  public let weeks: [[CivilDate?]]

  /// The grid of the month that holds `month`, any day of it.
  public init(month: CivilDate, firstWeekday: Int) {
    let first = month.firstOfMonth
    let start = ((firstWeekday % 7) + 7) % 7
    let lead = (first.weekday - start + 7) % 7
    let cells = (lead + first.daysInMonth + 6) / 7 * 7
    self.first = first
    self.firstWeekday = start
    weeks = (0..<cells / 7).map { row in
      (0..<7).map { column in
        let offset = row * 7 + column - lead
        return (0..<first.daysInMonth).contains(offset) ? first.adding(days: offset) : nil
      }
    }
  }

  /// "November 2025".
  public var title: String {
    "\(CivilDate.monthNames[first.month - 1]) \(first.year)"
  }

  /// The weekday of each column, 0 = Sunday.
  public var columnWeekdays: [Int] {
    (0..<7).map { (firstWeekday + $0) % 7 }
  }

  /// The row and column of `day`, or nil when it is in another month.
  public func position(of day: CivilDate) -> (row: Int, column: Int)? {
    guard day.year == first.year, day.month == first.month else { return nil }
    let lead = (first.weekday - firstWeekday + 7) % 7
    let index = lead + day.day - 1
    return (index / 7, index % 7)
  }

  /// Pending follow-ups per day of this month; days without any are absent.
  public func pendingCounts(_ followUps: [FollowUp]) -> [Int: Int] {
    var counts: [Int: Int] = [:]
    for followUp in followUps where followUp.isPending {
      let due = followUp.due
      if due.year == first.year && due.month == first.month {
        counts[due.day, default: 0] += 1
      }
    }
    return counts
  }
}
