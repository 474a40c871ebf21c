import FirstKCore

/// The Follow-ups pane: the selected day's month with follow-ups counted per day, and
/// that day's agenda below the month, or beside it when the pane is wide and short.
public enum FollowUpsPane {
  /// Draws inside `rect`; the caller has drawn the border.
  public static func draw(
    _ state: AppState, in rect: Rect, glyphs: Glyphs, canvas: inout some Canvas
  ) {
    guard !rect.isEmpty else { return }
    let grid = MonthGrid(
      month: state.calendar.selectedDay, firstWeekday: state.profile.firstWeekday)
    let layout = FollowUpsLayout(rect: rect, weeks: grid.weeks.count)
    let view = MonthGridView(
      grid: grid, cellWidth: layout.cellWidth, countRows: layout.countRows, glyphs: glyphs)
    view.draw(state, in: layout.grid, canvas: &canvas)
    AgendaView.draw(state, in: layout.agenda, glyphs: glyphs, canvas: &canvas)
  }
}

/// Where the month and the agenda go in a rectangle of a given size.
struct FollowUpsLayout {
  /// Wide cells take this many columns.
  static let wideGridWidth = 7 * MonthGridView.wideCell
  /// Panes narrower than this, such as a 38-column tmux side pane, get compact cells and
  /// keep their width for the agenda's messages.
  static let wideMinimumWidth = 44
  /// The agenda goes beside the month only when it gets at least this many columns.
  static let besideAgendaWidth = 28
  /// Below the month, the agenda should keep at least this many rows.
  static let agendaMinimumRows = 6

  let cellWidth: Int
  let countRows: Bool
  let grid: Rect
  let agenda: Rect

  init(rect: Rect, weeks: Int) {
    let wide = rect.width >= FollowUpsLayout.wideMinimumWidth
    cellWidth = wide ? MonthGridView.wideCell : MonthGridView.compactCell
    let gridWidth = 7 * cellWidth
    let tallRows = 2 + 2 * weeks
    let shortRows = 2 + weeks
    let besideWidth = FollowUpsLayout.wideGridWidth + 2 + FollowUpsLayout.besideAgendaWidth
    let roomBelow = rect.height - tallRows - 1

    if roomBelow < FollowUpsLayout.agendaMinimumRows && rect.width >= besideWidth {
      countRows = rect.height >= tallRows
      let (left, right) = rect.splitLeft(gridWidth + 2)
      grid = Rect(x: left.x, y: left.y, width: gridWidth, height: left.height)
      agenda = right
      return
    }
    countRows = roomBelow >= FollowUpsLayout.agendaMinimumRows
    var rows = countRows ? tallRows : shortRows
    // A pane too short for the whole month keeps the selected week (the grid scrolls to
    // it) and gives the agenda its heading and an entry.
    let agendaRoom = 2
    if rect.height - rows - 1 < agendaRoom {
      rows = max(3, rect.height - 1 - agendaRoom)
    }
    let (top, rest) = rect.splitTop(rows)
    let span = MonthGridView.span(cellWidth)
    let offset = max(0, (rect.width - span) / 2 - MonthGridView.contentOffset(cellWidth))
    grid = Rect(x: top.x + offset, y: top.y, width: min(gridWidth, top.width), height: top.height)
    agenda = rest.height > agendaRoom ? rest.splitTop(1).1 : rest
  }
}
