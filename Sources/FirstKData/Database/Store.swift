import FirstKCore

/// firstk's data as the rest of the program sees it: profile and customers in, out and
/// changed, each change in its own transaction and committed before the call returns.
public final class Store {
  public let database: Database

  /// Wraps a connection that is already open and migrated.
  public init(database: Database) {
    self.database = database
  }

  /// Opens (creating and migrating if needed) the database at `path`.
  public convenience init(path: String) throws(DatabaseError) {
    self.init(database: try Database(path: path))
  }

  /// One more connection, for reading on another thread, to a database this process
  /// already has open; see `Database(readingAlongside:)`.
  public convenience init(readingAlongside path: String) throws(DatabaseError) {
    self.init(database: try Database(readingAlongside: path))
  }

  /// The lowest and highest row id of `table`, or nil when it is empty. Asked for one at
  /// a time, SQLite finds each at an end of the table's tree without reading the rows
  /// between; asked for both in one query, it would read them all.
  public func rowIDs(of table: String) throws(DatabaseError) -> ClosedRange<Int64>? {
    guard let low = try database.scalar("SELECT min(id) FROM \(table)"),
      let high = try database.scalar("SELECT max(id) FROM \(table)"), low <= high
    else { return nil }
    return low...high
  }

  /// An inotify watcher on this database's directory, for the dashboard's `poll()` set.
  public func makeWatcher() throws(DatabaseError) -> DatabaseWatcher {
    try DatabaseWatcher(databasePath: database.path)
  }

  /// Changes when another process commits; compare it between frames to know when to reload.
  public func changeCounter() throws(DatabaseError) -> Int64 {
    try database.changeCounter()
  }

  /// The saved profile, or the defaults (goal $1,000, USD, Monday) when none is saved yet.
  public func loadProfile() throws(DatabaseError) -> Profile {
    let rows = try database.query(
      """
      SELECT product_name, problem, audience, list_price_minor, list_price_currency, started,
        built, goal_minor, goal_currency, currency, first_weekday, grace_days
      FROM profile WHERE id = 1
      """
    ) { row throws(DatabaseError) in try decodeProfile(row) }
    var profile = rows.first ?? Profile()
    let rates = try database.query("SELECT currency, millionths FROM exchange_rates") {
      row throws(DatabaseError) in
      (try decodeCurrency(row.text(0), table: "exchange_rates", id: 0), row.int64(1))
    }
    for (currency, millionths) in rates {
      profile.ratesInMillionths[currency] = millionths
    }
    return profile
  }

  /// Replaces the saved profile and rates with `profile`, after checking its values.
  public func saveProfile(_ profile: Profile) throws(DatabaseError) {
    if let problem = profile.validationProblem { throw .refused(problem) }
    try database.transaction { () throws(DatabaseError) in
      try database.execute(
        """
        INSERT INTO profile (id, product_name, problem, audience, list_price_minor,
          list_price_currency, started, built, goal_minor, goal_currency, currency,
          first_weekday, grace_days)
        VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (id) DO UPDATE SET product_name = excluded.product_name,
          problem = excluded.problem, audience = excluded.audience,
          list_price_minor = excluded.list_price_minor,
          list_price_currency = excluded.list_price_currency, started = excluded.started,
          built = excluded.built, goal_minor = excluded.goal_minor,
          goal_currency = excluded.goal_currency, currency = excluded.currency,
          first_weekday = excluded.first_weekday, grace_days = excluded.grace_days
        """,
        [
          .text(profile.productName), .text(profile.problem), .text(profile.audience),
          .optional(profile.listPrice?.minor), .optional(profile.listPrice?.currency.code),
          .optional(profile.started?.description), .optional(profile.built.map { $0 ? 1 : 0 }),
          .integer(profile.goal.minor), .text(profile.goal.currency.code),
          .text(profile.currency.code), .integer(Int64(profile.firstWeekday)),
          .integer(Int64(profile.pastDueGraceDays)),
        ])
      try database.execute("DELETE FROM exchange_rates")
      let insert = try database.prepare(
        "INSERT INTO exchange_rates (currency, millionths) VALUES (?, ?)")
      for (currency, millionths) in profile.ratesInMillionths {
        try insert.bind([.text(currency.code), .integer(millionths)])
        try insert.run()
      }
    }
  }

  private func decodeProfile(_ row: Statement) throws(DatabaseError) -> Profile {
    var profile = Profile()
    profile.productName = row.text(0)
    profile.problem = row.text(1)
    profile.audience = row.text(2)
    if let minor = row.optionalInt64(3) {
      let currency = try decodeCurrency(row.text(4), table: "profile", id: 1)
      profile.listPrice = Money(minor: minor, currency: currency)
    }
    profile.started = try decodeDate(row.optionalText(5), table: "profile", id: 1)
    profile.built = row.optionalInt64(6).map { $0 != 0 }
    let goalCurrency = try decodeCurrency(row.text(8), table: "profile", id: 1)
    profile.goal = Money(minor: row.int64(7), currency: goalCurrency)
    profile.currency = try decodeCurrency(row.text(9), table: "profile", id: 1)
    profile.firstWeekday = Int(row.int64(10))
    profile.pastDueGraceDays = Int(row.int64(11))
    return profile
  }

  func decodeCurrency(_ text: String, table: String, id: Int64) throws(DatabaseError) -> Currency {
    guard let currency = Currency(text) else {
      throw .unreadableRow(
        path: database.path, table: table, id: id, reason: "bad currency \"\(text)\"")
    }
    return currency
  }

  func decodeDate(_ text: String?, table: String, id: Int64) throws(DatabaseError) -> CivilDate? {
    guard let text else { return nil }
    guard let date = CivilDate(iso: text) else {
      throw .unreadableRow(
        path: database.path, table: table, id: id, reason: "bad date \"\(text)\"")
    }
    return date
  }
}
