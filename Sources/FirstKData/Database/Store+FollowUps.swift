import FirstKCore

/// A follow-up with the name of the prospect it goes to, for lists that show both.
public struct NamedFollowUp: Equatable, Sendable {
  public var followUp: FollowUp
  public var prospectName: String

  /// Pairs a follow-up with the name it is addressed to.
  public init(followUp: FollowUp, prospectName: String) {
    self.followUp = followUp
    self.prospectName = prospectName
  }
}

extension Store {
  /// Every follow-up of every prospect, by prospect and step.
  ///
  /// The rows are read in table order, which SQLite does much faster than through the
  /// index of prospects, and sorted here only when they are not in order already, as
  /// they are when asks were recorded one prospect at a time.
  public func followUps() throws(DatabaseError) -> [FollowUp] {
    try sortedFollowUps(where: "")
  }

  /// The follow-ups still to send or sent, by prospect and step, as `followUps()` orders
  /// them; skipped ones are left out. The dashboard shows and counts only these, and
  /// reads them at every start and reload, so leaving the skipped half out halves that.
  public func liveFollowUps() throws(DatabaseError) -> [FollowUp] {
    try sortedFollowUps(where: "WHERE status <> 'skipped'")
  }

  private func sortedFollowUps(where clause: String) throws(DatabaseError) -> [FollowUp] {
    var rows: [FollowUp] = []
    // Sized for every row: SQLite counts a whole table at once but would scan it to count
    // a filtered part, and the pages of capacity left unused are never touched.
    rows.reserveCapacity(Int(try database.scalar("SELECT count(*) FROM follow_ups") ?? 0))
    let statement = try database.prepare(
      "SELECT \(FollowUpRow.columns) FROM follow_ups \(clause) ORDER BY id")
    var texts = RepeatedText()
    var ordered = true
    while try statement.step() {
      let followUp = try FollowUpRow.decode(statement, store: self, texts: &texts)
      if ordered, let last = rows.last, Self.followUpOrder(followUp, last) { ordered = false }
      rows.append(followUp)
    }
    if !ordered { rows.sort(by: Self.followUpOrder) }
    return rows
  }

  /// By prospect, then step, then row id: the order `followUps()` returns.
  static func followUpOrder(_ left: FollowUp, _ right: FollowUp) -> Bool {
    (left.prospectID, left.step, left.id ?? 0) < (right.prospectID, right.step, right.id ?? 0)
  }

  /// Calls `body` with each prospect, oldest first, and its follow-ups by step, reading
  /// both tables side by side so only one prospect is in memory at a time.
  public func eachProspectWithFollowUps(
    _ body: (Prospect, [FollowUp]) -> Void
  ) throws(DatabaseError) {
    let prospects = try database.prepare(
      "SELECT \(ProspectRow.columns) FROM prospects ORDER BY id")
    let followUps = try database.prepare(
      "SELECT \(FollowUpRow.columns) FROM follow_ups ORDER BY prospect_id, step, id")
    try prospects.bind([])
    try followUps.bind([])
    var texts = RepeatedText()
    var companies = RepeatedText()
    func decodeNext() throws(DatabaseError) -> FollowUp? {
      try followUps.step() ? try FollowUpRow.decode(followUps, store: self, texts: &texts) : nil
    }
    var next = try decodeNext()
    while try prospects.step() {
      let prospect = try ProspectRow.decode(prospects, store: self, texts: &companies)
      let id = prospect.id ?? 0
      var own: [FollowUp] = []
      while let followUp = next, followUp.prospectID <= id {
        if followUp.prospectID == id { own.append(followUp) }
        next = try decodeNext()
      }
      body(prospect, own)
    }
  }

  /// One prospect's follow-ups, by step, older asks before newer ones.
  public func followUps(of prospectID: Int64) throws(DatabaseError) -> [FollowUp] {
    try database.query(
      "SELECT \(FollowUpRow.columns) FROM follow_ups WHERE prospect_id = ? ORDER BY id",
      [.integer(prospectID)]
    ) { row throws(DatabaseError) in try FollowUpRow.decode(row, store: self) }
  }

  /// Follow-ups still to send, soonest first, with their prospects' names; on one day,
  /// by prospect, in the order the dashboard's agenda shows them.
  public func pendingFollowUps() throws(DatabaseError) -> [NamedFollowUp] {
    try named("WHERE f.status = 'due' ORDER BY f.due, f.prospect_id, f.step", [])
  }

