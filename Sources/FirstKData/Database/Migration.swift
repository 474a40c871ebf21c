/// One step of the schema: the statements that take the file from the version before it to
/// its own version, applied together in one transaction.
public struct Migration: Sendable {
  /// What the step adds, for people reading the list.
  public let summary: String
  public let statements: [String]

  /// A step with a short description and its SQL statements, run in order.
  public init(_ summary: String, _ statements: [String]) {
    self.summary = summary
    self.statements = statements
  }
}

extension Database {
  /// Applies every migration the file has not had yet. Entry n of `migrations` takes the
  /// schema from version n to n + 1. Each step re-reads the version inside its write
  /// transaction, so two processes opening a new file at once apply each step once.
  func migrate(to migrations: [Migration]) throws(DatabaseError) {
    while try userVersion() < migrations.count {
      try transaction { () throws(DatabaseError) in
        let version = try userVersion()
        guard version < migrations.count else { return }
        for statement in migrations[version].statements {
          try execute(statement)
        }
        try execute("PRAGMA user_version = \(version + 1)")
      }
    }
  }
}
