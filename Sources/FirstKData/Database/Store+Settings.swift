import FirstKCore

extension Store {
  /// The settings key holding the follow-up days, such as `3,7,14`.
  static let cadenceKey = "follow_up_days"
  static let calendarKey = "calendar_id"

  /// The user's ONE next action, or nil when none is set or the last one is done.
  public func nextAction() throws(DatabaseError) -> String? {
    try database.query(
      "SELECT text FROM next_action WHERE done_on IS NULL ORDER BY id DESC LIMIT 1"
    ) { $0.text(0) }.first
  }

  /// Makes `text` the ONE next action, set on `day`; an unfinished one it replaces is
  /// dropped, and finished ones stay as the record of what was done.
  public func saveNextAction(_ text: String, on day: CivilDate) throws(DatabaseError) {
    let trimmed = text.trimmingSpaces()
    guard !trimmed.isEmpty else { throw .refused("the next action needs some words") }
    try database.transaction { () throws(DatabaseError) in
      try database.execute("DELETE FROM next_action WHERE done_on IS NULL")
      try database.execute(
        "INSERT INTO next_action (text, set_on) VALUES (?, ?)",
        [.text(trimmed), .text(day.description)])
    }
  }

  /// Marks the ONE next action done on `day`; false when there was none to mark.
  @discardableResult
  public func markNextActionDone(on day: CivilDate) throws(DatabaseError) -> Bool {
    try database.transaction { () throws(DatabaseError) in
      try database.execute(
        "UPDATE next_action SET done_on = ? WHERE done_on IS NULL", [.text(day.description)])
      return database.changes > 0
    }
  }

  /// The days on which an ask's follow-ups fall; the playbook's 3, 7, 14 until changed.
  public func followUpCadence() throws(DatabaseError) -> FollowUpCadence {
    let saved = try database.query(
      "SELECT value FROM settings WHERE key = ?", [.text(Store.cadenceKey)]
    ) { $0.text(0) }.first
    guard let saved else { return .playbook }
    do {
      return try FollowUpCadence(parsing: saved)
    } catch {
      throw .refused(
        "\(database.path): the saved follow-up days \"\(saved)\" cannot be read; set them "
          + "again with firstk profile --follow-up-days 3,7,14")
    }
  }

  /// Saves the days on which future asks plan their follow-ups.
  public func saveFollowUpCadence(_ cadence: FollowUpCadence) throws(DatabaseError) {
    let text = cadence.days.map(String.init).joined(separator: ",")
    try database.transaction { () throws(DatabaseError) in
      try database.execute(
        """
        INSERT INTO settings (key, value) VALUES (?, ?)
        ON CONFLICT (key) DO UPDATE SET value = excluded.value
        """, [.text(Store.cadenceKey), .text(text)])
    }
  }

  /// A random name for this database's calendar, made on first use and kept: calendar
  /// apps tell events apart by their ids, and two databases must not share one.
  public func calendarID() throws(DatabaseError) -> String {
    try database.transaction { () throws(DatabaseError) in
      var made = SystemRandomNumberGenerator()
      let fresh = (0..<2).map { _ in
        let word = String(made.next() as UInt64, radix: 16)
        return String(repeating: "0", count: 16 - word.count) + word
      }.joined()
      try database.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING",
        [.text(Store.calendarKey), .text(fresh)])
      return try database.query(
        "SELECT value FROM settings WHERE key = ?", [.text(Store.calendarKey)]
      ) { $0.text(0) }.first ?? fresh
    }
  }
}