  /// Follow-ups still to send that are due on `today` and before it (overdue), each list
  /// soonest first, in the agenda's order. Reads only those rows, through the index of
  /// pending due dates.
  public func dueFollowUps(
    on today: CivilDate
  ) throws(DatabaseError) -> (today: [NamedFollowUp], overdue: [NamedFollowUp]) {
    let rows = try named(
      "WHERE f.status = 'due' AND f.due <= ? ORDER BY f.due, f.prospect_id, f.step",
      [.text(today.description)])
    return (rows.filter { $0.followUp.due == today }, rows.filter { $0.followUp.due < today })
  }

  /// The first day after `day` with a follow-up still to send, and how many are due then.
  public func nextDue(
    after day: CivilDate
  ) throws(DatabaseError) -> (day: CivilDate, count: Int)? {
    let rows = try database.query(
      """
      SELECT due, count(*) FROM follow_ups WHERE status = 'due' AND due = (
        SELECT min(due) FROM follow_ups WHERE status = 'due' AND due > ?)
      """, [.text(day.description)]
    ) { row in (row.optionalText(0).flatMap { CivilDate(iso: $0) }, Int(row.int64(1))) }
    guard let first = rows.first, let next = first.0 else { return nil }
    return (next, first.1)
  }

  private func named(
    _ clause: String, _ values: [SQLValue]
  ) throws(DatabaseError) -> [NamedFollowUp] {
    var texts = RepeatedText()
    return try database.query(
      """
      SELECT \(FollowUpRow.aliasedColumns), p.name FROM follow_ups f
      JOIN prospects p ON p.id = f.prospect_id \(clause)
      """, values
    ) { row throws(DatabaseError) in
      NamedFollowUp(
        followUp: try FollowUpRow.decode(row, store: self, texts: &texts),
        prospectName: row.text(9))
    }
  }

  /// Saves a follow-up and returns its row id. One with an id overwrites that row; one
  /// without replaces the pending follow-up of the same prospect, step and step count
  /// (as the dashboard's state matches them), or else is added.
  @discardableResult
  public func save(_ followUp: FollowUp) throws(DatabaseError) -> Int64 {
    try FollowUpRow.check(followUp)
    return try database.transaction { () throws(DatabaseError) in
      var id = followUp.id
      if id == nil {
        id = try database.scalar(
          """
          SELECT id FROM follow_ups WHERE prospect_id = ? AND step = ? AND step_count = ?
            AND status = 'due' ORDER BY id DESC LIMIT 1
          """,
          [
            .integer(followUp.prospectID), .integer(Int64(followUp.step)),
            .integer(Int64(followUp.stepCount)),
          ])
      }
      guard let id else {
        return try database.insertRow(FollowUpRow.insertSQL, FollowUpRow.values(of: followUp))
      }
      let values = FollowUpRow.values(of: followUp) + [.integer(id)]
      try database.changeRow(FollowUpRow.updateSQL, values, id: id, noun: "follow-up")
      return id
    }
  }

  /// Removes one follow-up; refuses an id that does not exist.
  public func deleteFollowUp(id: Int64) throws(DatabaseError) {
    try database.transaction { () throws(DatabaseError) in
      try database.changeRow(
        "DELETE FROM follow_ups WHERE id = ?", [.integer(id)], id: id, noun: "follow-up")
    }
  }

  /// Saves everything an outcome changed in one transaction: the prospect, its changed
  /// and new follow-ups and the new customer, if any. Returns the change with row ids.
  @discardableResult
  public func save(_ change: OutcomeChange) throws(DatabaseError) -> OutcomeChange {
    if let customer = change.customer { try CustomerRow.check(customer) }
    return try database.transaction { () throws(DatabaseError) in
      var saved = change
      let prospectID = try save(change.prospect)
      saved.prospect.id = prospectID
      for index in saved.followUps.indices {
        if change.prospect.id == nil { saved.followUps[index].prospectID = prospectID }
        saved.followUps[index].id = try save(saved.followUps[index])
      }
      if let customer = change.customer {
        saved.customer?.id = try insert(customer)
      }
      return saved
    }
  }
}
