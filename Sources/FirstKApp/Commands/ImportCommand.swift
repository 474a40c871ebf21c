/// `firstk import KIND FILE`: one entry per kind of file, so a new kind is one more row.
enum ImportCommand {
  /// A kind of file `import` reads, with its help text.
  struct Kind: Sendable {
    let name: String
    let usage: String
    let run: @Sendable (CommandContext, [String]) throws -> Int32
  }

  static let kinds: [Kind] = [
    Kind(
      name: "stripe", usage: CustomerFileImport.Format.stripe.usage,
      run: { try CustomerFileImport.run($0, $1, format: .stripe) }),
    Kind(
      name: "customers", usage: CustomerFileImport.Format.customers.usage,
      run: { try CustomerFileImport.run($0, $1, format: .customers) }),
    Kind(name: "leads", usage: LeadImportRunner.usage, run: LeadImportRunner.run),
  ]

  static let command = Command(
    name: "import", summary: "import a Stripe export, a customer list or leads (CSV)", usage: usage,
    run: run)

  static var usage: String {
    "Usage: firstk import KIND FILE [--dry-run]   (KIND: "
      + kinds.map(\.name).joined(separator: ", ") + ")\n\n"
      + kinds.map(\.usage).joined(separator: "\n") + "\n" + outcome
  }

  static let outcome = """
    Every kind reads the whole file first and writes in one transaction, so importing
    the same file again changes nothing.

      --dry-run   print what the import would do and write nothing

    Each row that cannot be read is reported on stderr as FILE:LINE: reason and the
    other rows are imported. Exit status: 0 when rows were imported, even if some were
    skipped; 1 when the file cannot be read, is not of the kind named, or no row of it
    could be read (nothing is written then); 2 for a mistake on the command line.

    """

  static func run(_ context: CommandContext, _ arguments: [String]) throws -> Int32 {
    let names = kinds.dropLast().map(\.name).joined(separator: ", ") + " or "
      + (kinds.last?.name ?? "")
    guard let word = arguments.first else {
      throw UsageError("import: say what kind of file to import: \(names)")
    }
    guard let kind = kinds.first(where: { $0.name == word }) else {
      throw UsageError("import: cannot import \"\(word)\"; import \(names)")
    }
    return try kind.run(context, Array(arguments.dropFirst()))
  }
}
