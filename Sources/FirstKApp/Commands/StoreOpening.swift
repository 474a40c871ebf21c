import FirstKData

extension CommandContext {
  /// The database path the user chose: `--db`, then `FIRSTK_DB`, then the XDG default.
  var databasePath: String {
    DatabaseLocation.resolve(option: global.databasePath, environment: environment)
  }

  /// Opens (creating and migrating if needed) the user's database; a `DatabaseError`
  /// reaches the user as its one-line message with exit status 1.
  func openStore() throws -> Store {
    try Store(path: databasePath)
  }
}
