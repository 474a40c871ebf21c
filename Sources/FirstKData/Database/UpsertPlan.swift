import FirstKCore

/// How imported customers merge into the saved ones, worked out in memory before
/// anything is written, so a dry run and a real import report the very same counts.
///
/// A row matches the saved customer with the same external id; a row without one
/// matches the first saved customer of the same name that has none and that no earlier
/// row matched. Lookups go through dictionaries built once, so ten thousand rows merge
/// in linear time.
struct UpsertPlan {
  /// What happens to one row of `rows`.
  enum Change: Equatable {
    case kept
    case updated
    case added
  }

  /// The saved customers followed by the new ones, with the imported values applied.
  private(set) var rows: [Customer]
  /// One entry for each of `rows`.
  private(set) var changes: [Change]
  private(set) var result = UpsertResult()

  init(saved: [Customer], incoming: [Customer]) {
    rows = saved
    rows.reserveCapacity(saved.count + incoming.count)
    changes = Array(repeating: .kept, count: saved.count)
    var byExternalID: [String: Int] = [:]
    var byName: [String: [Int]] = [:]
    for (index, customer) in saved.enumerated() {
      if let external = customer.externalID {
        if byExternalID[external] == nil { byExternalID[external] = index }
      } else {
        byName[customer.name, default: []].append(index)
      }
    }

    var namesTaken: [String: Int] = [:]
    for var customer in incoming {
      var match: Int?
      if let external = customer.externalID {
        match = byExternalID[external]
      } else if let candidates = byName[customer.name] {
        let taken = namesTaken[customer.name] ?? 0
        if taken < candidates.count {
          match = candidates[taken]
          namesTaken[customer.name] = taken + 1
        }
      }

      guard let match else {
        if let external = customer.externalID { byExternalID[external] = rows.count }
        rows.append(customer)
        changes.append(.added)
        result.added += 1
        continue
      }
      customer.id = rows[match].id
      if customer.notes.isEmpty { customer.notes = rows[match].notes }
      if customer == rows[match] {
        result.unchanged += 1
        continue
      }
      rows[match] = customer
      if changes[match] == .kept { changes[match] = .updated }
      result.updated += 1
    }
  }

  /// The rows to insert, in the order they came, and those to overwrite.
  var writes: (inserts: [Customer], updates: [Customer]) {
    var inserts: [Customer] = []
    var updates: [Customer] = []
    for (customer, change) in zip(rows, changes) {
      switch change {
      case .kept: break
      case .updated: updates.append(customer)
      case .added: inserts.append(customer)
      }
    }
    return (inserts, updates)
  }
}
