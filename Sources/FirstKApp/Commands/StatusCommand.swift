import FirstKCore
import FirstKData

/// `firstk status`: MRR against the goal in one line, for a prompt, a tmux status bar or
/// a script.
enum StatusCommand {
  static let command = Command(
    name: "status", summary: "MRR against the goal in one line (--tmux, --json)",
    usage: usage, run: run)

  static let usage = """
    Usage: firstk status [--tmux | --json]

    Prints MRR, the goal, the percentage reached and how many subscriptions pay, e.g.
      MRR $130.67 of $1,000 goal (13%) · 3 paying customers
    Currencies without a rate (firstk profile --rate) are shown beside MRR, not added.

      --tmux   a short line for a tmux status bar, e.g. $130/$1k 3c; in ~/.tmux.conf:
               set -g status-right '#(firstk status --tmux)'
      --json   an object: date, currency, mrr_minor, goal_minor, percent,
               paying_customers, arpu_minor, list_price_minor, customers_needed,
               committed_churn_minor, ending_subscriptions, mrr_by_currency
               (amounts in minor units: cents, or yen for JPY; null when unknown)

    """

  static func run(_ context: CommandContext, _ arguments: [String]) throws -> Int32 {
    let options = try CommandOptions(
      arguments, command: "status", valued: [], flags: ["--tmux", "--json"])
    if let extra = options.positionals.first {
      throw UsageError("status: unexpected argument \"\(extra)\"")
    }
    if options.flag("--tmux") && options.flag("--json") {
      throw UsageError("status: choose --tmux or --json, not both")
    }
    let store = try context.openStore()
    let report = try MRRFigures.load(from: store, on: context.today, names: false).report
    if options.flag("--json") {
      let counts = try store.statusCounts(on: context.today)
      let members = fields(report: report) + [
        .init("due_today", .integer(Int64(counts.dueToday))),
        .init("overdue", .integer(Int64(counts.overdue))),
        .init("asks_today", .integer(Int64(counts.asksToday))),
        .init("asks_total", .integer(Int64(counts.asksTotal))),
      ]
      context.console.out(JSON.object(members).encoded(indent: 2) + "\n")
    } else if options.flag("--tmux") {
      context.console.out(tmuxLine(report) + "\n")
    } else {
      context.console.out(line(report) + "\n")
    }
    return 0
  }

  /// The members of `status --json`, in order; more figures are appended after these.
  static func fields(report: MRRReport) -> [JSON.Member] {
    func minor(_ money: Money?) -> JSON { money.map { .integer($0.minor) } ?? .null }
    return [
      .init("date", .string(report.day.description)),
      .init("currency", .string(report.mrr.currency.code)),
      .init("mrr_minor", .integer(report.mrr.minor)),
      .init("goal_minor", .integer(report.goal.minor)),
      .init("percent", .integer(Int64(report.percent))),
      .init("paying_customers", .integer(Int64(report.payingCustomers))),
      .init("paying_in_mrr", .integer(Int64(report.payingInMRR))),
      .init("arpu_minor", minor(report.arpu)),
      .init("list_price_minor", minor(report.listPrice)),
      .init("customers_needed", report.customersNeeded.map { .integer(Int64($0)) } ?? .null),
      .init("committed_churn_minor", .integer(report.committedChurn.minor)),
      .init("ending_subscriptions", .integer(Int64(report.endingSubscriptions))),
      .init("mrr_by_currency", report.byCurrencyJSON),
    ]
  }

  /// `MRR $130.67 of $1,000 goal (13%) · 3 paying customers · €19.00 not converted`.
  static func line(_ report: MRRReport) -> String {
    let count = report.payingCustomers
    var parts = [
      "MRR \(report.mrr.formatted()) of \(report.goal.formatted(showMinor: false)) goal "
        + "(\(report.percent)%)",
      "\(count) paying customer\(count == 1 ? "" : "s")",
    ]
    for (currency, minor) in report.unconverted {
      parts.append(Money(minor: minor, currency: currency).formatted() + " not converted")
    }
    return parts.joined(separator: " · ")
  }

  /// `$130/$1k 3c`: whole units of MRR, the goal, and the paying subscriptions.
  static func tmuxLine(_ report: MRRReport) -> String {
    "\(CompactMoney.whole(report.mrr))/\(CompactMoney.round(report.goal)) "
      + "\(report.payingCustomers)c"
  }
}
