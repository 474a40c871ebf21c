extension AppState {
  /// Records an outcome key for the selected agenda entry, keeping the state and the
  /// store in step through the effects.
  mutating func record(_ action: CalendarAction, for item: AgendaItem) -> [Effect] {
    let prospect = item.prospect
    let name = TextPreview.short(prospect.name)
    switch action {
    case .sentPressed:
      guard let followUp = item.followUp, followUp.isPending else {
        return complain(item.followUp == nil
          ? "\(name) has not been asked yet, so there is no follow-up to send."
          : "This follow-up to \(name) is already done.")
      }
      let sent = ProspectOutcome.sent(followUp, on: today)
      status = StatusMessage("Sent: \(followUp.stepLabel) to \(name).")
      return store(OutcomeChange(prospect: prospect, followUps: [sent]), from: nil)

    case .repliedPressed:
      status = StatusMessage("\(name) replied; their remaining follow-ups are cancelled.")
      let change = ProspectOutcome.replied(prospect, followUps: followUps, on: today)
      return store(change, from: prospect)

    case .paidPressed:
      guard prospect.stage != .won else { return complain("\(name) is already a customer.") }
      guard let price = profile.listPrice else {
        return complain("No list price is set, so the sale was not recorded: "
          + "set your monthly price in the profile, then record it again.")
      }
      status = StatusMessage("\(name) paid \(price.formatted()) a month: a new customer.")
      let change = ProspectOutcome.paid(
        prospect, followUps: followUps, on: today, amount: price)
      return store(change, from: prospect)

    case .lostPressed:
      guard prospect.stage != .won else {
        return complain("\(name) is a customer; cancel the subscription instead.")
      }
      status = StatusMessage("\(name) is marked lost; their follow-ups are cancelled.")
      let change = ProspectOutcome.lost(prospect, followUps: followUps, on: today)
      return store(change, from: prospect)

    case .objectionChosen(let kind, let note):
      let change = ProspectOutcome.objection(kind, note: note, prospect: prospect)
      let effects = store(change, from: prospect)
      status = StatusMessage("\(name): \"\(kind.label)\". See the playbook's advice.")
      openObjection(kind)
      return effects

    case .snoozePressed(let days):
      guard let followUp = item.followUp, followUp.isPending else {
        return complain(Self.onlyPendingMoves)
      }
      let moved = ProspectOutcome.snoozed(followUp, by: days, among: followUps, today: today)
      let due = moved.first?.due ?? followUp.due
      status = StatusMessage("Follow-up to \(name) moved to \(due.shortLabel).")
      return store(OutcomeChange(prospect: prospect, followUps: moved), from: nil)

    case .askPressed:
      guard prospect.stage.isBeforeAsk, item.followUp == nil else {
        return complain("\(name) was already asked; record their answer instead.")
      }
      guard prospect.id != nil else {
        return complain("\(name) is not saved yet; try the ask again in a moment.")
      }
      let messages = FollowUpMessages.playbook.filled(with: profile)
      let change = ProspectOutcome.asked(
        prospect, followUps: followUps, on: today, cadence: followUpCadence,
        messages: messages)
      let effects = store(change, from: prospect)
      let asked =
        "Asked \(name): ask \(askCounters.asksToday) of \(AskCounters.dailyAskGoal) today."
      let advice = messages.unfilledAdvice(how: "press P")
      status = StatusMessage(advice.map { asked + " " + $0 } ?? asked)
      return effects

    case .dayLeftPressed, .dayRightPressed, .weekUpPressed, .weekDownPressed,
      .monthPreviousPressed, .monthNextPressed, .todayPressed, .agendaUpPressed,
      .agendaDownPressed, .objectionMenuPressed, .snoozeMenuPressed:
      return []
    }
  }

  /// Puts the changed values into the state and returns the effects that save them; the
  /// prospect is saved only when `original`, its value before the change, is given.
  private mutating func store(_ change: OutcomeChange, from original: Prospect?) -> [Effect] {
    var effects: [Effect] = []
    if let original {
      let index = prospects.firstIndex {
        original.id == nil ? $0 == original : $0.id == original.id
      }
      if let index { prospects[index] = change.prospect }
      effects.append(.saveProspect(change.prospect))
    }
    for followUp in change.followUps {
      keep(followUp)
      effects.append(.saveFollowUp(followUp))
    }
    if let customer = change.customer {
      customers.append(customer)
      effects.append(.saveCustomer(customer))
    }
    return effects
  }

  /// Replaces the stored follow-up this one is a new version of, or appends a new one.
  /// Unsaved follow-ups have no id; only a pending one can change, and a prospect has
  /// one pending follow-up per step, so the step identifies it.
  private mutating func keep(_ followUp: FollowUp) {
    let index = followUps.firstIndex { stored in
      if let id = followUp.id { return stored.id == id }
      return stored.id == nil && stored.isPending && stored.prospectID == followUp.prospectID
        && stored.step == followUp.step && stored.stepCount == followUp.stepCount
    }
    if let index { followUps[index] = followUp } else { followUps.append(followUp) }
  }

  static let onlyPendingMoves = "Only a follow-up still to send can be moved."

  private mutating func complain(_ text: String) -> [Effect] {
    status = StatusMessage(text, kind: .error)
    return []
  }
}

/// Names shortened for one-line messages.
public enum TextPreview {
  public static func short(_ text: String, limit: Int = 40) -> String {
    let trimmed = text.trimmingSpaces()
    if trimmed.isEmpty { return "This prospect" }
    return trimmed.count <= limit ? trimmed : String(trimmed.prefix(limit - 3)) + "..."
  }

  /// A name that ends a sentence: shortened, with one full stop ("Acme, Inc." keeps its own).
  static func sentence(_ text: String) -> String {
    let name = short(text)
    return name.hasSuffix(".") ? name : name + "."
  }
}
