import FirstKCore
import FirstKData

/// `firstk outcome NAME WHAT`: records how a prospect answered an ask.
enum OutcomeCommand {
  static let command = Command(
    name: "outcome", summary: "record a prospect's answer: sent, replied, paid, lost, objection",
    usage: usage, run: run)

  static let usage = """
    Usage: firstk outcome NAME sent|replied|lost|paid [--amount AMOUNT] [--on YYYY-MM-DD]
           firstk outcome NAME objection expensive|fit|think|trust|other [--note TEXT]

    NAME is the prospect's name in any case, or #ID.

      sent        the earliest follow-up still pending went out
      replied     they answered: the remaining follow-ups are cancelled
      lost        they said no for good: the remaining follow-ups are cancelled
      paid        they became a customer at your list price (or --amount, a month, in
                  your profile's currency); the follow-ups stop
      objection   what held them back; prints the playbook's advice for it

      --amount AMOUNT   the monthly amount they pay, e.g. 49 or 49.50
      --note TEXT       the objection in their own words
      --on YYYY-MM-DD   the day it happened (default today)

    """

  static let outcomes = ["sent", "replied", "lost", "paid"]

  static func run(_ context: CommandContext, _ arguments: [String]) throws -> Int32 {
    let options = try CommandOptions(
      arguments, command: "outcome", valued: ["--amount", "--note", "--on"])
    let words = options.positionals
    let objection = words.count >= 3 && words[words.count - 2].lowercased() == "objection"
    let nameWords = words.dropLast(objection ? 2 : 1)
    guard let what = words.last?.lowercased(), !nameWords.isEmpty else {
      throw UsageError(
        "outcome: give the prospect's name and what happened: "
          + (outcomes + ["objection KIND"]).joined(separator: ", "))
    }
    guard objection || outcomes.contains(what) else {
      throw UsageError(
        "outcome: \"\(TextTable.inert(what))\" is not an outcome; use one of "
          + (outcomes + ["objection KIND"]).joined(separator: ", "))
    }
    if options.value("--amount") != nil && what != "paid" {
      throw UsageError("outcome: --amount goes with paid")
    }
    if options.value("--note") != nil && !objection {
      throw UsageError("outcome: --note goes with objection")
    }
    let name = try ProspectLookup.name(nameWords, command: "outcome")
    let day = try ProspectLookup.pastDay(options, today: context.today)
    let store = try context.openStore()
    let prospect = try ProspectLookup.find(name, in: store)
    try ProspectLookup.check(day, isNotBeforeTheAskOf: prospect)
    let recorder = OutcomeRecorder(
      context: context, store: store, prospect: prospect, day: day)
    if objection {
      let kind = try OptionValues.choice(
        what, option: "objection", from: ObjectionKind.allCases.map { ($0.rawValue, $0) })
      try recorder.objection(kind, note: options.value("--note") ?? "")
      return 0
    }
    switch what {
    case "sent": try recorder.sent()
    case "replied": try recorder.replied()
    case "lost": try recorder.lost()
    default: try recorder.paid(amountText: options.value("--amount"))
    }
    return 0
  }
}
