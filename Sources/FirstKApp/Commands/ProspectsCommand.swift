import FirstKCore
import FirstKData

/// `firstk prospects [--json]`: every prospect with the stage and follow-ups of the sale.
enum ProspectsCommand {
  static let command = Command(
    name: "prospects", summary: "list prospects and their follow-ups (--json for scripts)",
    usage: usage, run: run)

  static let usage = """
    Usage: firstk prospects [--json]

    Lists every prospect, oldest first. A prospect asked to pay who stayed silent past
    the last follow-up shows as ghosted.

      --json   a JSON array of objects: id, name, contact, company, channel, stage,
               asked_on, talked_on, would_pay, replied_on, objection, objection_note,
               notes, follow_ups (each: due, step, of, day, status, done_on, message)

    """

  static func run(_ context: CommandContext, _ arguments: [String]) throws -> Int32 {
    let options = try CommandOptions(
      arguments, command: "prospects", valued: [], flags: ["--json"])
    if let extra = options.positionals.first {
      throw UsageError("prospects: unexpected argument \"\(extra)\"")
    }
    let store = try context.openStore()
    let today = context.today
    if options.flag("--json") {
      var stream = JSONArrayStream(indent: 2, emit: context.console.out)
      try store.eachProspectWithFollowUps { prospect, followUps in
        stream.append(json(shown(prospect, followUps, today: today), followUps))
      }
      stream.finish()
      context.console.out("\n")
      return 0
    }
    var rows: [[String]] = []
    try store.eachProspectWithFollowUps { prospect, followUps in
      rows.append(row(shown(prospect, followUps, today: today), followUps, today: today))
    }
    if rows.isEmpty {
      context.console.out(
        "No prospects yet. Add one: firstk add prospect NAME, "
          + "or import a CSV of contacts: firstk import leads FILE\n")
    } else {
      let header = ["ID", "Name", "Company", "Channel", "Stage", "Asked", "Next follow-up"]
      let lines = TextTable.lines(header: header, rows: rows, rightAligned: [0])
      context.console.out(lines.joined(separator: "\n") + "\n")
    }
    return 0
  }

  /// The prospect as listed: ghosted when the playbook's rule says they went quiet.
  static func shown(_ prospect: Prospect, _ followUps: [FollowUp], today: CivilDate) -> Prospect {
    var shown = prospect
    if !GhostingRule.ghosted(prospects: [prospect], followUps: followUps, on: today).isEmpty {
      shown.stage = .ghosted
    }
    return shown
  }

  /// One prospect as the object `--json` documents.
  static func json(_ prospect: Prospect, _ followUps: [FollowUp]) -> JSON {
    .object([
      .init("id", prospect.id.map(JSON.integer) ?? .null),
      .init("name", .string(prospect.name)),
      .init("contact", .string(prospect.contact)),
      .init("company", .string(prospect.company)),
      .init("channel", .string(prospect.channel.rawValue)),
      .init("stage", .string(prospect.stage.rawValue)),
      .init("asked_on", .optional(prospect.askedOn?.description)),
      .init("talked_on", .optional(prospect.talkedOn?.description)),
      .init("would_pay", prospect.wouldPay.map(JSON.bool) ?? .null),
      .init("replied_on", .optional(prospect.repliedOn?.description)),
      .init("objection", .optional(prospect.objection?.rawValue)),
      .init("objection_note", .string(prospect.objectionNote)),
      .init("notes", .string(prospect.notes)),
      .init("follow_ups", .array(followUps.map(json))),
    ])
  }

  /// One follow-up inside a prospect's object.
  static func json(_ followUp: FollowUp) -> JSON {
    .object([
      .init("due", .string(followUp.due.description)),
      .init("step", .integer(Int64(followUp.step))),
      .init("of", .integer(Int64(followUp.stepCount))),
      .init("day", .integer(Int64(followUp.dayNumber))),
      .init("status", .string(followUp.status.rawValue)),
      .init("done_on", .optional(followUp.doneOn?.description)),
      .init("message", .string(followUp.message)),
    ])
  }

  /// One row of the table, with the next follow-up still to send; names made inert.
  static func row(_ prospect: Prospect, _ followUps: [FollowUp], today: CivilDate) -> [String] {
    let next = followUps.filter(\.isPending).min { ($0.due, $0.step) < ($1.due, $1.step) }
    let nextText = next.map { followUp in
      let late = followUp.due < today ? ", overdue" : ""
      return "\(followUp.due) (\(followUp.step) of \(followUp.stepCount)\(late))"
    }
    return [
      prospect.id.map(String.init) ?? "", TextTable.inert(prospect.name),
      TextTable.inert(prospect.company), prospect.channel.rawValue,
      prospect.stage.rawValue, prospect.askedOn?.description ?? "-", nextText ?? "-",
    ]
  }
}
