import FirstKCore
import FirstKData

/// `firstk mrr`: monthly recurring revenue, and with `--explain` how every subscription
/// adds to it, so the number can be checked by hand.
enum MRRCommand {
  static let command = Command(
    name: "mrr", summary: "monthly recurring revenue (--explain shows the sum)",
    usage: usage, run: run)

  static let usage = """
    Usage: firstk mrr [--explain] [--json]

    Prints MRR in the primary currency, other currencies beside it (added only when
    firstk profile --rate gives a rate) and the committed churn.

      --explain   also each subscription: amount x quantity / billing period -> its
                  monthly value, or why it does not count; and the rules applied
      --json      an object: date, currency, mrr_minor, mrr_by_currency,
                  converted_minor, committed_churn_minor, ending_subscriptions,
                  subscriptions (one object each) and rules (sentences)

    """

  static func run(_ context: CommandContext, _ arguments: [String]) throws -> Int32 {
    let options = try CommandOptions(
      arguments, command: "mrr", valued: [], flags: ["--explain", "--json"])
    if let extra = options.positionals.first {
      throw UsageError("mrr: unexpected argument \"\(extra)\"")
    }
    let figures = try MRRFigures.load(context)
    var lines: [String]
    if options.flag("--json") {
      lines = [json(figures).encoded(indent: 2)]
    } else {
      lines = MRRText.summary(figures.report, profile: figures.profile)
      if options.flag("--explain") {
        lines += [""] + MRRText.explanation(figures)
      }
    }
    context.console.out(lines.joined(separator: "\n") + "\n")
    return 0
  }

  /// The whole report as the object `--json` documents.
  static func json(_ figures: MRRFigures) -> JSON {
    let report = figures.report
    return .object([
      .init("date", .string(report.day.description)),
      .init("currency", .string(report.mrr.currency.code)),
      .init("mrr_minor", .integer(report.mrr.minor)),
      .init("mrr_by_currency", report.byCurrencyJSON),
      .init("converted_minor", MRRReport.json(report.converted)),
      .init("committed_churn_minor", .integer(report.committedChurn.minor)),
      .init("ending_subscriptions", .integer(Int64(report.endingSubscriptions))),
      .init("subscriptions", .array(zip(figures.customers, report.lines).map(json))),
      .init("rules", .array(report.rules.map(JSON.string))),
    ])
  }

  /// One subscription and what it adds.
  static func json(_ customer: Customer, _ line: MRRLine) -> JSON {
    .object([
      .init("id", customer.id.map(JSON.integer) ?? .null),
      .init("name", .string(customer.name)),
      .init("currency", .string(customer.amount.currency.code)),
      .init("amount_minor", .integer(customer.amount.minor)),
      .init("quantity", .integer(Int64(customer.quantity))),
      .init("interval", .string(customer.interval.rawValue)),
      .init("every", .integer(Int64(customer.intervalCount))),
      .init("monthly_minor", line.monthly.map(JSON.integer) ?? .null),
      .init("excluded_because", .optional(line.excludedBecause)),
      .init("committed_churn", .bool(line.isCommittedChurn)),
      .init("ends_on", .optional(line.endsOn?.description)),
    ])
  }
}
