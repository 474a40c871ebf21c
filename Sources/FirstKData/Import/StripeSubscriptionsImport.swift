import FirstKCore

/// Reads the subscriptions export of the Stripe dashboard into customers, one per
/// subscription, keyed by the subscription id so a re-import updates instead of adding.
public enum StripeSubscriptionsImport {
  /// Columns without which a file is not read as a Stripe export.
  static let required = ["id", "Amount", "Currency", "Interval", "Status"]

  /// Parses the export. Columns are found by name in any order and unknown ones are
  /// ignored; each unreadable row becomes a problem while the others are read.
  /// Throws when the file is not CSV or lacks the required columns.
  public static func parse(text: String) throws(ImportRefusal) -> ImportParse {
    let (header, rows) = try ImportRows.read(text)
    let columns = StripeColumns(CSVHeader(header.fields))
    let missing = zip(required, columns.requiredPositions).filter { $0.1 == nil }.map(\.0)
    guard missing.isEmpty else {
      throw ImportRefusal(
        line: header.line,
        message: "this is not a Stripe subscriptions export: the header row lacks "
          + "\(ImportRows.list(missing)). Expected the columns "
          + "\(ImportRows.list(required)); export the file from the Subscriptions page "
          + "of the Stripe dashboard.")
    }

    var parse = ImportRows.collect(rows) { (record: CSVRecord) throws(RowProblem) in
      try columns.customer(from: record)
    }
    var firstLine: [String: Int] = [:]
    var unique: [(line: Int, customer: Customer)] = []
    for entry in parse.customers {
      let id = entry.customer.externalID ?? ""
      if let first = firstLine[id] {
        parse.problems.append(
          (entry.line, "subscription \(id) appears again; line \(first) already has it"))
      } else {
        firstLine[id] = entry.line
        unique.append(entry)
      }
    }
    parse.customers = unique
    parse.problems.sort { $0.line < $1.line }
    return parse
  }
}

/// Where each Stripe column is in one file, and how a row becomes a customer.
struct StripeColumns {
  let header: CSVHeader
  let id, amount, currency, interval, status: Int?
  let customerID, description, email, name, plan, product, quantity, intervalCount: Int?
  let created, start, periodEnd, canceledAt, endedAt, trialEnd, cancelAtPeriodEnd, coupon: Int?

  init(_ header: CSVHeader) {
    self.header = header
    id = header.column("id", "Subscription ID")
    amount = header.column("Amount")
    currency = header.column("Currency")
    interval = header.column("Interval")
    status = header.column("Status")
    customerID = header.column("Customer ID", "Customer")
    description = header.column("Customer Description")
    email = header.column("Customer Email")
    name = header.column("Customer Name")
    plan = header.column("Plan", "Plan Nickname", "Price ID")
    product = header.column("Product", "Product Name")
    quantity = header.column("Quantity")
    intervalCount = header.column("Interval Count", "interval_count")
    created = header.column("Created (UTC)", "Created")
    start = header.column("Start Date (UTC)", "Start (UTC)", "Start Date")
    periodEnd = header.column("Current Period End (UTC)", "Current Period End")
    canceledAt = header.column("Canceled At (UTC)", "Cancelled At (UTC)", "Canceled At")
    endedAt = header.column("Ended At (UTC)", "Ended At")
    trialEnd = header.column("Trial End (UTC)", "Trial End")
    cancelAtPeriodEnd = header.column("Cancel At Period End")
    coupon = header.column("Coupon")
  }

  /// Positions of `StripeSubscriptionsImport.required`, in that order.
  var requiredPositions: [Int?] { [id, amount, currency, interval, status] }

  func customer(from record: CSVRecord) throws(RowProblem) -> Customer {
    var reasons: [String] = []
    func text(_ column: Int?) -> String { header.value(column, in: record) }
    func problem(_ column: Int?, _ value: String, _ expected: String) {
      let name = column.map { header.names[$0].trimmingSpaces() } ?? "?"
      reasons.append("\(name) \(ImportFields.quoted(value)) is not \(expected)")
    }
    func date(_ column: Int?) -> CivilDate? {
      let value = text(column)
      guard !value.isEmpty else { return nil }
      let day = ImportDate.parse(value)
      if day == nil { problem(column, value, "a date such as 2025-01-05 10:00") }
      return day
    }

    let subscription = text(self.id)
    if subscription.isEmpty { reasons.append("the id is empty") }
    let code = Currency(text(self.currency))
    if code == nil { problem(self.currency, text(self.currency), "a currency code such as usd") }
    let money = code.flatMap {
      ImportFields.amount(text(self.amount), currency: $0, decimalComma: false)
    }
    if text(self.amount).isEmpty {
      reasons.append("the amount is empty")
    } else if code != nil && money == nil {
      problem(self.amount, text(self.amount), "an amount such as 29.00")
    }
    let billing = text(self.interval).isEmpty ? nil : ImportFields.interval(text(self.interval))
    if billing == nil { problem(self.interval, text(self.interval), "day, week, month or year") }
    let every = ImportFields.count(text(self.intervalCount), minimum: 1, empty: 1)
    if every == nil {
      problem(self.intervalCount, text(self.intervalCount), "a whole number from 1 up")
    }
    let state = ImportFields.status(text(self.status))
    if state == nil { problem(self.status, text(self.status), ImportFields.statusNames) }
    let units = ImportFields.count(text(self.quantity), minimum: 0, empty: 1)
    if units == nil { problem(self.quantity, text(self.quantity), "a whole number") }
    let cancels = ImportFields.flag(text(self.cancelAtPeriodEnd))
    if cancels == nil {
      problem(self.cancelAtPeriodEnd, text(self.cancelAtPeriodEnd), "true or false")
    }
    let started = date(self.start) ?? date(self.created)
    let ended = date(self.endedAt)
    let canceled = date(self.canceledAt)
    let paidUntil = date(self.periodEnd)
    let trialEnds = date(self.trialEnd)

    guard reasons.isEmpty, let money, let billing, let every, let state, let units, let cancels
    else { throw RowProblem(reason: reasons.joined(separator: "; ")) }

    let coupon = text(self.coupon)
    let names = [text(name), text(description), text(email), text(customerID), subscription]
    return Customer(
      name: ImportFields.singleLine(names.first { !$0.isEmpty } ?? subscription),
      contact: text(email), amount: money, interval: billing.interval,
      intervalCount: billing.count * every, quantity: units, status: state, started: started,
      canceledOn: ended ?? (state == .canceled ? canceled : nil), cancelAtPeriodEnd: cancels,
      currentPeriodEnd: paidUntil, trialEnd: trialEnds, source: "stripe",
      plan: text(plan).isEmpty ? text(product) : text(plan),
      notes: coupon.isEmpty ? "" : "coupon \(coupon)", externalID: subscription)
  }
}
