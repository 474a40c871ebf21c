import FirstKCore
import FirstKData

/// `firstk import stripe|customers FILE`: reads subscriptions or customers from a CSV
/// file and merges them into the saved customers, all in one transaction.
enum CustomerFileImport {
  /// One kind of customer file: its name, help and parser.
  struct Format: Sendable {
    let kind: String
    let usage: String
    let parse: @Sendable (String, Profile) throws(ImportRefusal) -> ImportParse
  }

  static func run(
    _ context: CommandContext, _ arguments: [String], format: Format
  ) throws -> Int32 {
    let command = "import \(format.kind)"
    let options = try CommandOptions(
      arguments, command: command, valued: [], flags: ["--dry-run"])
    guard let path = options.positionals.first else {
      throw UsageError("\(command): give the CSV file to import")
    }
    if options.positionals.count > 1 {
      throw UsageError("\(command): import one file at a time, not \"\(options.positionals[1])\"")
    }
    let dryRun = options.flag("--dry-run")
    let console = context.console

    let text: String
    do {
      text = try TextFile.read(path)
    } catch {
      throw UserError("\(error.message); check the file's name and that you may read it")
    }
    // A database that does not exist yet is created only once the file proved readable,
    // and never for a dry run.
    let existing = TextFile.exists(context.databasePath) ? try context.openStore() : nil
    let parse: ImportParse
    do {
      parse = try format.parse(text, try existing?.loadProfile() ?? Profile())
    } catch let refusal as ImportRefusal {
      console.err("\(path):\(refusal.line): \(refusal.message) Nothing was imported.\n")
      return 1
    }

    let outcome = try merge(parse, into: existing, dryRun: dryRun) { try context.openStore() }
    report(outcome.result, problems: outcome.problems, path: path, dryRun: dryRun, console: console)
    return outcome.imported == 0 && !outcome.problems.isEmpty ? 1 : 0
  }

  /// What an import did: the counts and every row left out with its reason.
  struct Outcome {
    var result: UpsertResult
    var problems: [(line: Int, reason: String)]

    var imported: Int { result.added + result.updated + result.unchanged }

    /// One line for the dashboard's status line.
    func summary(path: String) -> String {
      var text = "Imported \(path): \(result.added) added, \(result.updated) updated, "
        + "\(result.unchanged) unchanged, \(problems.count) skipped."
      if let first = problems.first {
        text += " Line \(first.line): \(first.reason)."
      }
      return text
    }
  }

  /// Checks the parsed rows and merges the good ones in one transaction (or only counts
  /// them for a dry run). `open` creates the database when there is none yet.
  static func merge(
    _ parse: ImportParse, into existing: Store?, dryRun: Bool, open: () throws -> Store
  ) throws -> Outcome {
    var problems = parse.problems
    var good: [Customer] = []
    for (line, customer) in parse.customers {
      if let problem = customer.validationProblem {
        problems.append((line, problem))
      } else {
        good.append(customer)
      }
    }
    problems.sort { $0.line < $1.line }
    let result: UpsertResult
    if good.isEmpty {
      result = UpsertResult()
    } else if dryRun {
      result = try existing?.previewUpsert(good) ?? Store.previewUpsert(good, over: [])
    } else {
      result = try (existing ?? open()).upsertByExternalID(good)
    }
    return Outcome(result: result, problems: problems)
  }

  /// Problems on stderr as `FILE:LINE: reason`, then the counts on stdout.
  private static func report(
    _ result: UpsertResult, problems: [(line: Int, reason: String)], path: String,
    dryRun: Bool, console: Console
  ) {
    for problem in problems {
      console.err("\(path):\(problem.line): \(problem.reason)\n")
    }
    let counts =
      "\(result.added) added, \(result.updated) updated, \(result.unchanged) unchanged, "
      + "\(problems.count) skipped."
    console.out(
      dryRun
        ? "Dry run of \(path), nothing written: \(counts)\n" : "Imported \(path): \(counts)\n")
    guard !problems.isEmpty else { return }
    let imported = result.added + result.updated + result.unchanged
    let rows = problems.count == 1 ? "1 row was" : "\(problems.count) rows were"
    let fix = "fix \(problems.count == 1 ? "it" : "them") in \(path) and import the file again"
    console.err(
      imported == 0
        ? "firstk: no row of \(path) could be read, so nothing was imported; \(fix)\n"
        : "firstk: \(rows) skipped; \(fix) (rows already imported will count as unchanged)\n")
  }
}

extension CustomerFileImport.Format {
  static let stripe = Self(
    kind: "stripe",
    usage: """
        firstk import stripe FILE [--dry-run]
          FILE is the CSV the Stripe dashboard exports from its Subscriptions page
          (all columns). Each subscription becomes a customer, matched on re-import
          by its id.

      """,
    parse: { text, _ throws(ImportRefusal) in
      try StripeSubscriptionsImport.parse(text: text)
    })

  static let customers = Self(
    kind: "customers",
    usage: """
        firstk import customers FILE [--dry-run]
          FILE is a customer list with a header row: a name and an amount column,
          and optionally interval, currency, started, email, quantity, status, plan
          and notes. Amounts without a currency are in the profile's currency. A
          customer is matched on re-import by name.

      """,
    parse: { text, profile throws(ImportRefusal) in
      try CustomersCSVImport.parse(text: text, defaultCurrency: profile.currency)
    })
}
