import FirstKCore
import FirstKData

/// `firstk due [--on DATE] [--json]`: the follow-ups to send today, overdue ones first.
enum DueCommand {
  static let command = Command(
    name: "due", summary: "follow-ups to send today and overdue (--json for scripts)",
    usage: usage, run: run)

  static let usage = """
    Usage: firstk due [--on YYYY-MM-DD] [--json]

    Lists the follow-ups still to send that are overdue, then those due today, each with
    the prospect, the step and the message to send. Mark one sent with
    firstk outcome NAME sent.

      --on YYYY-MM-DD   the day to look at (default today)
      --json            a JSON array of objects: prospect, prospect_id, due, step, of,
                        day, overdue, message

    """

  static func run(_ context: CommandContext, _ arguments: [String]) throws -> Int32 {
    let options = try CommandOptions(
      arguments, command: "due", valued: ["--on"], flags: ["--json"])
    if let extra = options.positionals.first {
      throw UsageError("due: unexpected argument \"\(extra)\"")
    }
    let day = try ProspectLookup.day(options, today: context.today)
    let store = try context.openStore()
    let due = try store.dueFollowUps(on: day)
    if options.flag("--json") {
      let items =
        due.overdue.map { json($0, overdue: true) }
        + due.today.map { json($0, overdue: false) }
      context.console.out(JSON.array(items).encoded(indent: 2) + "\n")
      return 0
    }
    var lines: [String] = []
    if !due.overdue.isEmpty {
      lines.append("Overdue (\(due.overdue.count)):")
      lines += due.overdue.flatMap { entry($0, on: day) }
    }
    if !due.today.isEmpty {
      lines.append("Due \(label(day, today: context.today)) (\(due.today.count)):")
      lines += due.today.flatMap { entry($0, on: day) }
    }
    if lines.isEmpty {
      lines.append("Nothing due \(label(day, today: context.today)) and nothing overdue.")
      if let next = try store.nextDue(after: day) {
        let plural = next.count == 1 ? "follow-up" : "follow-ups"
        lines.append("Next: \(next.count) \(plural) on \(next.day.shortLabel) (\(next.day)).")
      }
    }
    context.console.out(lines.joined(separator: "\n") + "\n")
    return 0
  }

  /// "today, Sat 1 Nov" or "on Mon 3 Nov 2025".
  static func label(_ day: CivilDate, today: CivilDate) -> String {
    day == today ? "today, \(day.shortLabel)" : "on \(day.shortLabel) \(day.year)"
  }

  /// Two lines: when, who and which step; then the message, indented.
  static func entry(_ item: NamedFollowUp, on day: CivilDate) -> [String] {
    let followUp = item.followUp
    var when = "\(followUp.due) \(AskCommand.weekday(followUp.due))"
    let late = followUp.due.days(until: day)
    if late > 0 { when += ", \(late) day\(late == 1 ? "" : "s") late" }
    return [
      "  \(TextTable.inert(item.prospectName))  \(followUp.stepLabel)  (\(when))",
      "    " + TextTable.inert(followUp.message),
    ]
  }

  /// One follow-up as the object `--json` documents.
  static func json(_ item: NamedFollowUp, overdue: Bool) -> JSON {
    .object([
      .init("prospect", .string(item.prospectName)),
      .init("prospect_id", .integer(item.followUp.prospectID)),
      .init("due", .string(item.followUp.due.description)),
      .init("step", .integer(Int64(item.followUp.step))),
      .init("of", .integer(Int64(item.followUp.stepCount))),
      .init("day", .integer(Int64(item.followUp.dayNumber))),
      .init("overdue", .bool(overdue)),
      .init("message", .string(item.followUp.message)),
    ])
  }
}
