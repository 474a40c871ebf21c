/// Where the reader is in the Follow-ups pane: a day of the month and an agenda entry.
public struct CalendarState: Equatable, Sendable {
  /// The day whose agenda is shown; its month is the month shown.
  public var selectedDay: CivilDate
  /// The index of the selected entry in the selected day's agenda.
  public var agendaSelection = 0

  public init(selectedDay: CivilDate) {
    self.selectedDay = selectedDay
  }
}

/// Keys of the Follow-ups pane: moving through the month and the agenda, and recording
/// what happened with the selected prospect.
public enum CalendarAction: Equatable, Sendable {
  case dayLeftPressed
  case dayRightPressed
  case weekUpPressed
  case weekDownPressed
  case monthPreviousPressed
  case monthNextPressed
  case todayPressed
  case agendaUpPressed
  case agendaDownPressed
  case sentPressed
  case repliedPressed
  case paidPressed
  case lostPressed
  case objectionChosen(ObjectionKind, note: String)
  case snoozePressed(days: Int)
  case askPressed
  /// Asks which objection the prospect gave.
  case objectionMenuPressed
  /// Asks how many days to move the follow-up by.
  case snoozeMenuPressed
}

extension AppState {
  mutating func reduceCalendar(_ action: CalendarAction) -> [Effect] {
    switch action {
    case .dayLeftPressed:
      select(calendar.selectedDay.adding(days: -1))
    case .dayRightPressed:
      select(calendar.selectedDay.adding(days: 1))
    case .weekUpPressed:
      select(calendar.selectedDay.adding(days: -7))
    case .weekDownPressed:
      select(calendar.selectedDay.adding(days: 7))
    case .monthPreviousPressed:
      select(calendar.selectedDay.adding(months: -1))
    case .monthNextPressed:
      select(calendar.selectedDay.adding(months: 1))
    case .todayPressed:
      select(today)
    case .agendaUpPressed:
      calendar.agendaSelection = max(0, calendar.agendaSelection - 1)
    case .agendaDownPressed:
      calendar.agendaSelection = min(calendar.agendaSelection + 1, max(0, agenda.count - 1))
    case .objectionMenuPressed:
      guard let item = selectedAgendaItem else { return nothingToRecord() }
      let name = TextPreview.short(item.prospect.name)
      prompt = .menu(Menu(title: "\(name): what was the objection?", options: [
        MenuOption("e", "too expensive", .calendar(.objectionChosen(.expensive, note: ""))),
        MenuOption("f", "doesn't solve my problem", .calendar(.objectionChosen(.fit, note: ""))),
        MenuOption("t", "need to think about it", .calendar(.objectionChosen(.think, note: ""))),
        MenuOption("r", "don't trust it", .calendar(.objectionChosen(.trust, note: ""))),
        MenuOption("o", "other...", .records(.objectionNotePressed)),
      ]))
    case .snoozeMenuPressed:
      guard let item = selectedAgendaItem else { return nothingToRecord() }
      guard let followUp = item.followUp, followUp.isPending else {
        status = StatusMessage(Self.onlyPendingMoves, kind: .error)
        return []
      }
      let name = TextPreview.short(item.prospect.name)
      prompt = .menu(Menu(title: "Snooze \(followUp.stepLabel) to \(name) by", options: [
        MenuOption("1", "1 day", .calendar(.snoozePressed(days: 1))),
        MenuOption("3", "3 days", .calendar(.snoozePressed(days: 3))),
        MenuOption("7", "a week", .calendar(.snoozePressed(days: 7))),
      ]))
    case .sentPressed, .repliedPressed, .paidPressed, .lostPressed, .objectionChosen,
      .snoozePressed, .askPressed:
      guard let item = selectedAgendaItem else { return nothingToRecord() }
      let effects = record(action, for: item)
      clampAgendaSelection()
      return effects
    }
    return []
  }

  /// Says that an outcome key needs a selected agenda entry.
  private mutating func nothingToRecord() -> [Effect] {
    status = StatusMessage(
      "No follow-up or prospect is selected: choose a day with something on its agenda.",
      kind: .error)
    return []
  }

  /// Follows the date when the selection was on the old today, and marks the prospects
  /// who ghosted as of the new day.
  mutating func calendarDayChanged(from previous: CivilDate) -> [Effect] {
    if calendar.selectedDay == previous { select(today) }
    return markGhosted()
  }

  /// Moves every prospect that ghosted as of today to stage ghosted and returns the
  /// effects that save them.
  public mutating func markGhosted() -> [Effect] {
    var marked = prospects
    prospects = []  // leaves `marked` the only reference, so it changes in place
    let positions = GhostingRule.mark(&marked, followUps: followUps, on: today)
    prospects = marked
    return positions.map { .saveProspect(prospects[$0]) }
  }

  /// Sends the playbook to the advice for `kind`; "other" has no advice of its own, so
  /// it opens the list of objections.
  public mutating func openObjection(_ kind: ObjectionKind) {
    focus = .playbook
    if let objection = Objection(rawValue: kind.rawValue) {
      _ = reducePlaybook(.objectionOpened(objection))
    } else if let path = Playbook.path(to: Objection.expensive.nodeID) {
      playbook.show(Array(path.dropLast()))
    }
  }

  private mutating func select(_ day: CivilDate) {
    calendar.selectedDay = day
    calendar.agendaSelection = 0
  }

  mutating func clampAgendaSelection() {
    calendar.agendaSelection = min(calendar.agendaSelection, max(0, agenda.count - 1))
  }
}
