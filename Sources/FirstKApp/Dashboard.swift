import FirstKCore

/// Opens the full-screen dashboard.
enum Dashboard {
  static func run(_ context: CommandContext) throws -> Int32 {
    throw UserError("the dashboard is being wired up")
  }
}
