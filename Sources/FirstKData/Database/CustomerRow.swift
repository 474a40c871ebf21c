import FirstKCore

/// How a `Customer` is laid out in the customers table, in one place for reads and writes.
enum CustomerRow {
  static let columns = """
    id, name, contact, amount_minor, currency, interval, interval_count, quantity, status,
    started, canceled_on, cancel_at_period_end, current_period_end, past_due_since, trial_end,
    source, plan, notes, external_id
    """

  /// `columns` with only what the MRR rules read; the others are selected as null, which
  /// `decode` reads as empty without making a String.
  static let mrrColumns = """
    id, NULL, NULL, amount_minor, currency, interval, interval_count, quantity, status,
    started, canceled_on, cancel_at_period_end, current_period_end, past_due_since, NULL,
    NULL, NULL, NULL, NULL
    """

  static let insertSQL = """
    INSERT INTO customers (name, contact, amount_minor, currency, interval, interval_count,
      quantity, status, started, canceled_on, cancel_at_period_end, current_period_end,
      past_due_since, trial_end, source, plan, notes, external_id)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    """

  static let updateSQL = """
    UPDATE customers SET name = ?, contact = ?, amount_minor = ?, currency = ?, interval = ?,
      interval_count = ?, quantity = ?, status = ?, started = ?, canceled_on = ?,
      cancel_at_period_end = ?, current_period_end = ?, past_due_since = ?, trial_end = ?,
      source = ?, plan = ?, notes = ?, external_id = ?
    WHERE id = ?
    """

  /// Refuses a customer whose numbers make no sense, before anything is written.
  static func check(_ customer: Customer) throws(DatabaseError) {
    if let problem = customer.validationProblem { throw .refused(problem) }
  }

  /// The values for `insertSQL` and the first part of `updateSQL`, in column order.
  static func values(of customer: Customer) -> [SQLValue] {
    [
      .text(customer.name), .text(customer.contact), .integer(customer.amount.minor),
      .text(customer.amount.currency.code), .text(customer.interval.rawValue),
      .integer(Int64(customer.intervalCount)), .integer(Int64(customer.quantity)),
      .text(customer.status.rawValue), .optional(customer.started?.description),
      .optional(customer.canceledOn?.description), .integer(customer.cancelAtPeriodEnd ? 1 : 0),
      .optional(customer.currentPeriodEnd?.description),
      .optional(customer.pastDueSince?.description), .optional(customer.trialEnd?.description),
      .text(customer.source), .text(customer.plan), .text(customer.notes),
      .optional(customer.externalID),
    ]
  }

  /// Reads one row selected with `columns` or `mrrColumns`. Dates are parsed from the
  /// column bytes, since a status line decodes every customer.
  static func decode(_ row: Statement, store: Store) throws(DatabaseError) -> Customer {
    let id = row.int64(0)
    func unreadable(_ reason: String) -> DatabaseError {
      .unreadableRow(path: store.database.path, table: "customers", id: id, reason: reason)
    }
    func date(_ column: Int32) throws(DatabaseError) -> CivilDate? {
      try store.decodeDate(row, column, table: "customers", id: id)
    }
    let currency = try store.decodeCurrency(row.text(4), table: "customers", id: id)
    guard let interval = row.rawValue(5, as: BillingInterval.self) else {
      throw unreadable("bad interval \"\(row.text(5))\"")
    }
    guard let status = row.rawValue(8, as: SubscriptionStatus.self) else {
      throw unreadable("bad status \"\(row.text(8))\"")
    }
    return Customer(
      id: id, name: row.text(1), contact: row.text(2),
      amount: Money(minor: row.int64(3), currency: currency), interval: interval,
      intervalCount: Int(row.int64(6)), quantity: Int(row.int64(7)), status: status,
      started: try date(9), canceledOn: try date(10), cancelAtPeriodEnd: row.int64(11) != 0,
      currentPeriodEnd: try date(12), pastDueSince: try date(13), trialEnd: try date(14),
      source: row.text(15), plan: row.text(16), notes: row.text(17),
      externalID: row.optionalText(18))
  }
}
