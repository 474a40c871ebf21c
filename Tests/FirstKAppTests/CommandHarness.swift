import Foundation

@testable import FirstKApp

/// A fresh database path for one test, in its own directory, removed afterwards.
final class ScratchDatabase {
  let directory: String
  let path: String

  init() throws {
    var template = Array("/tmp/firstk-app-XXXXXX".utf8CString)
    guard let made = mkdtemp(&template) else { throw CocoaError(.fileWriteUnknown) }
    directory = String(cString: made)
    path = directory + "/firstk.db"
  }

  deinit {
    try? FileManager.default.removeItem(atPath: directory)
  }

  /// Runs firstk against this database on a fixed day, capturing what it prints.
  func run(_ arguments: String...) -> (status: Int32, out: String, err: String) {
    run(arguments)
  }

  func run(_ arguments: [String]) -> (status: Int32, out: String, err: String) {
    let console = Console(capturing: true)
    let status = FirstKMain.run(
      arguments: ["--db", path, "--today", "2025-11-01"] + arguments, environment: [:],
      console: console)
    return (status, console.capturedOut, console.capturedErr)
  }
}
