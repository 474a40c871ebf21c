import Testing

@testable import FirstKCore

@Suite struct ProspectOutcomeTests {
  let ada = Prospect(
    id: 1, name: "Ada", contact: "ada@example.com", channel: .email, stage: .asked,
    askedOn: civil("2025-11-01"))
  let price = Money(minor: 4_900, currency: .usd)

  /// Ada's plan from 2025-11-01, the first sent, and someone else's follow-up.
  var followUps: [FollowUp] {
    var plan = FollowUpSchedule.make(
      prospectID: 1, askedOn: civil("2025-11-01"), messages: .playbook)
    plan[0].status = .sent
    plan[0].doneOn = civil("2025-11-03")
    let other = FollowUp(
      prospectID: 2, due: civil("2025-11-07"), step: 2, stepCount: 3, dayNumber: 7,
      message: "x")
    return plan + [other]
  }

  func skipped(_ followUp: FollowUp, on text: String) -> FollowUp {
    var done = followUp
    done.status = .skipped
    done.doneOn = civil(text)
    return done
  }

  @Test func sentMarksOnlyAPendingFollowUp() {
    let sent = ProspectOutcome.sent(followUps[1], on: civil("2025-11-08"))
    #expect(sent.status == .sent)
    #expect(sent.doneOn == civil("2025-11-08"))
    #expect(sent.due == civil("2025-11-07"))
    #expect(ProspectOutcome.sent(followUps[0], on: civil("2025-11-09")) == followUps[0])
  }

