import FirstKCore
import FirstKUI

/// The MRR report in words, for `firstk mrr`.
enum MRRText {
  /// MRR, each other currency with or without a rate, and the committed churn.
  static func summary(_ report: MRRReport, profile: Profile) -> [String] {
    let primary = report.mrr.currency
    var lines = ["MRR \(report.mrr.formatted()) on \(report.day)"]
    for (currency, minor) in report.byCurrency.sorted(by: { $0.key < $1.key })
    where currency != primary {
      let own = Money(minor: minor, currency: currency).formatted() + " a month"
      if let converted = report.converted[currency],
        let rate = profile.ratesInMillionths[currency]
      {
        lines.append(
          "  \(currency.code) \(own), added at \(ProfileText.decimal(millionths: rate)) "
            + "\(primary.code) per \(currency.code): "
            + Money(minor: converted, currency: primary).formatted())
      } else {
        lines.append(
          "  \(currency.code) \(own), not added: no rate; set one with "
            + "firstk profile --rate \(currency.code)=RATE")
      }
    }
    if report.endingSubscriptions > 0 {
      let count = report.endingSubscriptions
      lines.append(
        "Committed churn: \(report.committedChurn.formatted()) a month "
          + "(\(count) subscription\(count == 1 ? "" : "s") cancelled, still counted)")
    }
    return lines
  }

  /// Every subscription's contribution, then the rules applied.
  static func explanation(_ figures: MRRFigures) -> [String] {
    let rows = zip(figures.customers, figures.report.lines).map { customer, line in
      (CustomersCommand.printable(customer.name), contribution(customer, line))
    }
    let width = rows.map { TextWidth.of($0.0) }.max() ?? 0
    var lines = ["Subscriptions:"]
    if rows.isEmpty {
      lines.append("  none yet; add one with firstk add customer or firstk import stripe")
    }
    for (name, text) in rows {
      let gap = String(repeating: " ", count: width - TextWidth.of(name) + 2)
      lines.append("  " + name + gap + text)
    }
    lines += ["", "Rules:"] + figures.report.rules.map { "  - " + $0 }
    return lines
  }

  /// `$490.00 x 5 / year -> $204.17`, or `... -> not counted: trialing`.
  static func contribution(_ customer: Customer, _ line: MRRLine) -> String {
    let period = CustomerText.period(of: customer)
    let price = "\(customer.amount.formatted()) x \(customer.quantity) / \(period)"
    guard let monthly = line.monthly else {
      return "\(price) -> not counted: \(line.excludedBecause ?? "no monthly value")"
    }
    var text = "\(price) -> \(Money(minor: monthly, currency: line.currency).formatted())"
    if line.isCommittedChurn {
      text += ", cancelled: counts until " + (line.endsOn?.description ?? "an unknown date")
    }
    return text
  }
}
