import FirstKCore

extension Store {
  /// Records a validation talk in one transaction: the prospect (added when it has no
  /// id yet) updated by `ProspectOutcome.talked`, and the talk itself. Returns both saved.
  @discardableResult
  public func recordTalk(
    with prospect: Prospect, on day: CivilDate, wouldPay: Bool, notes: String = ""
  ) throws(DatabaseError) -> (prospect: Prospect, talk: ValidationTalk) {
    try database.transaction { () throws(DatabaseError) in
      var changed = ProspectOutcome.talked(prospect, on: day, wouldPay: wouldPay)
      changed.id = try save(changed)
      var talk = ValidationTalk(
        prospectID: changed.id ?? 0, day: day, wouldPay: wouldPay, notes: notes)
      try database.execute(
        "INSERT INTO talks (prospect_id, talked_on, would_pay, notes) VALUES (?, ?, ?, ?)",
        [
          .integer(talk.prospectID), .text(day.description), .integer(wouldPay ? 1 : 0),
          .text(notes),
        ])
      talk.id = database.lastInsertedID
      return (changed, talk)
    }
  }

  /// One prospect's talks, oldest first.
  public func talks(of prospectID: Int64) throws(DatabaseError) -> [ValidationTalk] {
    try database.query(
      """
      SELECT id, prospect_id, talked_on, would_pay, notes FROM talks WHERE prospect_id = ?
      ORDER BY talked_on, id
      """, [.integer(prospectID)]
    ) { row throws(DatabaseError) in
      let id = row.int64(0)
      guard let day = try decodeDate(row.text(2), table: "talks", id: id) else {
        throw .unreadableRow(path: database.path, table: "talks", id: id, reason: "no date")
      }
      return ValidationTalk(
        id: id, prospectID: row.int64(1), day: day, wouldPay: row.int64(3) != 0,
        notes: row.text(4))
    }
  }

  /// People talked to and, going by each one's latest talk, how many would pay; talked
  /// to as `Prospect.hasTalked` says, so the dashboard's header counts the same.
  public func talkCounts() throws(DatabaseError) -> TalkCounts {
    let counts =
      try database.query(
        """
        SELECT count(*), coalesce(sum(would_pay = 1), 0) FROM prospects
        WHERE talked_on IS NOT NULL OR would_pay IS NOT NULL
        """
      ) { (Int($0.int64(0)), Int($0.int64(1))) }.first ?? (0, 0)
    return TalkCounts(talkedTo: counts.0, wouldPay: counts.1)
  }
}
