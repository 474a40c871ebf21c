import Testing

@testable import FirstKCore

@Suite struct CalendarReducerTests {
  static let price = Money(minor: 4_900, currency: .usd)

  /// Today 2025-11-05: Ada asked on 11-01 (day 3 overdue), Cy asked on 10-29 (day 3
  /// sent, day 7 overdue), Bob not asked yet.
  static func start() -> AppState {
    var state = AppState(today: civil("2025-11-05"))
    state.profile = Profile(productName: "Invoicer", problem: "late invoices", listPrice: price)
    state.prospects = [
      Prospect(id: 1, name: "Ada Lovelace", contact: "ada@example.com", channel: .email,
               stage: .asked, askedOn: civil("2025-11-01")),
      Prospect(id: 2, name: "Bob", channel: .dm),
      Prospect(id: 3, name: "Cy", stage: .asked, askedOn: civil("2025-10-29")),
    ]
    let messages = FollowUpMessages.playbook.filled(with: state.profile)
    var ada = FollowUpSchedule.make(prospectID: 1, askedOn: civil("2025-11-01"),
                                    messages: messages)
    var cy = FollowUpSchedule.make(prospectID: 3, askedOn: civil("2025-10-29"),
                                   messages: messages)
    for index in 0..<3 {
      ada[index].id = Int64(11 + index)
      cy[index].id = Int64(21 + index)
    }
    cy[0].status = .sent
    cy[0].doneOn = civil("2025-10-31")
    state.followUps = ada + cy
    return state
  }

  func sending(_ action: CalendarAction, to state: inout AppState) -> [Effect] {
    reduce(&state, .calendar(action))
  }

