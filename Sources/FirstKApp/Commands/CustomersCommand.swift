import FirstKCore
import FirstKData
import FirstKUI

/// `firstk customers [--json]`: every customer as a table, or as JSON for scripts.
enum CustomersCommand {
  static let command = Command(
    name: "customers", summary: "list customers (--json for scripts)", usage: usage, run: run)

  static let usage = """
    Usage: firstk customers [--json]

    Lists every customer, oldest first.

      --json   a JSON array of objects: id, name, amount_minor, currency, interval,
               every, quantity, status, started, canceled, source, external_id

    """

  static func run(_ context: CommandContext, _ arguments: [String]) throws -> Int32 {
    let options = try CommandOptions(
      arguments, command: "customers", valued: [], flags: ["--json"])
    if let extra = options.positionals.first {
      throw UsageError("customers: unexpected argument \"\(extra)\"")
    }
    let customers = try context.openStore().customers()
    if options.flag("--json") {
      context.console.out(JSON.array(customers.map(json)).encoded(indent: 2) + "\n")
    } else if customers.isEmpty {
      context.console.out("No customers yet. Add one: firstk add customer NAME --amount 49\n")
    } else {
      context.console.out(table(customers).joined(separator: "\n") + "\n")
    }
    return 0
  }

  /// One customer as the object `--json` documents.
  static func json(_ customer: Customer) -> JSON {
    .object([
      .init("id", customer.id.map(JSON.integer) ?? .null),
      .init("name", .string(customer.name)),
      .init("amount_minor", .integer(customer.amount.minor)),
      .init("currency", .string(customer.amount.currency.code)),
      .init("interval", .string(customer.interval.rawValue)),
      .init("every", .integer(Int64(customer.intervalCount))),
      .init("quantity", .integer(Int64(customer.quantity))),
      .init("status", .string(customer.status.rawValue)),
      .init("started", .optional(customer.started?.description)),
      .init("canceled", .optional(customer.canceledOn?.description)),
      .init("source", .string(customer.source)),
      .init("external_id", .optional(customer.externalID)),
    ])
  }

  /// Aligned columns: numbers right, text left, widths measured as the terminal draws them.
  static func table(_ customers: [Customer]) -> [String] {
    let header = ["ID", "Name", "Amount", "Billing", "Qty", "Status", "Started", "Source"]
    let rightAligned: Set<Int> = [0, 2, 4]
    let rows = customers.map { customer in
      [
        customer.id.map(String.init) ?? "", printable(customer.name),
        customer.amount.formatted(), CustomerText.period(of: customer),
        String(customer.quantity), customer.status.rawValue,
        customer.started?.description ?? "-", printable(customer.source),
      ]
    }
    return TextTable.lines(header: header, rows: rows, rightAligned: rightAligned)
  }

  /// The text with control characters replaced, so a name from an import cannot move
  /// the cursor or change colours.
  static func printable(_ text: String) -> String {
    TextTable.inert(text)
  }
}
