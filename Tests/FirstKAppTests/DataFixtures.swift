import Foundation

@testable import FirstKApp

/// The CSV fixtures of the data tests, by path, so the commands read them as a user's
/// files; and the exact way commands run on them.
enum DataFixture {
  static func path(_ name: String, filePath: String = #filePath) -> String {
    URL(fileURLWithPath: filePath).deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("FirstKDataTests/Fixtures/\(name)").path
  }
}

extension ScratchDatabase {
  /// Runs firstk on another day than the harness's fixed one.
  func run(on day: String, _ arguments: String...) -> (status: Int32, out: String, err: String) {
    let console = Console(capturing: true)
    let status = FirstKMain.run(
      arguments: ["--db", path, "--today", day] + arguments, environment: [:], console: console)
    return (status, console.capturedOut, console.capturedErr)
  }

  /// A file in this database's scratch directory holding `text`.
  func file(_ name: String, _ text: String) throws -> String {
    let file = directory + "/" + name
    try Data(text.utf8).write(to: URL(fileURLWithPath: file))
    return file
  }
}
