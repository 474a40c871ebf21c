import FirstKCore
import FirstKData

/// Imports a lead list (LinkedIn connections, Google Contacts, any CSV with a name
/// column) as prospects to contact, skipping people already saved.
enum LeadImportRunner {
  static let usage = """
      firstk import leads FILE [--dry-run]
        Adds the people in FILE as prospects to contact: LinkedIn's Connections.csv,
        a Google Contacts export, or any CSV with a Name (or First Name and Last
        Name) column. Someone already saved (same contact or email, or same name at
        the same company) or listed twice is skipped, and each such line reported.

    """

  /// Parses `leads FILE [--dry-run]` after the kind word and runs the import.
  static func run(_ context: CommandContext, _ arguments: [String]) throws -> Int32 {
    let options = try CommandOptions(
      arguments, command: "import leads", valued: [], flags: ["--dry-run"])
    guard let path = options.positionals.first else {
      throw UsageError("import leads: give the CSV file to import")
    }
    if options.positionals.count > 1 {
      let extra = TextTable.inert(options.positionals[1])
      throw UsageError("import leads: one file at a time; unexpected \"\(extra)\"")
    }
    return try run(context: context, path: path, dryRun: options.flag("--dry-run"))
  }

  /// Reads `path`, reports each line left out, and saves the new prospects in one
  /// transaction unless `dryRun`. Exit status 0 when the file could be read.
  static func run(context: CommandContext, path: String, dryRun: Bool) throws -> Int32 {
    let text = try TextFile.read(path)
    let lines = try merge(text, path: path, into: context.openStore(), dryRun: dryRun)
    context.console.out(lines.joined(separator: "\n") + "\n")
    return 0
  }

  /// Parses a lead file, leaves out people already saved and, unless `dryRun`, saves
  /// the rest in one transaction. Returns the report lines, the summary last.
  static func merge(
    _ text: String, path: String, into store: Store, dryRun: Bool
  ) throws -> [String] {
    let shown = TextTable.inert(path)
    let parsed: LeadImport
    do {
      parsed = try LeadsImport.parse(text)
    } catch {
      throw UserError("\(shown):\(error.line): \(error.reason)")
    }
    let result = parsed.removingExisting(try store.prospects())
    if !dryRun { try store.insertLeads(result.leads.map(\.prospect)) }
    return report(result, path: shown) + [summary(result, path: shown, dryRun: dryRun)]
  }

  /// One `FILE:LINE: reason` line per row skipped or imported with a problem, in order.
  static func report(_ result: LeadImport, path: String) -> [String] {
    var notes: [(line: Int, text: String)] = []
    for duplicate in result.duplicates {
      notes.append(
        (
          duplicate.line,
          "\(TextTable.inert(duplicate.name)) repeats \(TextTable.inert(duplicate.original)); "
            + "skipped"
        ))
    }
    for line in result.dateOnlyLines {
      notes.append(
        (
          line,
          "only a date and no name (LinkedIn writes these for connections who hide their "
            + "details); skipped"
        ))
    }
    for problem in result.problems {
      notes.append((problem.line, TextTable.inert(problem.message)))
    }
    return notes.sorted { $0.line < $1.line }.map { "\(path):\($0.line): \($0.text)" }
  }

  /// The closing line: what was (or would be) added and what was skipped.
  static func summary(_ result: LeadImport, path: String, dryRun: Bool) -> String {
    let source: String
    switch result.source {
    case .linkedIn: source = "LinkedIn connections"
    case .googleContacts: source = "Google Contacts"
    case .generic: source = "CSV"
    }
    let added = count(result.leads.count, "prospect")
    var parts = [(dryRun ? "Would add " : "Added ") + "\(added) from \(path) (\(source))"]
    parts.append("\(count(result.duplicates.count, "duplicate")) skipped")
    if !result.dateOnlyLines.isEmpty {
      parts.append("\(count(result.dateOnlyLines.count, "date-only row")) skipped")
    }
    var text = parts.joined(separator: "; ") + "."
    if dryRun { text += " Nothing was saved (--dry-run)." }
    return text
  }

  private static func count(_ number: Int, _ noun: String) -> String {
    "\(number) \(noun)\(number == 1 ? "" : "s")"
  }
}
