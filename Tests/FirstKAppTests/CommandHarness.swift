import Foundation
import Testing

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

/// Runs the built `firstk` binary in a process of its own against `database`, as a
/// command from the shell or cron would run beside a dashboard; returns what it printed
/// and records a failure unless it exits 0.
func firstkProcess(
  _ arguments: [String], database: String, environment: [String: String] = [:],
  sourceLocation: SourceLocation = #_sourceLocation
) throws -> String {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: builtBinary())
  process.arguments = ["--db", database] + arguments
  process.environment = ["HOME": "/nonexistent"].merging(environment) { $1 }
  let pipe = Pipe()
  process.standardOutput = pipe
  try process.run()
  let output = pipe.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  #expect(process.terminationStatus == 0, sourceLocation: sourceLocation)
  return String(decoding: output, as: UTF8.self)
}