  @Test func todaysAgendaPutsOverdueFirstThenProspectsToAsk() {
    let state = Self.start()
    #expect(Array(state.agenda) == [
      AgendaItem(prospect: state.prospects[0], followUp: state.followUps[0], isOverdue: true),
      AgendaItem(prospect: state.prospects[2], followUp: state.followUps[4], isOverdue: true),
      AgendaItem(prospect: state.prospects[1], followUp: nil),
    ])
    #expect(state.agenda(for: civil("2025-11-07")).map(\.followUp?.id) == [12])
    #expect(state.agenda(for: civil("2025-10-31")).map(\.followUp?.id) == [21])
    #expect(state.agenda(for: civil("2025-11-04")).map(\.isOverdue) == [true])
    #expect(state.askCounters == AskCounters(asksToday: 0, totalAsks: 2, followUpsSent: 1))
  }

  @Test func movingThroughTheMonth() {
    var state = Self.start()
    state.calendar.agendaSelection = 2
    #expect(sending(.dayRightPressed, to: &state) == [])
    #expect(state.calendar == CalendarState(selectedDay: civil("2025-11-06")))
    _ = sending(.weekDownPressed, to: &state)
    #expect(state.calendar.selectedDay == civil("2025-11-13"))
    _ = sending(.weekUpPressed, to: &state)
    _ = sending(.dayLeftPressed, to: &state)
    #expect(state.calendar.selectedDay == civil("2025-11-05"))
    state.calendar.selectedDay = civil("2026-01-31")
    _ = sending(.monthNextPressed, to: &state)
    #expect(state.calendar.selectedDay == civil("2026-02-28"))
    _ = sending(.monthPreviousPressed, to: &state)
    _ = sending(.monthPreviousPressed, to: &state)
    #expect(state.calendar.selectedDay == civil("2025-12-28"))
    _ = sending(.todayPressed, to: &state)
    #expect(state.calendar.selectedDay == civil("2025-11-05"))
  }

  @Test func agendaSelectionStaysOnTheAgenda() {
    var state = Self.start()
    for _ in 0..<5 { _ = sending(.agendaDownPressed, to: &state) }
    #expect(state.calendar.agendaSelection == 2)
    #expect(state.selectedAgendaItem?.prospect.name == "Bob")
    for _ in 0..<5 { _ = sending(.agendaUpPressed, to: &state) }
    #expect(state.calendar.agendaSelection == 0)
  }

  @Test func sentMarksTheSelectedFollowUp() {
    var state = Self.start()
    let effects = sending(.sentPressed, to: &state)
    var expected = Self.start()
    expected.followUps[0].status = .sent
    expected.followUps[0].doneOn = civil("2025-11-05")
    expected.status = StatusMessage("Sent: follow-up 1 of 3 to Ada Lovelace.")
    #expect(state == expected)
    #expect(effects == [.saveFollowUp(expected.followUps[0])])
    #expect(state.agenda.map(\.prospect.name) == ["Cy", "Bob"])
  }

  @Test func paidMakesACustomerAtTheListPrice() {
    var state = Self.start()
    let effects = sending(.paidPressed, to: &state)
    let customer = Customer(
      name: "Ada Lovelace", contact: "ada@example.com", amount: Self.price, interval: .month,
      intervalCount: 1, quantity: 1, status: .active, started: civil("2025-11-05"),
      source: "prospect")
    var expected = Self.start()
    expected.prospects[0].stage = .won
    for index in 0..<3 {
      expected.followUps[index].status = .skipped
      expected.followUps[index].doneOn = civil("2025-11-05")
    }
    expected.customers = [customer]
    expected.status = StatusMessage("Ada Lovelace paid $49.00 a month: a new customer.")
    #expect(state == expected)
    #expect(effects == [
      .saveProspect(expected.prospects[0]), .saveFollowUp(expected.followUps[0]),
      .saveFollowUp(expected.followUps[1]), .saveFollowUp(expected.followUps[2]),
      .saveCustomer(customer),
    ])
    #expect(state.customers.map(\.amount.minor) == [4_900])

    #expect(state.agenda.map(\.prospect.name) == ["Cy", "Bob"])
  }

  @Test func aCustomerCannotPayTwice() {
    var state = Self.start()
    state.prospects[2].stage = .won
    state.calendar.selectedDay = civil("2025-10-31")
    #expect(state.selectedAgendaItem?.followUp?.id == 21)
    #expect(sending(.paidPressed, to: &state) == [])
    #expect(state.status == StatusMessage("Cy is already a customer.", kind: .error))
    #expect(state.customers.isEmpty)
  }

  @Test func paidWithoutAListPriceRecordsNothing() {
    var state = Self.start()
    state.profile.listPrice = nil
    let before = state
    #expect(sending(.paidPressed, to: &state) == [])
    var expected = before
    expected.status = StatusMessage(
      "No list price is set, so the sale was not recorded: set your monthly price in the "
        + "profile, then record it again.", kind: .error)
    #expect(state == expected)
  }

  @Test func objectionOpensThePlaybook() {
    var state = Self.start()
    state.focus = .followUps
    state.calendar.agendaSelection = 1
    let effects = sending(.objectionChosen(.think, note: "after the holidays"), to: &state)
    var expected = Self.start()
    expected.calendar.agendaSelection = 1
    expected.prospects[2].objection = .think
    expected.prospects[2].objectionNote = "after the holidays"
    expected.focus = .playbook
    expected.playbook.path = [3, 1, 2]
    expected.status = StatusMessage("Cy: \"Need to think about it\". See the playbook's advice.")
    #expect(state == expected)
    #expect(state.playbook.current.id == Objection.think.nodeID)
    #expect(effects == [.saveProspect(expected.prospects[2])])
  }

  @Test func askPlansTheFollowUps() {
    var state = Self.start()
    state.calendar.agendaSelection = 2
    let effects = sending(.askPressed, to: &state)
    let planned = FollowUpSchedule.make(
      prospectID: 2, askedOn: civil("2025-11-05"),
      messages: FollowUpMessages.playbook.filled(with: state.profile))
    var expected = Self.start()
    expected.prospects[1].stage = .asked
    expected.prospects[1].askedOn = civil("2025-11-05")
    expected.followUps += planned
    expected.calendar.agendaSelection = 1
    expected.status = StatusMessage("Asked Bob: ask 1 of 10 today.")
    #expect(state == expected)
    #expect(effects == [.saveProspect(expected.prospects[1])] + planned.map(Effect.saveFollowUp))
    #expect(planned.map(\.due) == [civil("2025-11-07"), civil("2025-11-11"), civil("2025-11-18")])
    #expect(state.askCounters.asksToday == 1)
  }

  @Test func sentOnAnUnsavedFollowUpReplacesIt() {
    var state = Self.start()
    state.calendar.agendaSelection = 2
    _ = sending(.askPressed, to: &state)
    state.calendar.selectedDay = civil("2025-11-07")
    #expect(state.agenda.map(\.prospect.name) == ["Ada Lovelace", "Bob"])
    state.calendar.agendaSelection = 1
    let effects = sending(.sentPressed, to: &state)
    #expect(state.followUps.count == 9)
    #expect(state.followUps[6].status == .sent)
    #expect(state.followUps[6].id == nil)
    #expect(effects == [.saveFollowUp(state.followUps[6])])
  }

  @Test func snoozeAndLostAndReplied() {
    var state = Self.start()
    state.calendar.agendaSelection = 1
    #expect(sending(.snoozePressed(days: 2), to: &state) == [.saveFollowUp(state.followUps[4])])
    #expect(state.followUps[4].due == civil("2025-11-07"))
    #expect(state.status == StatusMessage("Follow-up to Cy moved to Fri 7 Nov."))
    #expect(state.agenda.map(\.prospect.name) == ["Ada Lovelace", "Bob"])

    state.calendar.agendaSelection = 0
    let lost = sending(.lostPressed, to: &state)
    #expect(state.prospects[0].stage == .lost)
    #expect(lost.count == 4)
    #expect(state.followUps[0...2].allSatisfy { $0.status == .skipped })

    state.calendar.selectedDay = civil("2025-11-07")
    #expect(state.agenda.map(\.prospect.name) == ["Cy"])
    let replied = sending(.repliedPressed, to: &state)
    #expect(state.prospects[2].repliedOn == civil("2025-11-05"))
    #expect(state.prospects[2].stage == .asked)
    #expect(replied == [
      .saveProspect(state.prospects[2]), .saveFollowUp(state.followUps[4]),
      .saveFollowUp(state.followUps[5]),
    ])
    #expect(state.agenda.isEmpty)
    #expect(state.calendar.agendaSelection == 0)
  }

  @Test func outcomesNeedASelection() {
    var state = Self.start()
    state.calendar.selectedDay = civil("2025-11-20")
    #expect(sending(.sentPressed, to: &state) == [])
    #expect(state.status?.kind == .error)
    state.calendar.selectedDay = state.today
    state.calendar.agendaSelection = 2
    #expect(sending(.sentPressed, to: &state) == [])
    #expect(state.status == StatusMessage(
      "Bob has not been asked yet, so there is no follow-up to send.", kind: .error))
    #expect(sending(.snoozePressed(days: 1), to: &state) == [])
    state.calendar.agendaSelection = 0
    #expect(sending(.askPressed, to: &state) == [])
    #expect(state == {
      var expected = Self.start()
      expected.status = StatusMessage(
        "Ada Lovelace was already asked; record their answer instead.", kind: .error)
      return expected
    }())
  }

  @Test func anOtherObjectionNeedsItsWords() {
    var state = Self.start()
    _ = reduce(&state, .records(.objectionNotePressed))
    #expect(reduce(&state, .prompt(.submitted)) == [])
    guard let form = openForm(state) else { return }
    #expect(form.error == "Objection: type what they said, or Esc to record none.")
    for character in "no budget" { _ = reduce(&state, .prompt(.typed(character))) }
    #expect(!reduce(&state, .prompt(.submitted)).isEmpty)
    #expect(state.prompt == nil)
    #expect(state.prospects[0].objectionNote == "no budget")
  }

  @Test func menusNameTheProspectAndSnoozeOffersOnlyAPendingFollowUp() {
    var state = Self.start()
    #expect(sending(.snoozeMenuPressed, to: &state) == [])
    guard let snooze = openMenu(state) else { return }
    #expect(snooze.title == "Snooze follow-up 1 of 3 to Ada Lovelace by")
    _ = reduce(&state, .prompt(.dismissed))
    #expect(sending(.objectionMenuPressed, to: &state) == [])
    guard let objection = openMenu(state) else { return }
    #expect(objection.title == "Ada Lovelace: what was the objection?")
    _ = reduce(&state, .prompt(.dismissed))

    state.calendar.agendaSelection = 2
    #expect(state.selectedAgendaItem?.prospect.name == "Bob")
    #expect(sending(.snoozeMenuPressed, to: &state) == [])
    #expect(state.prompt == nil)
    #expect(state.status == StatusMessage(
      "Only a follow-up still to send can be moved.", kind: .error))
  }

  @Test func aChangeElsewhereLeavesTheSelectionOnTheSameEntryAndRecord() {
    var state = Self.start()
    state.calendar.agendaSelection = 1
    #expect(state.selectedAgendaItem?.prospect.name == "Cy")
    var snapshot = DataSnapshot(
      profile: state.profile, customers: [], prospects: state.prospects,
      followUps: state.followUps)
    snapshot.followUps[0].status = .sent
    _ = reduce(&state, .dataReloaded(snapshot))
    #expect(state.agenda.map(\.prospect.name) == ["Cy", "Bob"])
    #expect(state.selectedAgendaItem?.prospect.name == "Cy")

    state.openList = .prospects
    state.listSelection = 2
    snapshot.prospects.remove(at: 0)
    snapshot.followUps.removeAll { $0.prospectID == 1 }
    _ = reduce(&state, .dataReloaded(snapshot))
    #expect(state.selectedProspect?.name == "Cy")
    #expect(state.selectedAgendaItem?.prospect.name == "Cy")
    snapshot.prospects.removeLast()
    _ = reduce(&state, .dataReloaded(snapshot))
    #expect(state.selectedProspect?.name == "Bob")
  }

  @Test func aNewDayMarksGhostsAndFollowsTheSelection() {
    var state = Self.start()
    let effects = reduce(&state, .dayChanged(civil("2025-11-15")))
    #expect(state.calendar.selectedDay == civil("2025-11-15"))
    #expect(state.prospects.map(\.stage) == [.ghosted, .toContact, .ghosted])
    #expect(effects == [.saveProspect(state.prospects[0]), .saveProspect(state.prospects[2])])

    state.calendar.selectedDay = civil("2025-11-20")
    #expect(reduce(&state, .dayChanged(civil("2025-11-16"))) == [])
    #expect(state.calendar.selectedDay == civil("2025-11-20"))
  }
}
