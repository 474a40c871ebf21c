import FirstKCore

/// Draws a month: title, weekday names and day numbers, with the pending follow-ups
/// counted under each day, or marked beside it when there is no row to spare.
struct MonthGridView {
  /// Columns a day takes: `Mon` plus a space each side, or `Mo` plus one space.
  static let wideCell = 5
  static let compactCell = 3

  let grid: MonthGrid
  let cellWidth: Int
  let countRows: Bool
  let glyphs: Glyphs

  /// Columns of a day's number and count inside its cell, and where they start.
  private var contentWidth: Int { cellWidth == MonthGridView.wideCell ? 3 : 2 }
  private var contentOffset: Int { MonthGridView.contentOffset(cellWidth) }

  static func contentOffset(_ cellWidth: Int) -> Int { cellWidth == wideCell ? 1 : 0 }

  /// Columns from the left edge of Monday's number to the right edge of Sunday's.
  static func span(_ cellWidth: Int) -> Int {
    6 * cellWidth + (cellWidth == wideCell ? 3 : 2)
  }

  func draw(_ state: AppState, in rect: Rect, canvas: inout some Canvas) {
    guard !rect.isEmpty else { return }
    let title = TextWidth.truncate(grid.title, to: rect.width, ascii: glyphs.isASCII)
    let span = MonthGridView.span(cellWidth)
    let titleX = rect.x + max(0, contentOffset + (span - TextWidth.of(title)) / 2)
    canvas.draw(title, x: titleX, y: rect.y, style: Style(.title, bold: true), clip: rect)

    for (column, weekday) in grid.columnWeekdays.enumerated() {
      let name = String(CivilDate.weekdayNames[weekday].prefix(contentWidth))
      canvas.draw(
        name, x: cellX(rect, column), y: rect.y + 1, style: Style(.muted), clip: rect)
    }

    let counts = state.calendarIndex.pendingCounts(in: grid)
    let rowsPerWeek = countRows ? 2 : 1
    let first = firstWeekShown(state, rows: rect.height - 2, rowsPerWeek: rowsPerWeek)
    for (row, week) in grid.weeks.enumerated() where row >= first {
      let y = rect.y + 2 + (row - first) * rowsPerWeek
      for (column, cell) in week.enumerated() {
        guard let day = cell else { continue }
        let count = counts[day.day] ?? 0
        let style = dayStyle(day, count: count, state: state)
        let x = cellX(rect, column)
        canvas.draw(padded(String(day.day)), x: x, y: y, style: style, clip: rect)
        guard count > 0 else { continue }
        let countStyle = Style(style.slot == .overdue ? .overdue : .accent, bold: true)
        if countRows {
          canvas.draw(countLabel(count), x: x, y: y + 1, style: countStyle, clip: rect)
        } else {
          canvas.draw(glyphs.bullet, x: x + contentWidth, y: y, style: countStyle, clip: rect)
        }
      }
    }
  }

  /// The first week drawn: the month's first, unless the rows below the weekday names
  /// cannot hold the weeks up to the selected day's, which is then the last one shown.
  private func firstWeekShown(_ state: AppState, rows: Int, rowsPerWeek: Int) -> Int {
    let fits = max(1, rows / rowsPerWeek)
    let selected = grid.weeks.firstIndex { week in
      week.contains { $0 == state.calendar.selectedDay }
    } ?? 0
    return max(0, selected - fits + 1)
  }

  /// Today in its own slot, a past day with pending follow-ups as overdue, and the
  /// selected day reversed.
  private func dayStyle(_ day: CivilDate, count: Int, state: AppState) -> Style {
    var style = Style(.text)
    if day == state.today {
      style = Style(.today, bold: true)
    } else if day < state.today && count > 0 {
      style = Style(.overdue, bold: true)
    }
    style.reverse = day == state.calendar.selectedDay
    return style
  }

  /// `•3` for a few, the bare number when two digits are needed.
  private func countLabel(_ count: Int) -> String {
    padded(count < 10 ? glyphs.bullet + String(count) : String(min(count, 99)))
  }

  private func padded(_ text: String) -> String {
    String(repeating: " ", count: max(0, contentWidth - TextWidth.of(text))) + text
  }

  private func cellX(_ rect: Rect, _ column: Int) -> Int {
    rect.x + column * cellWidth + contentOffset
  }
}
