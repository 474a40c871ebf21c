/// What recording an outcome changed, for the reducer to keep and the store to save.
public struct OutcomeChange: Equatable, Sendable {
  public var prospect: Prospect
  /// Only the follow-ups that changed or were created, oldest step first.
  public var followUps: [FollowUp]
  /// The new customer, when the prospect paid.
  public var customer: Customer?

  public init(prospect: Prospect, followUps: [FollowUp] = [], customer: Customer? = nil) {
    self.prospect = prospect
    self.followUps = followUps
    self.customer = customer
  }
}

/// The outcomes a user records for a prospect, as pure functions on values so the
/// dashboard and the command line change prospects in exactly the same way.
///
/// `followUps` may hold every follow-up of every prospect; only the prospect's own are used.
public enum ProspectOutcome {
  /// The prospect was asked to pay on `day`: follow-ups planned from it, and any still
  /// pending from an earlier ask skipped.
  public static func asked(
    _ prospect: Prospect, followUps: [FollowUp], on day: CivilDate,
    cadence: FollowUpCadence, messages: FollowUpMessages
  ) -> OutcomeChange {
    var change = skippingPending(prospect, followUps, on: day)
    change.prospect.stage = .asked
    change.prospect.askedOn = day
    if let id = prospect.id {
      change.followUps += FollowUpSchedule.make(
        prospectID: id, askedOn: day, cadence: cadence, messages: messages)
    }
    return change
  }

  /// The follow-up went out on `day`; one already sent or skipped is left as it is.
  public static func sent(_ followUp: FollowUp, on day: CivilDate) -> FollowUp {
    guard followUp.isPending else { return followUp }
    var done = followUp
    done.status = .sent
    done.doneOn = day
    return done
  }

  /// The prospect answered: the talk goes on without reminders, and they are not ghosting.
  /// A talked or asked prospect keeps the stage; one not yet contacted has now talked.
  public static func replied(
    _ prospect: Prospect, followUps: [FollowUp], on day: CivilDate
  ) -> OutcomeChange {
    var change = skippingPending(prospect, followUps, on: day)
    change.prospect.repliedOn = day
    switch prospect.stage {
    case .toContact: change.prospect.stage = .talked
    case .ghosted: change.prospect.stage = .asked
    case .talked, .asked, .won, .lost: break
    }
    return change
  }

  /// The prospect paid `amount` a month from `day`: won, and a new customer.
  public static func paid(
    _ prospect: Prospect, followUps: [FollowUp], on day: CivilDate, amount: Money
  ) -> OutcomeChange {
    var change = skippingPending(prospect, followUps, on: day)
    change.prospect.stage = .won
    if change.prospect.askedOn == nil { change.prospect.askedOn = day }
    change.customer = Customer(
      name: prospect.name, contact: prospect.contact, amount: amount, status: .active,
      started: day, source: "prospect")
    return change
  }

  /// The prospect objected; the follow-ups stay, since the playbook's answer to an
  /// objection is another message.
  public static func objection(
    _ kind: ObjectionKind, note: String, prospect: Prospect
  ) -> OutcomeChange {
    var changed = prospect
    changed.objection = kind
    changed.objectionNote = note.trimmingSpaces()
    if changed.stage == .ghosted { changed.stage = .asked }
    return OutcomeChange(prospect: changed)
  }

  /// The prospect said no for good.
  public static func lost(
    _ prospect: Prospect, followUps: [FollowUp], on day: CivilDate
  ) -> OutcomeChange {
    var change = skippingPending(prospect, followUps, on: day)
    change.prospect.stage = .lost
    return change
  }

  /// Moves a pending follow-up `days` later, counting from today when it is overdue. It
  /// never lands before today or on or before an earlier pending step; later pending steps
  /// of the same prospect move as far as needed to stay after it. Returns those that moved.
  public static func snoozed(
    _ followUp: FollowUp, by days: Int, among followUps: [FollowUp], today: CivilDate
  ) -> [FollowUp] {
    guard followUp.isPending else { return [] }
    let siblings = followUps.filter { $0.prospectID == followUp.prospectID && $0.isPending }
    let earliest = siblings.filter { $0.step < followUp.step }.map { $0.due.adding(days: 1) }
      .reduce(today, max)
    var moved = followUp
    moved.due = max(max(followUp.due, today).adding(days: days), earliest)
    var changes = moved == followUp ? [] : [moved]
    var previous = moved.due
    let later = siblings.filter { $0.step > followUp.step }
    for next in later.sorted(by: { $0.step < $1.step }) where next.due <= previous {
      var pushed = next
      pushed.due = previous.adding(days: 1)
      changes.append(pushed)
      previous = pushed.due
    }
    return changes
  }

  /// The prospect's pending follow-ups marked skipped on `day`.
  static func skippingPending(
    _ prospect: Prospect, _ followUps: [FollowUp], on day: CivilDate
  ) -> OutcomeChange {
    let skipped = followUps.filter { $0.prospectID == prospect.id && $0.isPending }
      .sorted { ($0.due, $0.step) < ($1.due, $1.step) }
      .map { followUp -> FollowUp in
        var done = followUp
        done.status = .skipped
        done.doneOn = day
        return done
      }
    return OutcomeChange(prospect: prospect, followUps: skipped)
  }
}
