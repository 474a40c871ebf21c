import FirstKCore
import FirstKData
import Glibc

/// `firstk export ics [--out FILE]`: the follow-ups still to send, for a calendar app.
enum ExportCommand {
  static let command = Command(
    name: "export", summary: "export follow-ups as an iCalendar (.ics) file", usage: usage,
    run: run)

  static let usage = """
    Usage: firstk export ics [--out FILE]

    Writes every follow-up still to send as an all-day event with a morning reminder,
    for Google Calendar, Apple Calendar or Outlook to import. Events keep their UIDs
    across exports, so importing a newer file updates them instead of doubling them.

      --out FILE   write to FILE (replaced in one step) instead of standard output

    """

  static func run(_ context: CommandContext, _ arguments: [String]) throws -> Int32 {
    let options = try CommandOptions(arguments, command: "export", valued: ["--out"])
    guard let format = options.positionals.first else {
      throw UsageError("export: say what to export: ics")
    }
    guard format.lowercased() == "ics", options.positionals.count == 1 else {
      throw UsageError("export: cannot export \"\(TextTable.inert(format))\"; export ics")
    }
    let store = try context.openStore()
    let pending = try store.pendingFollowUps()
    let document = ICalendar.document(
      followUps: pending.map { ($0.followUp, $0.prospectName) }, now: SystemClock.utcStamp(),
      productName: try store.loadProfile().productName, calendarID: try store.calendarID())
    guard let path = options.value("--out") else {
      context.console.out(document)
      return 0
    }
    try AtomicFile.write(document, to: path)
    let plural = pending.count == 1 ? "follow-up" : "follow-ups"
    context.console.out("Wrote \(pending.count) \(plural) to \(TextTable.inert(path)).\n")
    return 0
  }
}

extension SystemClock {
  /// The current time in UTC as iCalendar writes it: `20251101T093000Z`.
  public static func utcStamp() -> String {
    var now = time(nil)
    var parts = tm()
    gmtime_r(&now, &parts)
    func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
    return "\(parts.tm_year + 1900)\(two(parts.tm_mon + 1))\(two(parts.tm_mday))T"
      + "\(two(parts.tm_hour))\(two(parts.tm_min))\(two(parts.tm_sec))Z"
  }
}
