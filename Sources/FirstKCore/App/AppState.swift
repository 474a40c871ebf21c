/// The three panes of the dashboard, in focus order.
public enum PaneID: Int, CaseIterable, Hashable, Sendable {
  case playbook
  case gauge
  case followUps

  public var title: String {
    switch self {
    case .playbook: return "Playbook"
    case .gauge: return "MRR"
    case .followUps: return "Follow-ups"
    }
  }
}

/// A message on the status line; errors stay until the next key.
public struct StatusMessage: Equatable, Sendable {
  public enum Kind: Equatable, Sendable { case info, error }
  public var text: String
  public var kind: Kind

  public init(_ text: String, kind: Kind = .info) {
    self.text = text
    self.kind = kind
  }
}

/// Everything the dashboard shows; the panes are drawn from this alone.
public struct AppState: Equatable, Sendable {
  public var today: CivilDate {
    didSet {
      refreshMRR()
      calendarIndex = CalendarIndex(prospects: prospects, followUps: followUps, today: today)
    }
  }
  public var focus: PaneID = .playbook
  public var showingHelp = false
  public var helpScroll = 0
  public var status: StatusMessage?
  /// A menu or form waiting for the user's answer.
  public var prompt: Prompt?
  /// The list of records open over its pane, if any.
  public var openList: RecordList?
  public var listSelection = 0
  /// What the last delete removed, for undo.
  public var lastDeleted: DeletedRecord?
  public var playbook = PlaybookState()
  public var gauge = GaugeState()
  /// The user's product and goal, as last read from the database.
  public var profile = Profile() {
    didSet { refreshMRR() }
  }
  /// Every customer, as last read from the database.
  public var customers: [Customer] = [] {
    didSet { refreshMRR() }
  }
  /// Derived from `customers`, `profile` and `today`; recomputed when any of them is set.
  public private(set) var mrr: MRRFigures
  /// Every prospect, as last read from the database.
  public var prospects: [Prospect] = [] {
    didSet { calendarIndex.index(prospects: prospects, today: today) }
  }
  /// Every follow-up of every prospect still to send or sent, as last read from the
  /// database; skipped ones are neither shown nor counted, so the dashboard leaves them
  /// out when it reads.
  public var followUps: [FollowUp] = [] {
    didSet { calendarIndex.index(followUps: followUps, today: today) }
  }
  /// Derived from `prospects`, `followUps` and `today`; each array's part is rebuilt when
  /// it is set, so change them in one assignment rather than element by element.
  public private(set) var calendarIndex = CalendarIndex()
  /// The days on which a new ask plans its follow-ups.
  public var followUpCadence = FollowUpCadence.playbook
  /// The day and agenda entry selected in the Follow-ups pane.
  public var calendar: CalendarState

  public init(today: CivilDate) {
    self.today = today
    calendar = CalendarState(selectedDay: today)
    mrr = MRRFigures(customers: [], profile: Profile(), on: today)
  }

  private mutating func refreshMRR() {
    mrr = MRRFigures(customers: customers, profile: profile, on: today)
  }
}
