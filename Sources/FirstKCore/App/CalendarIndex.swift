/// The follow-ups arranged by day, with the header's counters, derived from the prospects,
/// the follow-ups and today once per change.
///
/// Drawing a frame and moving through the calendar then read a day or a month of it
/// instead of every follow-up, which keeps a key press cheap with tens of thousands of
/// follow-ups. It holds positions in `AppState.prospects` and `AppState.followUps`, so it
/// is rebuilt whenever either changes.
public struct CalendarIndex: Equatable, Sendable {
  /// Where each prospect id sits in the prospects; the last one wins if an id repeats.
  var prospectPositions: [Int64: Int] = [:]
  /// Positions of the follow-ups due each day, skipped ones left out, in stored order.
  var dueOn: [CivilDate: [Int]] = [:]
  /// Positions of the pending follow-ups due before today, by due day and step.
  var overdue: [Int] = []
  /// Positions of the prospects not asked yet, in stored order.
  var notAsked: [Int] = []
  /// Pending follow-ups on each day that has any.
  var pendingCounts: [CivilDate: Int] = [:]
  /// The days that have pending follow-ups, earliest first.
  var pendingDays: [CivilDate] = []
  /// The header's counters of asks and follow-ups.
  public private(set) var askCounters = AskCounters(asksToday: 0, totalAsks: 0, followUpsSent: 0)

  /// An index of nothing, for a state with no prospects.
  public init() {}

  /// Indexes `prospects` and `followUps` as of `today`.
  public init(prospects: [Prospect], followUps: [FollowUp], today: CivilDate) {
    for (position, prospect) in prospects.enumerated() {
      if let id = prospect.id { prospectPositions[id] = position }
      if prospect.stage.isBeforeAsk { notAsked.append(position) }
    }
    for (position, followUp) in followUps.enumerated() where followUp.status != .skipped {
      dueOn[followUp.due, default: []].append(position)
      guard followUp.isPending else { continue }
      pendingCounts[followUp.due, default: 0] += 1
      if followUp.due < today { overdue.append(position) }
    }
    overdue.sort { left, right in
      (followUps[left].due, followUps[left].step) < (followUps[right].due, followUps[right].step)
    }
    pendingDays = pendingCounts.keys.sorted()
    askCounters = AskCounters(prospects: prospects, followUps: followUps, today: today)
  }

  /// Pending follow-ups per day of the month `grid` shows; days without any are absent.
  /// The same as `grid.pendingCounts(followUps)`, read from the index.
  public func pendingCounts(in grid: MonthGrid) -> [Int: Int] {
    var counts: [Int: Int] = [:]
    for offset in 0..<grid.first.daysInMonth {
      if let count = pendingCounts[grid.first.adding(days: offset)] {
        counts[offset + 1] = count
      }
    }
    return counts
  }

  /// The first day after `day` with pending follow-ups, and how many are due then.
  public func nextPending(after day: CivilDate) -> (day: CivilDate, count: Int)? {
    var low = 0
    var high = pendingDays.count
    while low < high {
      let middle = (low + high) / 2
      if pendingDays[middle] <= day { low = middle + 1 } else { high = middle }
    }
    guard low < pendingDays.count else { return nil }
    let next = pendingDays[low]
    return (next, pendingCounts[next] ?? 0)
  }
}
