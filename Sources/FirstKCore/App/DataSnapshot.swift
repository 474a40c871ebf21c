/// Everything read from the database at once, so a reload replaces it in one step.
public struct DataSnapshot: Equatable, Sendable {
  public var profile: Profile
  public var customers: [Customer]
  public var prospects: [Prospect]
  public var followUps: [FollowUp]
  public var nextAction: String?
  public var cadence: FollowUpCadence

  public init(
    profile: Profile, customers: [Customer], prospects: [Prospect] = [],
    followUps: [FollowUp] = [], nextAction: String? = nil, cadence: FollowUpCadence = .playbook
  ) {
    self.cadence = cadence
    self.profile = profile
    self.customers = customers
    self.prospects = prospects
    self.followUps = followUps
    self.nextAction = nextAction
  }
}

extension DataSnapshot {
  /// Moves the prospects who ghosted as of `today` to stage ghosted, in memory only.
  ///
  /// Ghosting follows from the follow-up dates, so whatever reads prospects marks it;
  /// the dashboard does it here, before loading, where the arrays are not yet shared and
  /// change in place, and writing thousands of stages would stall the screen.
  public mutating func markGhosted(on today: CivilDate) {
    GhostingRule.mark(&prospects, followUps: followUps, on: today)
  }
}

extension AppState {
  /// Replaces the stored data with a fresh read, keeping selections within bounds and
  /// moving "you are here" if the numbers changed.
  mutating func load(_ snapshot: DataSnapshot) -> [Effect] {
    // The selections follow what they were on, wherever a change elsewhere moved it,
    // so a key pressed next acts on the record the user sees selected.
    let agendaMark = selectedAgendaItem.map(AgendaMark.init)
    let listMark: Int64?
    switch openList {
    case .customers: listMark = selectedCustomer?.id
    case .prospects: listMark = selectedProspect?.id
    case nil: listMark = nil
    }
    // Each of these rebuilds a derived value, so one left as it was is not set again.
    if profile != snapshot.profile { profile = snapshot.profile }
    if customers != snapshot.customers { customers = snapshot.customers }
    if prospects != snapshot.prospects { prospects = snapshot.prospects }
    if followUps != snapshot.followUps { followUps = snapshot.followUps }
    followUpCadence = snapshot.cadence
    playbook.nextAction = snapshot.nextAction
    if let id = listMark, let position = openList == .customers
      ? customers.firstIndex(where: { $0.id == id }) : prospects.firstIndex(where: { $0.id == id })
    {
      listSelection = position
    }
    listSelection = min(listSelection, max(0, listCount - 1))
    let shown = agenda
    if let agendaMark, let position = shown.position(of: agendaMark) {
      calendar.agendaSelection = position
    }
    calendar.agendaSelection = min(calendar.agendaSelection, max(0, shown.count - 1))
    return reducePlaybook(.factsChanged(PlaybookFacts(state: self)))
  }
}

extension PlaybookFacts {
  /// Everything the state knows: the profile, validation talks, asks, objections,
  /// ghosted prospects and the customers' MRR.
  public init(state: AppState) {
    self.init(profile: state.profile, today: state.today)
    let talks = state.talkCounts
    if talks.talkedTo > 0 {
      talkedTo = talks.talkedTo
      wouldPay = talks.wouldPay
    }
    asksTotal = state.askCounters.totalAsks
    ghosted = state.prospects.count { $0.stage == .ghosted }
    latestObjection = state.prospects.last { $0.objection != nil && $0.stage != .won }
      .flatMap { $0.objection.flatMap { Objection(rawValue: $0.rawValue) } }
    payingCustomers = state.mrr.report.payingCustomers
    mrr = state.mrr.report.mrr
  }
}
