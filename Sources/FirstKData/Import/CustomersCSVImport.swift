import FirstKCore

/// Reads a plain customer list kept in a spreadsheet: a name and an amount per row, and
/// optionally interval, currency, start date, contact, quantity, status, plan and notes.
public enum CustomersCSVImport {
  /// Parses the list. Header names are matched without regard to case, with a few
  /// synonyms (`customer` for name, `price` or `mrr` for amount). A file separated by
  /// semicolons is taken to write decimal commas (`49,50`). Rows without a currency
  /// take it from a sign on the amount (`€19,90`), else use `defaultCurrency`; rows
  /// without an interval bill monthly.
  public static func parse(
    text: String, defaultCurrency: Currency
  ) throws(ImportRefusal) -> ImportParse {
    let delimiter = Character(
      CSVReader.guessDelimiter(String(text.drop { $0 == "\u{FEFF}" }.prefix { !$0.isNewline })))
    let (header, rows) = try ImportRows.read(text, delimiter: delimiter)
    let columns = CustomerColumns(
      CSVHeader(header.fields), currency: defaultCurrency, decimalComma: delimiter == ";")
    guard columns.name != nil, columns.amount != nil else {
      let found = header.fields.map { ImportFields.quoted($0.trimmingSpaces()) }
      throw ImportRefusal(
        line: header.line,
        message: "the header row needs a name column (name or customer) and an amount "
          + "column (amount, price or mrr); it has \(ImportRows.list(found)).")
    }
    return ImportRows.collect(rows) { (record: CSVRecord) throws(RowProblem) in
      try columns.customer(from: record)
    }
  }
}

/// Where each column of a plain customer list is, and how a row becomes a customer.
struct CustomerColumns {
  let header: CSVHeader
  let defaultCurrency: Currency
  let decimalComma: Bool
  let name, amount, interval, intervalCount, currency, started: Int?
  let contact, quantity, status, plan, notes: Int?

  init(_ header: CSVHeader, currency defaultCurrency: Currency, decimalComma: Bool) {
    self.header = header
    self.defaultCurrency = defaultCurrency
    self.decimalComma = decimalComma
    name = header.column("name", "customer", "customer name", "client")
    amount = header.column("amount", "price", "mrr", "monthly", "plan amount")
    interval = header.column("interval", "billing interval", "billing", "period")
    intervalCount = header.column("interval count", "every")
    currency = header.column("currency")
    started = header.column("started", "start", "start date", "since", "date", "created")
    contact = header.column("email", "contact", "e-mail")
    quantity = header.column("quantity", "seats", "qty")
    status = header.column("status")
    plan = header.column("plan")
    notes = header.column("notes", "note")
  }

  func customer(from record: CSVRecord) throws(RowProblem) -> Customer {
    var reasons: [String] = []
    func text(_ column: Int?) -> String { header.value(column, in: record) }
    func problem(_ column: Int?, _ expected: String) {
      let name = column.map { header.names[$0].trimmingSpaces() } ?? "?"
      reasons.append("\(name) \(ImportFields.quoted(text(column))) is not \(expected)")
    }

    let who = ImportFields.singleLine(text(self.name))
    if who.isEmpty { reasons.append("the name is empty") }
    let code =
      text(self.currency).isEmpty
      ? ImportFields.currency(signedIn: text(self.amount)) ?? defaultCurrency
      : Currency(text(self.currency))
    if code == nil { problem(self.currency, "a currency code such as EUR") }
    let money = code.flatMap {
      ImportFields.amount(text(self.amount), currency: $0, decimalComma: decimalComma)
    }
    if text(self.amount).isEmpty {
      reasons.append("the amount is empty")
    } else if code != nil && money == nil {
      problem(self.amount, decimalComma ? "an amount such as 49,50" : "an amount such as 49.50")
    }
    let billing = ImportFields.interval(text(self.interval))
    if billing == nil { problem(self.interval, "month, year, week, day or quarterly") }
    let every = ImportFields.count(text(self.intervalCount), minimum: 1, empty: 1)
    if every == nil { problem(self.intervalCount, "a whole number from 1 up") }
    let units = ImportFields.count(text(self.quantity), minimum: 0, empty: 1)
    if units == nil { problem(self.quantity, "a whole number") }
    let state = text(self.status).isEmpty ? .active : ImportFields.status(text(self.status))
    if state == nil { problem(self.status, ImportFields.statusNames) }
    let since = text(self.started).isEmpty ? nil : ImportDate.parse(text(self.started))
    if !text(self.started).isEmpty && since == nil {
      problem(self.started, "a date such as 2025-01-05")
    }

    guard reasons.isEmpty, let money, let billing, let every, let units, let state else {
      throw RowProblem(reason: reasons.joined(separator: "; "))
    }
    return Customer(
      name: who, contact: text(contact), amount: money, interval: billing.interval,
      intervalCount: billing.count * every, quantity: units, status: state, started: since,
      source: "csv", plan: text(plan), notes: text(notes))
  }
}
