import Testing

@testable import FirstKCore

/// The calendar index must give exactly what scanning every follow-up gave: the same
/// agenda, month counts, next day and counters, and stay right as the state changes.
@Suite struct CalendarIndexTests {
  static let today = civil("2025-11-05")

  /// A few hundred prospects and follow-ups spread over three months, with every
  /// status, repeated asks, prospects not asked yet and follow-ups of unknown prospects.
  static func sample() -> AppState {
    var state = AppState(today: today)
    var seed: UInt64 = 7
    func next(_ bound: Int) -> Int {
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((seed >> 33) % UInt64(bound))
    }
    let stages: [ProspectStage] = [.toContact, .talked, .asked, .asked, .won, .lost, .ghosted]
    var prospects: [Prospect] = []
    var followUps: [FollowUp] = []
    for id in 1...300 {
      let asked = today.adding(days: next(90) - 60)
      let stage = stages[next(stages.count)]
      prospects.append(Prospect(
        id: Int64(id), name: "P\(id)", stage: stage,
        askedOn: stage.isBeforeAsk ? (next(4) == 0 ? today : nil) : asked,
        wouldPay: [nil, true, false][next(3)], talkedOn: next(3) == 0 ? asked : nil))
      guard !stage.isBeforeAsk else { continue }
      for step in 1...3 {
        let status: FollowUpStatus = [.due, .due, .sent, .skipped][next(4)]
        followUps.append(FollowUp(
          id: Int64(followUps.count + 1), prospectID: Int64(next(20) == 0 ? 999 : id),
          due: asked.adding(days: [2, 6, 13][step - 1]), step: step, stepCount: 3,
          dayNumber: [3, 7, 14][step - 1], status: status, message: "step \(step)"))
      }
    }
    state.prospects = prospects
    state.followUps = followUps
    return state
  }

  /// The agenda as it was computed before the index: by scanning every follow-up.
  static func scannedAgenda(_ state: AppState, on day: CivilDate) -> [AgendaItem] {
    var byID: [Int64: Prospect] = [:]
    for prospect in state.prospects {
      if let id = prospect.id { byID[id] = prospect }
    }
    var items: [AgendaItem] = []
    if day == state.today {
      let overdue = state.followUps.enumerated()
        .filter { $0.element.isPending && $0.element.due < state.today }
        .sorted { ($0.element.due, $0.offset) < ($1.element.due, $1.offset) }.map(\.element)
      for followUp in overdue {
        guard let prospect = byID[followUp.prospectID] else { continue }
        items.append(AgendaItem(prospect: prospect, followUp: followUp, isOverdue: true))
      }
    }
    let onDay = state.followUps.filter { $0.due == day && $0.status != .skipped }
    for followUp in onDay.filter(\.isPending) + onDay.filter({ !$0.isPending }) {
      guard let prospect = byID[followUp.prospectID] else { continue }
      let overdue = followUp.isPending && day < state.today
      items.append(AgendaItem(prospect: prospect, followUp: followUp, isOverdue: overdue))
    }
    if day == state.today {
      for prospect in state.prospects where prospect.stage.isBeforeAsk {
        items.append(AgendaItem(prospect: prospect, followUp: nil))
      }
    }
    return items
  }

  /// Checks every derived figure of `state` against a scan of its arrays.
  static func expectMatchesScan(_ state: AppState) {
    for offset in -75...45 {
      let day = state.today.adding(days: offset)
      #expect(Array(state.agenda(for: day)) == scannedAgenda(state, on: day), "agenda of \(day)")
      let upcoming = state.followUps.filter { $0.isPending && $0.due > day }.map(\.due)
      let next = state.calendarIndex.nextPending(after: day)
      #expect(next?.day == upcoming.min(), "next day after \(day)")
      #expect(next?.count == upcoming.min().map { first in upcoming.count { $0 == first } })
    }
    for months in -3...2 {
      let grid = MonthGrid(month: state.today.adding(months: months), firstWeekday: 1)
      #expect(state.calendarIndex.pendingCounts(in: grid) == grid.pendingCounts(state.followUps))
    }
    #expect(state.askCounters == AskCounters(
      prospects: state.prospects, followUps: state.followUps, today: state.today))
    #expect(state.talkCounts == TalkCounts(
      talkedTo: state.prospects.count { $0.talkedOn != nil || $0.wouldPay != nil },
      wouldPay: state.prospects.count { $0.wouldPay == true }))
  }

  @Test func matchesAScanOfEveryFollowUp() {
    let state = Self.sample()
    #expect(state.agenda.count > 20)
    #expect(state.agenda.contains { $0.isOverdue })
    Self.expectMatchesScan(state)
  }

  @Test func followsChangesToTheArraysAndToday() {
    var state = Self.sample()
    state.followUps[3].status = .sent
    state.followUps[4].due = Self.today
    state.followUps.removeLast(5)
    state.prospects[0].stage = .toContact
    state.prospects.remove(at: 7)
    Self.expectMatchesScan(state)

    state.today = Self.today.adding(days: 10)
    Self.expectMatchesScan(state)

    _ = state.markGhosted()
    #expect(state.prospects.contains { $0.stage == .ghosted })
    Self.expectMatchesScan(state)
  }

  @Test func aReloadLeavesEqualArraysAndRebuildsChangedOnes() {
    var state = Self.sample()
    var snapshot = DataSnapshot(
      profile: state.profile, customers: [], prospects: state.prospects,
      followUps: state.followUps)
    snapshot.followUps[0].status = .sent
    _ = reduce(&state, .dataReloaded(snapshot))
    #expect(state.followUps == snapshot.followUps)
    Self.expectMatchesScan(state)
  }
}
