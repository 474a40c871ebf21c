import FirstKCore

extension Store {
  /// Every prospect, oldest row first, into an array sized once.
  public func prospects() throws(DatabaseError) -> [Prospect] {
    var rows: [Prospect] = []
    rows.reserveCapacity(Int(try database.scalar("SELECT count(*) FROM prospects") ?? 0))
    let statement = try database.prepare(
      "SELECT \(ProspectRow.columns) FROM prospects ORDER BY id")
    var companies = RepeatedText()
    while try statement.step() {
      rows.append(try ProspectRow.decode(statement, store: self, texts: &companies))
    }
    return rows
  }

  /// One prospect by row id, or nil when there is none.
  public func prospect(id: Int64) throws(DatabaseError) -> Prospect? {
    try database.query(
      "SELECT \(ProspectRow.columns) FROM prospects WHERE id = ?", [.integer(id)]
    ) { row throws(DatabaseError) in try ProspectRow.decode(row, store: self) }.first
  }

  /// The prospects whose name is `name` up to case and spacing, oldest first; more than
  /// one when two people share a name.
  public func prospects(named name: String) throws(DatabaseError) -> [Prospect] {
    try database.query(
      "SELECT \(ProspectRow.columns) FROM prospects WHERE name_key = ? ORDER BY id",
      [.text(ProspectNames.key(name))]
    ) { row throws(DatabaseError) in try ProspectRow.decode(row, store: self) }
  }

  /// The oldest prospect whose name is `name` up to case and spacing.
  public func prospect(named name: String) throws(DatabaseError) -> Prospect? {
    try prospects(named: name).first
  }

  /// Up to `limit` saved names close to `name`, for "did you mean" after a typo.
  public func closeMatches(to name: String, limit: Int = 5) throws(DatabaseError) -> [String] {
    let names = try database.query("SELECT DISTINCT name FROM prospects") { $0.text(0) }
    return ProspectNames.closeMatches(to: name, among: names, limit: limit)
  }

  /// Saves a new prospect (its `id` is ignored) and returns the new row id.
  @discardableResult
  public func insert(_ prospect: Prospect) throws(DatabaseError) -> Int64 {
    try ProspectRow.check(prospect)
    return try database.transaction { () throws(DatabaseError) in
      try database.insertRow(ProspectRow.insertSQL, ProspectRow.values(of: prospect))
    }
  }

  /// Overwrites the saved prospect with the same `id`; refuses a prospect never saved.
  public func update(_ prospect: Prospect) throws(DatabaseError) {
    guard let id = prospect.id else {
      throw .refused("prospect \"\(prospect.name)\" was never saved, so it cannot be updated")
    }
    try ProspectRow.check(prospect)
    try database.transaction { () throws(DatabaseError) in
      let values = ProspectRow.values(of: prospect) + [.integer(id)]
      try database.changeRow(ProspectRow.updateSQL, values, id: id, noun: "prospect")
    }
  }

  /// Updates a saved prospect or inserts a new one; returns its row id.
  @discardableResult
  public func save(_ prospect: Prospect) throws(DatabaseError) -> Int64 {
    guard let id = prospect.id else { return try insert(prospect) }
    try update(prospect)
    return id
  }

  /// Removes a prospect with its follow-ups and talks; refuses an id that does not exist.
  public func deleteProspect(id: Int64) throws(DatabaseError) {
    try database.transaction { () throws(DatabaseError) in
      try database.changeRow(
        "DELETE FROM prospects WHERE id = ?", [.integer(id)], id: id, noun: "prospect")
    }
  }

  /// Puts back a deleted prospect with its follow-ups, in one transaction, under the row
  /// ids they had while those are free: the prospect keeps its number and each
  /// follow-up the calendar event id it was exported with. Returns the prospect's id.
  @discardableResult
  public func restore(
    _ prospect: Prospect, followUps: [FollowUp]
  ) throws(DatabaseError) -> Int64 {
    try ProspectRow.check(prospect)
    for followUp in followUps { try FollowUpRow.check(followUp) }
    return try database.transaction { () throws(DatabaseError) in
      let id = try database.insertRow(
        ProspectRow.insertSQL, ProspectRow.values(of: prospect), keeping: prospect.id,
        table: "prospects")
      for var followUp in followUps {
        followUp.prospectID = id
        _ = try database.insertRow(
          FollowUpRow.insertSQL, FollowUpRow.values(of: followUp), keeping: followUp.id,
          table: "follow_ups")
      }
      return id
    }
  }

  /// Saves imported prospects in one transaction (all or none); returns how many.
  @discardableResult
  public func insertLeads(_ prospects: [Prospect]) throws(DatabaseError) -> Int {
    for prospect in prospects { try ProspectRow.check(prospect) }
    return try database.transaction { () throws(DatabaseError) in
      let insert = try database.prepare(ProspectRow.insertSQL)
      for prospect in prospects {
        try insert.bind(ProspectRow.values(of: prospect))
        try insert.run()
      }
      return prospects.count
    }
  }

  /// The header's ask and follow-up counters on `today`.
  public func askCounters(on today: CivilDate) throws(DatabaseError) -> AskCounters {
    let asks =
      try database.query(
        "SELECT count(asked_on), coalesce(sum(asked_on = ?), 0) FROM prospects",
        [.text(today.description)]
      ) { (Int($0.int64(0)), Int($0.int64(1))) }.first ?? (0, 0)
    let sent = try database.scalar("SELECT count(*) FROM follow_ups WHERE status = 'sent'")
    return AskCounters(asksToday: asks.1, totalAsks: asks.0, followUpsSent: Int(sent ?? 0))
  }

  /// The numbers `firstk status` shows for the follow-ups and asks on `today`.
  public func statusCounts(
    on today: CivilDate
  ) throws(DatabaseError) -> (dueToday: Int, overdue: Int, asksToday: Int, asksTotal: Int) {
    let day = SQLValue.text(today.description)
    let due =
      try database.query(
        """
        SELECT coalesce(sum(due = ?1), 0), coalesce(sum(due < ?1), 0) FROM follow_ups
        WHERE status = 'due' AND due <= ?1
        """, [day]
      ) { (Int($0.int64(0)), Int($0.int64(1))) }.first ?? (0, 0)
    let asks =
      try database.query(
        "SELECT coalesce(sum(asked_on = ?1), 0), count(asked_on) FROM prospects", [day]
      ) { (Int($0.int64(0)), Int($0.int64(1))) }.first ?? (0, 0)
    return (due.0, due.1, asks.0, asks.1)
  }
}
