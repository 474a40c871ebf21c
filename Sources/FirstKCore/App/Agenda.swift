/// One entry of a day's agenda: a follow-up to send, or a prospect still to be asked.
public struct AgendaItem: Equatable, Sendable {
  public var prospect: Prospect
  /// Nil for a prospect not asked yet.
  public var followUp: FollowUp?
  /// True for a pending follow-up due before today.
  public var isOverdue: Bool

  public init(prospect: Prospect, followUp: FollowUp?, isOverdue: Bool = false) {
    self.prospect = prospect
    self.followUp = followUp
    self.isOverdue = isOverdue
  }
}

extension AppState {
  /// The agenda of the day selected in the calendar.
  public var agenda: [AgendaItem] { agenda(for: calendar.selectedDay) }

  /// What to do on `day`: on today, first the overdue follow-ups, oldest first; then the
  /// follow-ups due that day, pending before sent; on today, last the prospects still to
  /// be asked. Skipped follow-ups and follow-ups of unknown prospects are left out.
  public func agenda(for day: CivilDate) -> [AgendaItem] {
    let index = calendarIndex
    func prospect(of followUp: FollowUp) -> Prospect? {
      index.prospectPositions[followUp.prospectID].map { prospects[$0] }
    }
    var items: [AgendaItem] = []
    if day == today {
      for position in index.overdue {
        let followUp = followUps[position]
        guard let prospect = prospect(of: followUp) else { continue }
        items.append(AgendaItem(prospect: prospect, followUp: followUp, isOverdue: true))
      }
    }

    let onDay = (index.dueOn[day] ?? []).map { followUps[$0] }
    for followUp in onDay.filter(\.isPending) + onDay.filter({ !$0.isPending }) {
      guard let prospect = prospect(of: followUp) else { continue }
      let overdue = followUp.isPending && day < today
      items.append(AgendaItem(prospect: prospect, followUp: followUp, isOverdue: overdue))
    }

    if day == today {
      for position in index.notAsked {
        items.append(AgendaItem(prospect: prospects[position], followUp: nil))
      }
    }
    return items
  }

  /// The agenda item under the calendar's selection, if any.
  public var selectedAgendaItem: AgendaItem? {
    let items = agenda
    let index = calendar.agendaSelection
    return items.indices.contains(index) ? items[index] : nil
  }

  /// The header's counters of asks and follow-ups.
  public var askCounters: AskCounters { calendarIndex.askCounters }
}
