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

/// The agenda of one day, as positions in the state's arrays: counting it or showing a
/// screenful costs nothing per entry, and an entry becomes an `AgendaItem` only when read.
public struct DayAgenda: RandomAccessCollection, Sendable {
  struct Entry: Sendable {
    var prospect: Int
    var followUp: Int?
    var isOverdue: Bool
  }

  private let prospects: [Prospect]
  private let followUps: [FollowUp]
  private let entries: [Entry]

  init(prospects: [Prospect], followUps: [FollowUp], entries: [Entry]) {
    self.prospects = prospects
    self.followUps = followUps
    self.entries = entries
  }

  public var startIndex: Int { 0 }
  public var endIndex: Int { entries.count }

  public subscript(position: Int) -> AgendaItem {
    let entry = entries[position]
    return AgendaItem(
      prospect: prospects[entry.prospect], followUp: entry.followUp.map { followUps[$0] },
      isOverdue: entry.isOverdue)
  }

  /// Where the entry `mark` was taken from is now, if it is still on this agenda.
  func position(of mark: AgendaMark) -> Int? {
    entries.indices.first { index in
      let entry = entries[index]
      guard prospects[entry.prospect].id == mark.prospectID else { return false }
      guard let position = entry.followUp else { return mark.step == nil }
      let followUp = followUps[position]
      if let id = mark.followUpID, followUp.id != nil { return followUp.id == id }
      return followUp.step == mark.step
    }
  }
}

/// What tells an agenda entry apart across a reload: its prospect and follow-up. A
/// follow-up planned a moment ago has no id until saved, so its step stands in.
struct AgendaMark {
  var prospectID: Int64?
  var followUpID: Int64?
  var step: Int?

  init(_ item: AgendaItem) {
    prospectID = item.prospect.id
    followUpID = item.followUp?.id
    step = item.followUp?.step
  }
}

extension AppState {
  /// The agenda of the day selected in the calendar.
  public var agenda: DayAgenda { agenda(for: calendar.selectedDay) }

  /// What to do on `day`: on today, first the overdue follow-ups, oldest first; then the
  /// follow-ups due that day, pending before sent; on today, last the prospects still to
  /// be asked. Skipped follow-ups and follow-ups of unknown prospects are left out.
  public func agenda(for day: CivilDate) -> DayAgenda {
    let index = calendarIndex
    var entries: [DayAgenda.Entry] = []
    func add(_ position: Int, overdue: Bool) {
      guard let prospect = index.prospectPositions[followUps[position].prospectID] else {
        return
      }
      entries.append(DayAgenda.Entry(prospect: prospect, followUp: position, isOverdue: overdue))
    }
    if day == today {
      for position in index.overdue { add(position, overdue: true) }
    }
    let onDay = index.dueOn[day] ?? []
    for position in onDay where followUps[position].isPending {
      add(position, overdue: day < today)
    }
    for position in onDay where !followUps[position].isPending {
      add(position, overdue: false)
    }
    if day == today {
      for position in index.notAsked {
        entries.append(DayAgenda.Entry(prospect: position, followUp: nil, isOverdue: false))
      }
    }
    return DayAgenda(prospects: prospects, followUps: followUps, entries: entries)
  }

  /// The agenda item under the calendar's selection, if any.
  public var selectedAgendaItem: AgendaItem? {
    let items = agenda
    let index = calendar.agendaSelection
    return items.indices.contains(index) ? items[index] : nil
  }

  /// The header's counters of asks and follow-ups.
  public var askCounters: AskCounters { calendarIndex.askCounters }

  /// People talked to before building, and how many said they would pay.
  public var talkCounts: TalkCounts { calendarIndex.talkCounts }
}
