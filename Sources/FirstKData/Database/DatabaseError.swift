/// Why the database could not be opened, read or written; `description` is the message
/// the user sees, naming the file and saying what to do.
public enum DatabaseError: Error, Equatable, Sendable, CustomStringConvertible {
  /// A directory on the way to the database could not be made; `blocker` is the path at fault.
  case directoryNotCreatable(path: String, blocker: String, reason: String)
  /// The database file itself could not be created or opened.
  case fileNotCreatable(path: String, reason: String)
  /// The file exists but is not an SQLite database, or is damaged.
  case notADatabase(path: String)
  /// The file was written by a newer firstk with a schema this one does not know.
  case newerSchema(path: String, found: Int, supported: Int)
  /// A SQLite database of some other program.
  case foreignDatabase(path: String, table: String)
  /// The file or its directory cannot be written.
  case readOnly(path: String)
  /// Another process held the database locked for longer than the busy timeout.
  case busy(path: String)
  /// A value firstk refuses to store, such as a negative amount; the text says which.
  case refused(String)
  /// A stored row holds something firstk cannot read back.
  case unreadableRow(path: String, table: String, id: Int64, reason: String)
  /// Any other SQLite failure.
  case sqlite(path: String, code: Int32, message: String)

  private static let elsewhere =
    "pass --db PATH (or set FIRSTK_DB) to use a database file in a directory you can write"

  /// One line for stderr or the status line: what went wrong, which file, what to do.
  public var description: String {
    switch self {
    case .directoryNotCreatable(let path, let blocker, let reason):
      return "cannot create the directory for the database \(path): \(blocker) \(reason); "
        + "fix that path or \(DatabaseError.elsewhere)"

    case .fileNotCreatable(let path, let reason):
      return "cannot create or open the database \(path): \(reason); "
        + "check its permissions or \(DatabaseError.elsewhere)"

    case .notADatabase(let path):
      return "\(path) is not a firstk database (not SQLite, or damaged); it was left untouched. "
        + "Move it aside, restore a backup, or pass --db PATH to use another file"

    case .newerSchema(let path, let found, let supported):
      return "\(path) was written by a newer firstk (schema version \(found); this firstk "
        + "knows up to \(supported)); it was left untouched. Upgrade firstk to open it"

    case .foreignDatabase(let path, let table):
      return "\(path) is a SQLite database of another program (it has a table \"\(table)\"), "
        + "so firstk left it untouched; choose another file with --db or FIRSTK_DB"
    case .readOnly(let path):
      return "cannot write to the database \(path): it or its directory is read-only; "
        + "check the permissions or \(DatabaseError.elsewhere)"

    case .busy(let path):
      return "the database \(path) stayed locked by another process; "
        + "try again when that process is done"

    case .refused(let reason):
      return reason

    case .unreadableRow(let path, let table, let id, let reason):
      return "\(path): row \(id) of \(table) cannot be read (\(reason)); "
        + "fix or delete that row with the sqlite3 tool"

    case .sqlite(let path, let code, let message):
      return "database error in \(path): \(message) (SQLite code \(code))"
    }
  }
}
