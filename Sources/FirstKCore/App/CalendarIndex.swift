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
  /// Positions of the prospects not asked yet, in stored order.
  var notAsked: [Int] = []
  /// Positions of the follow-ups due each day, skipped ones left out, in stored order.
  var dueOn: [CivilDate: [Int]] = [:]
  /// Positions of the pending follow-ups due before today, by due day, then as stored.
  var overdue: [Int] = []
  /// Pending follow-ups on each day that has any.
  var pendingCounts: [CivilDate: Int] = [:]
  /// The days that have pending follow-ups, earliest first.
  var pendingDays: [CivilDate] = []
  private var asksToday = 0
  private var totalAsks = 0
  private var followUpsSent = 0
  private var talkedTo = 0
  private var wouldPay = 0

  /// An index of nothing, for a state with no prospects.
  public init() {}

  /// Indexes `prospects` and `followUps` as of `today`.
  public init(prospects: [Prospect], followUps: [FollowUp], today: CivilDate) {
    index(prospects: prospects, today: today)
    index(followUps: followUps, today: today)
  }

  /// The header's counters of asks and follow-ups.
  public var askCounters: AskCounters {
    AskCounters(asksToday: asksToday, totalAsks: totalAsks, followUpsSent: followUpsSent)
  }

  /// Section A's counts: prospects with a validation talk or an answer to "would you
  /// pay?", and those whose answer was yes.
  public var talkCounts: TalkCounts { TalkCounts(talkedTo: talkedTo, wouldPay: wouldPay) }

  /// Replaces what is indexed about the prospects, keeping the follow-ups' part; so a
  /// change to one array costs only its own part.
  ///
  /// Fields are read through the arrays here rather than by copying each element, which
  /// would retain and release every string in it.
  public mutating func index(prospects: [Prospect], today: CivilDate) {
    prospectPositions = [:]
    prospectPositions.reserveCapacity(prospects.count)
    notAsked = []
    asksToday = 0
    totalAsks = 0
    talkedTo = 0
    wouldPay = 0
    for position in prospects.indices {
      if let id = prospects[position].id { prospectPositions[id] = position }
      if prospects[position].stage.isBeforeAsk { notAsked.append(position) }
      if prospects[position].hasTalked { talkedTo += 1 }
      if prospects[position].wouldPay == true { wouldPay += 1 }
      guard let asked = prospects[position].askedOn else { continue }
      totalAsks += 1
      if asked == today { asksToday += 1 }
    }
  }

  /// Replaces what is indexed about the follow-ups, keeping the prospects' part.
  public mutating func index(followUps: [FollowUp], today: CivilDate) {
    dueOn = [:]
    overdue = []
    pendingCounts = [:]
    followUpsSent = 0
    for position in followUps.indices where followUps[position].status != .skipped {
      let due = followUps[position].due
      dueOn[due, default: []].append(position)
      guard followUps[position].isPending else {
        followUpsSent += 1
        continue
      }
      pendingCounts[due, default: 0] += 1
      if due < today { overdue.append(position) }
    }
    // By day; on one day in stored order, which is by prospect and step.
    overdue.sort { left, right in (followUps[left].due, left) < (followUps[right].due, right) }
    pendingDays = pendingCounts.keys.sorted()
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

  /// The last day with pending follow-ups, and how many are due then.
  public var lastPending: (day: CivilDate, count: Int)? {
    pendingDays.last.map { ($0, pendingCounts[$0] ?? 0) }
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
