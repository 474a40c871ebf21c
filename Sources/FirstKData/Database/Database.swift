import CSQLite

/// One connection to firstk's SQLite file, set up the way every part of firstk needs it:
/// WAL journal (readers never block the writer), a busy timeout so two firstk processes
/// wait for each other instead of failing, foreign keys on, and the schema migrated.
///
/// Not thread-safe: one owner uses it from one place.
public final class Database {
  public let path: String
  let handle: OpaquePointer

  /// How long a statement waits for another process's lock before giving up.
  public static let busyTimeoutMilliseconds: Int32 = 3000

  /// How much of the file SQLite may map into memory instead of copying it page by page
  /// into its cache. A dashboard start reads every prospect and follow-up; mapped, those
  /// pages cost no copies, which with 10,000 prospects saves about a sixth of the read.
  static let mappedBytes = 256 << 20

  /// Opens (creating if missing) the database at `path` and brings its schema up to date.
  public convenience init(path: String) throws(DatabaseError) {
    try self.init(path: path, migrations: Schema.migrations)
  }

  /// Opens with an explicit migration list, so tests can stop at, or go past, a version.
  public init(path: String, migrations: [Migration]) throws(DatabaseError) {
    try DatabaseFile.prepare(path)
    self.path = path
    handle = try Database.connect(path, flags: SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX)
    try execute("PRAGMA foreign_keys = ON")
    try checkReadable()
    let version = try userVersion()
    guard version <= migrations.count else {
      throw .newerSchema(path: path, found: version, supported: migrations.count)
    }
    if version == 0, let table = try scalarText(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' LIMIT 1")
    {
      throw .foreignDatabase(path: path, table: table)
    }
    if sqlite3_db_readonly(handle, "main") == 1 { throw .readOnly(path: path) }
    try execute("PRAGMA journal_mode = WAL")
    try migrate(to: migrations)
  }

  /// Opens one more connection, for reading, to a database this process already has
  /// open through `init(path:)`, which checked and migrated it.
  ///
  /// Only SQLite touches the file here. Locks on a file belong to the whole process, and
  /// closing any descriptor of it drops them all: a check that opened and closed the file
  /// would leave the open connections unlocked, and the next `firstk` command to finish
  /// would take itself for the last user and delete the write-ahead log from under them.
  public init(readingAlongside path: String) throws(DatabaseError) {
    self.path = path
    handle = try Database.connect(path, flags: SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX)
    try checkReadable()
  }

  /// A connection to `path` with extended result codes, the busy timeout and the file
  /// mapped into memory.
  private static func connect(_ path: String, flags: Int32) throws(DatabaseError) -> OpaquePointer {
    var pointer: OpaquePointer?
    let code = sqlite3_open_v2(path, &pointer, flags, nil)
    guard code == SQLITE_OK, let pointer else {
      let message = pointer.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
      sqlite3_close_v2(pointer)
      throw .fileNotCreatable(path: path, reason: message)
    }
    sqlite3_extended_result_codes(pointer, 1)
    sqlite3_busy_timeout(pointer, Database.busyTimeoutMilliseconds)
    sqlite3_exec(pointer, "PRAGMA mmap_size = \(Database.mappedBytes)", nil, nil, nil)
    return pointer
  }

  deinit {
    sqlite3_close_v2(handle)
  }

  /// Runs one or more statements that return no rows needed by the caller.
  public func execute(_ sql: String) throws(DatabaseError) {
    var message: UnsafeMutablePointer<CChar>?
    let code = sqlite3_exec(handle, sql, nil, nil, &message)
    sqlite3_free(message)
    guard code == SQLITE_OK else { throw error(code) }
  }

  /// Runs one statement with bound values, ignoring rows.
  public func execute(_ sql: String, _ values: [SQLValue]) throws(DatabaseError) {
    let statement = try prepare(sql)
    try statement.bind(values)
    try statement.run()
  }

  /// Compiles one statement for repeated use.
  public func prepare(_ sql: String) throws(DatabaseError) -> Statement {
    try Statement(database: self, sql: sql)
  }

  /// Reads every row of a query, turning each into a value with `row`.
  public func query<Row>(
    _ sql: String, _ values: [SQLValue] = [],
    row: (Statement) throws(DatabaseError) -> Row
  ) throws(DatabaseError) -> [Row] {
    let statement = try prepare(sql)
    try statement.bind(values)
    var rows: [Row] = []
    while try statement.step() {
      rows.append(try row(statement))
    }
    return rows
  }

  /// The first column of the first row as an integer, or nil when there is no row.
  public func scalar(_ sql: String, _ values: [SQLValue] = []) throws(DatabaseError) -> Int64? {
    try query(sql, values) { $0.optionalInt64(0) }.first ?? nil
  }

  /// Runs `body` inside one write transaction: committed when it returns, rolled back
  /// when it throws. A call inside an open transaction joins that transaction.
  public func transaction<Result>(
    _ body: () throws(DatabaseError) -> Result
  ) throws(DatabaseError) -> Result {
    guard sqlite3_get_autocommit(handle) != 0 else { return try body() }
    try execute("BEGIN IMMEDIATE")
    do {
      let result = try body()
      try execute("COMMIT")
      return result
    } catch {
      if sqlite3_get_autocommit(handle) == 0 { try? execute("ROLLBACK") }
      throw error
    }
  }

  /// The rowid of the last row this connection inserted.
  public var lastInsertedID: Int64 { sqlite3_last_insert_rowid(handle) }

  /// Runs an INSERT and returns the new row id.
  public func insertRow(_ sql: String, _ values: [SQLValue]) throws(DatabaseError) -> Int64 {
    try execute(sql, values)
    return lastInsertedID
  }

  /// Runs an INSERT into `table` and returns the new row's id: `id` when one is given
  /// and no row of `table` holds it, so a record put back keeps its number; else a new
  /// one. Call it inside a transaction.
  func insertRow(
    _ sql: String, _ values: [SQLValue], keeping id: Int64?, table: String
  ) throws(DatabaseError) -> Int64 {
    var free = false
    if let id {
      free = try scalar("SELECT count(*) FROM \(table) WHERE id = ?", [.integer(id)]) == 0
    }
    let made = try insertRow(sql, values)
    guard let id, free, id != made else { return made }
    try execute("UPDATE \(table) SET id = ? WHERE id = ?", [.integer(id), .integer(made)])
    return id
  }

  /// Runs an UPDATE or DELETE of row `id` of `table`, refusing when no such row exists.
  public func changeRow(
    _ sql: String, _ values: [SQLValue], id: Int64, noun: String
  ) throws(DatabaseError) {
    try execute(sql, values)
    guard changes == 1 else { throw .refused("there is no \(noun) \(id)") }
  }

  /// Rows changed by the last statement of this connection.
  public var changes: Int { Int(sqlite3_changes(handle)) }

  /// The first column of the first row of a query, as text; nil when there is no row.
  func scalarText(_ sql: String) throws(DatabaseError) -> String? {
    try query(sql) { $0.text(0) }.first
  }

  /// The schema version stored in the file (`PRAGMA user_version`).
  public func userVersion() throws(DatabaseError) -> Int {
    Int(try scalar("PRAGMA user_version") ?? 0)
  }

  /// A number that changes whenever ANOTHER connection commits to the file; comparing it
  /// before and after tells the dashboard to reload. Its own commits leave it alone.
  public func changeCounter() throws(DatabaseError) -> Int64 {
    try scalar("PRAGMA data_version") ?? 0
  }

  /// The journal mode SQLite reports, lower case ("wal").
  public func journalMode() throws(DatabaseError) -> String {
    try query("PRAGMA journal_mode") { $0.text(0) }.first ?? ""
  }

  /// Touches the schema so a damaged file fails here, before anything is written.
  private func checkReadable() throws(DatabaseError) {
    _ = try scalar("SELECT count(*) FROM sqlite_master")
  }

  /// Turns an SQLite result code into the error the user sees.
  func error(_ code: Int32) -> DatabaseError {
    let message = String(cString: sqlite3_errmsg(handle))
    switch code & 0xFF {
    case SQLITE_NOTADB, SQLITE_CORRUPT: return .notADatabase(path: path)
    case SQLITE_BUSY, SQLITE_LOCKED: return .busy(path: path)
    case SQLITE_READONLY: return .readOnly(path: path)
    case SQLITE_CANTOPEN: return .fileNotCreatable(path: path, reason: message)
    default: return .sqlite(path: path, code: code, message: message)
    }
  }
}
