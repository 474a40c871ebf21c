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
    try database.query("SELECT \(CustomerRow.columns) FROM customers ORDER BY id") {
      row throws(DatabaseError) in try CustomerRow.decode(row, store: self)
    }
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
      try database.execute(CustomerRow.insertSQL, CustomerRow.values(of: customer))
      return database.lastInsertedID
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
      try database.execute(CustomerRow.updateSQL, values)
      guard database.changes == 1 else { throw .refused("there is no customer \(id)") }
    }
  }

  /// Removes a customer; refuses an id that does not exist.
  public func delete(id: Int64) throws(DatabaseError) {
    try database.transaction { () throws(DatabaseError) in
      try database.execute("DELETE FROM customers WHERE id = ?", [.integer(id)])
      guard database.changes == 1 else { throw .refused("there is no customer \(id)") }
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
      var result = UpsertResult()
      var saved = try customers()
      var claimed: Set<Int64> = []
      for var customer in incoming {
        let match = saved.firstIndex { existing in
          if let external = customer.externalID { return existing.externalID == external }
          guard existing.externalID == nil, let id = existing.id else { return false }
          return existing.name == customer.name && !claimed.contains(id)
        }
        guard let match, let id = saved[match].id else {
          customer.id = try insert(customer)
          if let id = customer.id { claimed.insert(id) }
          saved.append(customer)
          result.added += 1
          continue
        }
        claimed.insert(id)
        customer.id = id
        if customer.notes.isEmpty { customer.notes = saved[match].notes }
        if customer == saved[match] {
          result.unchanged += 1
        } else {
          try update(customer)
          saved[match] = customer
          result.updated += 1
        }
      }
      return result
    }
  }
}
