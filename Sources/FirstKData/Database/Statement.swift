import CSQLite

/// A value bound to a statement parameter: SQLite's integer, text and null.
public enum SQLValue: Equatable, Sendable {
  case integer(Int64)
  case text(String)
  case null

  /// Text, or null when absent.
  public static func optional(_ text: String?) -> SQLValue {
    text.map(SQLValue.text) ?? .null
  }

  /// An integer, or null when absent.
  public static func optional(_ number: Int64?) -> SQLValue {
    number.map(SQLValue.integer) ?? .null
  }
}

/// One prepared SQL statement; finalized when released.
public final class Statement {
  private let handle: OpaquePointer
  private let database: Database

  init(database: Database, sql: String) throws(DatabaseError) {
    var pointer: OpaquePointer?
    let code = sqlite3_prepare_v2(database.handle, sql, -1, &pointer, nil)
    guard code == SQLITE_OK, let pointer else {
      sqlite3_finalize(pointer)
      throw database.error(code)
    }
    handle = pointer
    self.database = database
  }

  deinit {
    sqlite3_finalize(handle)
  }

  /// Binds `values` to parameters 1, 2, ... after clearing earlier bindings.
  public func bind(_ values: [SQLValue]) throws(DatabaseError) {
    sqlite3_reset(handle)
    sqlite3_clear_bindings(handle)
    for (offset, value) in values.enumerated() {
      let index = Int32(offset + 1)
      let code: Int32
      switch value {
      case .integer(let number): code = sqlite3_bind_int64(handle, index, number)
      case .text(let text): code = fk_bind_text(handle, index, text)
      case .null: code = sqlite3_bind_null(handle, index)
      }
      guard code == SQLITE_OK else { throw database.error(code) }
    }
  }

  /// Advances to the next row; false when the statement is done.
  public func step() throws(DatabaseError) -> Bool {
    let code = sqlite3_step(handle)
    switch code {
    case SQLITE_ROW: return true
    case SQLITE_DONE: return false
    default:
      sqlite3_reset(handle)
      throw database.error(code)
    }
  }

  /// Runs the statement to the end, ignoring any rows.
  public func run() throws(DatabaseError) {
    while try step() {}
  }

  /// True when the column of the current row is SQL null (columns count from 0).
  public func isNull(_ column: Int32) -> Bool {
    sqlite3_column_type(handle, column) == SQLITE_NULL
  }

  /// The column as an integer; null reads as 0.
  public func int64(_ column: Int32) -> Int64 {
    sqlite3_column_int64(handle, column)
  }

  /// The column as an integer, or nil when it is null.
  public func optionalInt64(_ column: Int32) -> Int64? {
    isNull(column) ? nil : int64(column)
  }

  /// The column as text; null reads as the empty string.
  public func text(_ column: Int32) -> String {
    withUTF8(column) { $0.isEmpty ? "" : String(decoding: $0, as: UTF8.self) }
  }

  /// The column's UTF-8 bytes handed to `body` without making a String; empty for null.
  /// The bytes are valid only inside `body`. They are read as a blob, which SQLite hands
  /// over as stored instead of copying each value to add a terminating zero.
  public func withUTF8<Result>(
    _ column: Int32, _ body: (UnsafeBufferPointer<UInt8>) -> Result
  ) -> Result {
    guard let start = sqlite3_column_blob(handle, column) else {
      return body(UnsafeBufferPointer(start: nil, count: 0))
    }
    let count = Int(sqlite3_column_bytes(handle, column))
    let bytes = start.assumingMemoryBound(to: UInt8.self)
    return body(UnsafeBufferPointer(start: bytes, count: count))
  }

  /// The column as text, or nil when it is null.
  public func optionalText(_ column: Int32) -> String? {
    isNull(column) ? nil : text(column)
  }
}
