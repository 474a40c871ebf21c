import FirstKCore
import FirstKData

/// `firstk ask NAME [--on DATE]`: records that a prospect was asked to pay and plans the
/// follow-ups of the cadence, with the playbook's messages filled in.
enum AskCommand {
  static let command = Command(
    name: "ask", summary: "record an ask to pay and plan its follow-ups", usage: usage,
    run: run)

  static let usage = """
    Usage: firstk ask NAME [--on YYYY-MM-DD]

    Records that you asked NAME to pay (day 1) and plans the follow-ups on the days of
    your cadence (3, 7 and 14 unless set with firstk profile --follow-up-days). NAME is
    the prospect's name in any case, or #ID. Asking again cancels the follow-ups still
    pending from the earlier ask.

      --on YYYY-MM-DD   the day of the ask (default today)

    """

  static func run(_ context: CommandContext, _ arguments: [String]) throws -> Int32 {
    let options = try CommandOptions(arguments, command: "ask", valued: ["--on"])
    let name = try ProspectLookup.name(options.positionals, command: "ask")
    let day = try ProspectLookup.pastDay(options, today: context.today)
    let store = try context.openStore()
    let prospect = try ProspectLookup.find(name, in: store)
    try ProspectLookup.check(day, isNotBeforeTheAskOf: prospect)
    let shown = TextTable.inert(prospect.name)
    guard prospect.stage != .won else {
      throw UserError("\(shown) is already a customer; nothing was changed")
    }
    let profile = try store.loadProfile()
    let messages = FollowUpMessages.playbook.filled(with: profile)
    let change = ProspectOutcome.asked(
      prospect, followUps: try store.followUps(of: prospect.id ?? -1), on: day,
      cadence: try store.followUpCadence(), messages: messages)
    let saved = try store.save(change)

    let planned = saved.followUps.filter { $0.isPending }
    let cancelled = saved.followUps.count - planned.count
    var lines = ["Asked \(shown) on \(day) (day 1). Follow-ups:"]
    let rows = planned.map { followUp in
      [
        "  " + followUp.due.description, weekday(followUp.due), "day \(followUp.dayNumber)",
        followUp.stepLabel, TextTable.inert(followUp.message),
      ]
    }
    lines += TextTable.lines(header: ["", "", "", "", ""], rows: rows).dropFirst()
    if cancelled > 0 {
      let plural = cancelled == 1 ? "follow-up" : "follow-ups"
      lines.append("\(cancelled) pending \(plural) from the earlier ask cancelled.")
    }
    if let advice = messages.unfilledAdvice(how: "firstk profile --name NAME --problem TEXT") {
      lines.append(advice)
    }
    let counters = try store.askCounters(on: context.today)
    lines.append(
      "Asks today: \(counters.asksToday) of \(AskCounters.dailyAskGoal); "
        + "\(counters.totalAsks) of \(AskCounters.totalAskGoal) in all.")
    context.console.out(lines.joined(separator: "\n") + "\n")
    return 0
  }

  /// `Mon` for a Monday.
  static func weekday(_ day: CivilDate) -> String {
    String(CivilDate.weekdayNames[day.weekday].prefix(3))
  }
}
