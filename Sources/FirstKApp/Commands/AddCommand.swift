/// `firstk add KIND ...`: one entry per kind of record, so a new kind is one more row.
enum AddCommand {
  /// A kind of record `add` can create, with the options it takes.
  struct Kind: Sendable {
    let name: String
    let usage: String
    let run: @Sendable (CommandContext, [String]) throws -> Int32
  }

  static let kinds: [Kind] = [
    Kind(name: "customer", usage: AddCustomerCommand.usage, run: AddCustomerCommand.run),
    Kind(name: "prospect", usage: AddProspectCommand.usage, run: AddProspectCommand.run),
  ]

  static let command = Command(
    name: "add", summary: "add a customer or a prospect", usage: usage, run: run)

  static var usage: String {
    "Usage: firstk add KIND ...   (KIND: \(kinds.map(\.name).joined(separator: ", ")))\n\n"
      + kinds.map(\.usage).joined(separator: "\n")
  }

  static func run(_ context: CommandContext, _ arguments: [String]) throws -> Int32 {
    let names = kinds.map(\.name).joined(separator: " or ")
    guard let word = arguments.first else {
      throw UsageError("add: say what to add: \(names)")
    }
    guard let kind = kinds.first(where: { $0.name == word }) else {
      throw UsageError("add: cannot add \"\(word)\"; add \(names)")
    }
    return try kind.run(context, Array(arguments.dropFirst()))
  }
}
