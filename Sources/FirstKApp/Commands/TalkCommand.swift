import FirstKCore
import FirstKData

/// `firstk talk NAME --would-pay yes|no`: records a validation talk, Section A's evidence.
enum TalkCommand {
  static let command = Command(
    name: "talk", summary: "record a talk about the problem: would they pay?", usage: usage,
    run: run)

  static let usage = """
    Usage: firstk talk NAME --would-pay yes|no [--on YYYY-MM-DD] [--notes TEXT]

    Records a conversation with a potential customer about their problem, and whether
    they said they would pay for a solution. NAME is a saved prospect (any case, or #ID);
    a new name is added as a prospect. Prints how many people you have talked to and how
    many would pay: the playbook wants 5 or more talks and 3 or more who would pay.

      --would-pay yes|no   their answer
      --on YYYY-MM-DD      the day of the talk (default today)
      --notes TEXT         what they said

    """

  static func run(_ context: CommandContext, _ arguments: [String]) throws -> Int32 {
    let options = try CommandOptions(
      arguments, command: "talk", valued: ["--would-pay", "--on", "--notes"])
    let name = try ProspectLookup.name(options.positionals, command: "talk")
    guard let answer = options.value("--would-pay") else {
      throw UsageError("talk: say whether they would pay: --would-pay yes or --would-pay no")
    }
    let wouldPay = try OptionValues.choice(
      answer, option: "--would-pay", from: [("yes", true), ("no", false)])
    let day = try ProspectLookup.pastDay(options, today: context.today)
    let notes = options.value("--notes")?.trimmingSpaces() ?? ""

    let store = try context.openStore()
    let isID = name.hasPrefix("#") && Int64(name.dropFirst()) != nil
    let known = try isID || !store.prospects(named: name).isEmpty
    let prospect = known ? try ProspectLookup.find(name, in: store) : Prospect(name: name)
    let saved = try store.recordTalk(with: prospect, on: day, wouldPay: wouldPay, notes: notes)
    let counts = try store.talkCounts()

    let shown = TextTable.inert(saved.prospect.name)
    let added = known ? "" : " (added as prospect \(saved.prospect.id ?? 0))"
    var lines = [
      "Talk with \(shown) on \(day) recorded\(added): "
        + (wouldPay ? "would pay." : "would not pay."),
      counts.sentence,
    ]
    if let prospectDay = saved.prospect.talkedOn, prospectDay > day {
      lines.append("\(shown)'s answer on \(prospectDay) is newer and still counts.")
    }
    if counts.talkedTo >= TalkCounts.talkGoal {
      let step = counts.isValidated ? "A.yes.build" : "A.yes.rethink"
      if let action = Playbook.node(id: step)?.action { lines.append("Playbook: \(action).") }
    }
    context.console.out(lines.joined(separator: "\n") + "\n")
    return 0
  }
}