  @Test func repliedSkipsTheRestAndKeepsTheStage() {
    let change = ProspectOutcome.replied(ada, followUps: followUps, on: civil("2025-11-05"))
    var expected = ada
    expected.repliedOn = civil("2025-11-05")
    #expect(change.prospect == expected)
    #expect(change.followUps == [
      skipped(followUps[1], on: "2025-11-05"), skipped(followUps[2], on: "2025-11-05"),
    ])
    #expect(change.customer == nil)

    var ghost = ada
    ghost.stage = .ghosted
    #expect(ProspectOutcome.replied(ghost, followUps: [], on: civil("2025-11-20"))
      .prospect.stage == .asked)
    var fresh = ada
    fresh.stage = .toContact
    #expect(ProspectOutcome.replied(fresh, followUps: [], on: civil("2025-11-20"))
      .prospect.stage == .talked)
  }

  @Test func paidWinsAndMakesACustomer() {
    let change = ProspectOutcome.paid(
      ada, followUps: followUps, on: civil("2025-11-06"), amount: price)
    #expect(change.prospect.stage == .won)
    #expect(change.prospect.askedOn == civil("2025-11-01"))
    #expect(change.followUps.map(\.status) == [.skipped, .skipped])
    #expect(change.customer == Customer(
      name: "Ada", contact: "ada@example.com", amount: price, interval: .month,
      status: .active, started: civil("2025-11-06"), source: "prospect"))

    var walkIn = ada
    walkIn.askedOn = nil
    walkIn.stage = .toContact
    let sale = ProspectOutcome.paid(walkIn, followUps: [], on: civil("2025-11-06"), amount: price)
    #expect(sale.prospect.askedOn == civil("2025-11-06"))
  }

  @Test func objectionKeepsTheFollowUps() {
    let change = ProspectOutcome.objection(.expensive, note: "  over budget ", prospect: ada)
    #expect(change.prospect.objection == .expensive)
    #expect(change.prospect.objectionNote == "over budget")
    #expect(change.prospect.stage == .asked)
    #expect(change.followUps.isEmpty)
  }

  @Test func lostSkipsTheRest() {
    let change = ProspectOutcome.lost(ada, followUps: followUps, on: civil("2025-11-04"))
    #expect(change.prospect.stage == .lost)
    #expect(change.followUps == [
      skipped(followUps[1], on: "2025-11-04"), skipped(followUps[2], on: "2025-11-04"),
    ])
  }

  @Test func askingAgainSkipsTheOldPlan() {
    let change = ProspectOutcome.asked(
      ada, followUps: followUps, on: civil("2025-11-10"), cadence: .playbook,
      messages: .playbook)
    #expect(change.prospect.askedOn == civil("2025-11-10"))
    #expect(change.prospect.stage == .asked)
    #expect(change.followUps.map(\.status) == [.skipped, .skipped, .due, .due, .due])
    #expect(change.followUps.suffix(3).map(\.due) == [
      civil("2025-11-12"), civil("2025-11-16"), civil("2025-11-23"),
    ])
    var unsaved = ada
    unsaved.id = nil
    #expect(ProspectOutcome.asked(
      unsaved, followUps: followUps, on: civil("2025-11-10"), cadence: .playbook,
      messages: .playbook).followUps.isEmpty)
  }

  @Test func snoozeMovesLaterStepsToKeepTheOrder() {
    let today = civil("2025-11-05")
    let moved = ProspectOutcome.snoozed(followUps[1], by: 9, among: followUps, today: today)
    #expect(moved.map(\.step) == [2, 3])
    #expect(moved.map(\.due) == [civil("2025-11-16"), civil("2025-11-17")])

    let small = ProspectOutcome.snoozed(followUps[1], by: 2, among: followUps, today: today)
    #expect(small.map(\.due) == [civil("2025-11-09")])

    let late = civil("2025-11-10")
    let overdue = ProspectOutcome.snoozed(followUps[1], by: 1, among: followUps, today: late)
    #expect(overdue.map(\.due) == [civil("2025-11-11")])

    let back = ProspectOutcome.snoozed(followUps[2], by: -30, among: followUps, today: today)
    #expect(back.map(\.due) == [civil("2025-11-08")])
    let lone = ProspectOutcome.snoozed(followUps[3], by: -30, among: followUps, today: today)
    #expect(lone.map(\.due) == [today])
    #expect(ProspectOutcome.snoozed(followUps[0], by: 3, among: followUps, today: today).isEmpty)
  }

  @Test func ghostedAfterTheLastFollowUpPassesWithoutAReply() {
    let plan = followUps
    let prospects = [
      ada,
      Prospect(id: 3, name: "Replied", stage: .asked, askedOn: civil("2025-11-01"),
               repliedOn: civil("2025-11-02")),
      Prospect(id: 4, name: "Won", stage: .won, askedOn: civil("2025-11-01")),
      Prospect(id: 5, name: "Old reply", stage: .asked, askedOn: civil("2025-11-01"),
               repliedOn: civil("2025-10-20")),
    ]
    let others = [3, 4, 5].flatMap { id in
      FollowUpSchedule.make(prospectID: Int64(id), askedOn: civil("2025-11-01"),
                            messages: .playbook)
    }
    let all = plan + others
    #expect(GhostingRule.ghosted(prospects: prospects, followUps: all, on: civil("2025-11-14"))
      == [])
    #expect(GhostingRule.ghosted(prospects: prospects, followUps: all, on: civil("2025-11-15"))
      == [1, 5])
    var marked = prospects
    #expect(GhostingRule.mark(&marked, followUps: all, on: civil("2025-11-15")) == [0, 3])
    #expect(marked.map(\.stage) == [.ghosted, .asked, .won, .ghosted])
    #expect(marked.map(\.name) == prospects.map(\.name))

    var reasked = ada
    reasked.askedOn = civil("2025-11-10")
    let renewed = ProspectOutcome.asked(
      ada, followUps: plan, on: civil("2025-11-10"), cadence: .playbook, messages: .playbook)
    #expect(GhostingRule.ghosted(
      prospects: [reasked], followUps: renewed.followUps, on: civil("2025-11-15")) == [])
    #expect(GhostingRule.ghosted(
      prospects: [reasked], followUps: renewed.followUps, on: civil("2025-11-24")) == [1])
  }

  @Test func countersCountAsksAndSentFollowUps() {
    let prospects = [
      ada,
      Prospect(id: 2, name: "B", stage: .asked, askedOn: civil("2025-11-05")),
      Prospect(id: 3, name: "C", stage: .won, askedOn: civil("2025-11-05")),
      Prospect(id: 4, name: "D"),
    ]
    let counters = AskCounters(prospects: prospects, followUps: followUps,
                               today: civil("2025-11-05"))
    #expect(counters == AskCounters(asksToday: 2, totalAsks: 3, followUpsSent: 1))
  }
}
