import FirstKCore

/// How an import changed the customers table.
public struct UpsertResult: Equatable, Sendable {
  public var added = 0
  public var updated = 0
  public var unchanged = 0

  /// Counts of rows added, updated in place, and left as they were.
  public init(added: Int = 0, updated: Int = 0, unchanged: Int = 0) {
    self.added = added
    self.updated = updated
    self.unchanged = unchanged
  }
}

extension Store {
  /// Every customer, oldest row first.
  public func customers() throws(DatabaseError) -> [Customer] {
    try allCustomers(columns: CustomerRow.columns)
  }

  /// Every customer with just what the MRR rules read (amount, billing, status and
  /// the dates that decide whether it counts), oldest first; name, contact, plan, notes,
  /// source, trial end and external id are left empty. Quick enough for a status line
  /// over many thousands of customers.
  public func customersForMRR() throws(DatabaseError) -> [Customer] {
    try allCustomers(columns: CustomerRow.mrrColumns)
  }

  /// The customers whose row ids lie in `ids`, oldest first; reading a table in parts
  /// on several connections at once shares the work between cores.
  public func customers(ids: ClosedRange<Int64>) throws(DatabaseError) -> [Customer] {
    var result: [Customer] = []
    result.reserveCapacity(Int(min(ids.upperBound - ids.lowerBound + 1, 1 << 20)))
    let statement = try database.prepare(
      "SELECT \(CustomerRow.columns) FROM customers WHERE id BETWEEN ? AND ? ORDER BY id")
    try statement.bind([.integer(ids.lowerBound), .integer(ids.upperBound)])
    while try statement.step() {
      result.append(try CustomerRow.decode(statement, store: self))
    }
    return result
  }

  /// Every row, into an array sized once: growing it row by row would copy and
  /// page-fault megabytes for ten thousand customers. The count is only a size hint.
  private func allCustomers(columns: String) throws(DatabaseError) -> [Customer] {
    var result: [Customer] = []
    result.reserveCapacity(Int(try database.scalar("SELECT count(*) FROM customers") ?? 0))
    let statement = try database.prepare("SELECT \(columns) FROM customers ORDER BY id")
    while try statement.step() {
      result.append(try CustomerRow.decode(statement, store: self))
    }
    return result
  }

  /// One customer by row id, or nil when there is none.
  public func customer(id: Int64) throws(DatabaseError) -> Customer? {
    try database.query(
      "SELECT \(CustomerRow.columns) FROM customers WHERE id = ?", [.integer(id)]
    ) { row throws(DatabaseError) in try CustomerRow.decode(row, store: self) }.first
  }

  /// Saves a new customer (its `id` is ignored) and returns the new row id.
  @discardableResult
  public func insert(_ customer: Customer) throws(DatabaseError) -> Int64 {
    try CustomerRow.check(customer)
    return try database.transaction { () throws(DatabaseError) in
      try database.insertRow(CustomerRow.insertSQL, CustomerRow.values(of: customer))
    }
  }

  /// Puts back a deleted customer under the row id it had while that is free, so it
  /// keeps its number and its place in the list; returns the id it got.
  @discardableResult
  public func restore(_ customer: Customer) throws(DatabaseError) -> Int64 {
    try CustomerRow.check(customer)
    return try database.transaction { () throws(DatabaseError) in
      try database.insertRow(
        CustomerRow.insertSQL, CustomerRow.values(of: customer), keeping: customer.id,
        table: "customers")
    }
  }

  /// Overwrites the saved customer with the same `id`; refuses a customer never saved.
  public func update(_ customer: Customer) throws(DatabaseError) {
    guard let id = customer.id else {
      throw .refused("customer \"\(customer.name)\" was never saved, so it cannot be updated")
    }
    try CustomerRow.check(customer)
    try database.transaction { () throws(DatabaseError) in
      let values = CustomerRow.values(of: customer) + [.integer(id)]
      try database.changeRow(CustomerRow.updateSQL, values, id: id, noun: "customer")
    }
  }

  /// Removes a customer; refuses an id that does not exist.
  public func delete(id: Int64) throws(DatabaseError) {
    try database.transaction { () throws(DatabaseError) in
      try database.changeRow(
        "DELETE FROM customers WHERE id = ?", [.integer(id)], id: id, noun: "customer")
    }
  }

  /// Merges imported customers in one transaction, so importing the same file twice
  /// changes nothing. A row matches the saved customer with the same external id; a row
  /// without one matches a saved customer of the same name that also has none. Matched
  /// rows are written only when something differs; notes typed by the user survive an
  /// import that brings no notes. Nothing is written if any row is refused.
  public func upsertByExternalID(_ incoming: [Customer]) throws(DatabaseError) -> UpsertResult {
    for customer in incoming { try CustomerRow.check(customer) }
    return try database.transaction { () throws(DatabaseError) in
      let plan = UpsertPlan(saved: try customers(), incoming: incoming)
      let (inserts, updates) = plan.writes
      let insert = try database.prepare(CustomerRow.insertSQL)
      for customer in inserts {
        try insert.bind(CustomerRow.values(of: customer))
        try insert.run()
      }
      let update = try database.prepare(CustomerRow.updateSQL)
      for customer in updates {
        try update.bind(CustomerRow.values(of: customer) + [.optional(customer.id)])
        try update.run()
      }
      return plan.result
    }
  }

  /// The counts `upsertByExternalID` would report for `incoming`, without writing.
  public func previewUpsert(_ incoming: [Customer]) throws(DatabaseError) -> UpsertResult {
    try Store.previewUpsert(incoming, over: try customers())
  }

  /// The counts `upsertByExternalID` would report if `saved` were the saved customers;
  /// for a dry run against a database that does not exist yet.
  public static func previewUpsert(
    _ incoming: [Customer], over saved: [Customer]
  ) throws(DatabaseError) -> UpsertResult {
    for customer in incoming { try CustomerRow.check(customer) }
    return UpsertPlan(saved: saved, incoming: incoming).result
  }
}
