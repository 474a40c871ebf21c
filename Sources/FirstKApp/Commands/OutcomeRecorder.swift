import FirstKCore
import FirstKData

/// Applies one outcome to a prospect through `ProspectOutcome`, saves it in one
/// transaction and says what changed.
struct OutcomeRecorder {
  let context: CommandContext
  let store: Store
  let prospect: Prospect
  let day: CivilDate

  private var name: String { TextTable.inert(prospect.name) }

  private func say(_ lines: [String]) {
    context.console.out(lines.joined(separator: "\n") + "\n")
  }

  private func followUps() throws -> [FollowUp] {
    try store.followUps(of: prospect.id ?? -1)
  }

  /// The earliest pending follow-up went out.
  func sent() throws {
    let pending = try followUps().filter(\.isPending)
      .sorted { ($0.due, $0.step) < ($1.due, $1.step) }
    guard let first = pending.first else {
      throw UserError(
        "\(name) has no follow-up waiting to be sent; ask them first with firstk ask")
    }
    let sent = ProspectOutcome.sent(first, on: day)
    try store.save(sent)
    var lines = ["Marked \(first.stepLabel) to \(name) (due \(first.due)) sent on \(day)."]
    if let next = pending.dropFirst().first {
      lines.append("Next: \(next.stepLabel) on \(next.due).")
    } else {
      lines.append("That was the last one; if they stay silent, they have ghosted.")
    }
    say(lines)
  }

  /// They answered; the follow-ups stop.
  func replied() throws {
    let change = ProspectOutcome.replied(prospect, followUps: try followUps(), on: day)
    try store.save(change)
    say(["\(name) replied on \(day); \(cancelled(change))."])
  }

  /// They said no for good.
  func lost() throws {
    guard prospect.stage != .won else {
      throw UserError(
        "\(name) is a customer; nothing was changed. Cancel the subscription "
          + "instead")
    }
    let change = ProspectOutcome.lost(prospect, followUps: try followUps(), on: day)
    try store.save(change)
    say(["\(name) is marked lost; \(cancelled(change))."])
  }

  /// They paid: a new customer at the list price or `amountText`, and the new MRR.
  func paid(amountText: String?) throws {
    guard prospect.stage != .won else {
      throw UserError("\(name) is already a customer; nothing was changed")
    }
    let profile = try store.loadProfile()
    let amount: Money
    if let amountText {
      amount = try OptionValues.money(
        amountText, option: "--amount", currency: profile.currency, allowZero: false)
    } else if let price = profile.listPrice {
      amount = price
    } else {
      throw UserError(
        "no list price is set, so the sale was not recorded; give the amount with "
          + "--amount 49, or set your price with firstk profile --price 49")
    }
    let before = MRRCalculator.report(
      customers: try store.customers(), profile: profile, on: context.today)
    let change = ProspectOutcome.paid(
      prospect, followUps: try followUps(), on: day, amount: amount)
    let saved = try store.save(change)
    let after = MRRCalculator.report(
      customers: try store.customers(), profile: profile, on: context.today)
    var lines = [
      "\(name) paid \(amount.formatted()) a month: customer \(saved.customer?.id ?? 0) added "
        + "(started \(day)); \(cancelled(change))."
    ]
    lines.append(
      "MRR is now \(after.mrr.formatted()), was \(before.mrr.formatted()) "
        + "(\(after.percent)% of your \(after.goal.formatted(showMinor: false)) goal).")
    say(lines)
  }

  /// What held them back, with the playbook's advice for it.
  func objection(_ kind: ObjectionKind, note: String) throws {
    let change = ProspectOutcome.objection(kind, note: note, prospect: prospect)
    try store.save(change)
    var lines = ["Recorded for \(name): \"\(kind.label)\"."]
    lines += ObjectionAdvice.lines(for: kind, profile: try store.loadProfile())
    say(lines)
  }

  /// "2 pending follow-ups cancelled", "no follow-ups were pending".
  private func cancelled(_ change: OutcomeChange) -> String {
    let count = change.followUps.count { $0.status == .skipped }
    switch count {
    case 0: return "no follow-ups were pending"
    case 1: return "1 pending follow-up cancelled"
    default: return "\(count) pending follow-ups cancelled"
    }
  }
}
