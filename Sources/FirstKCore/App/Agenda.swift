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
    var byID: [Int64: Prospect] = [:]
    for prospect in prospects {
      if let id = prospect.id { byID[id] = prospect }
    }
    var items: [AgendaItem] = []
    if day == today {
      let overdue = followUps.filter { $0.isPending && $0.due < today }
        .sorted { ($0.due, $0.step) < ($1.due, $1.step) }
      for followUp in overdue {
        guard let prospect = byID[followUp.prospectID] else { continue }
        items.append(AgendaItem(prospect: prospect, followUp: followUp, isOverdue: true))
      }
    }

    let onDay = followUps.filter { $0.due == day && $0.status != .skipped }
    for followUp in onDay.filter(\.isPending) + onDay.filter({ !$0.isPending }) {
      guard let prospect = byID[followUp.prospectID] else { continue }
      let overdue = followUp.isPending && day < today
      items.append(AgendaItem(prospect: prospect, followUp: followUp, isOverdue: overdue))
    }

    if day == today {
      for prospect in prospects where prospect.stage.isBeforeAsk {
        items.append(AgendaItem(prospect: prospect, followUp: nil))
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
  public var askCounters: AskCounters {
    AskCounters(prospects: prospects, followUps: followUps, today: today)
  }
}
