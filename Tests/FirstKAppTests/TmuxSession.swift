import Foundation
import Testing

/// The built `firstk` binary beside the test bundle.
func builtBinary() -> String {
  let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
  var folder = executable.deletingLastPathComponent()
  while folder.path != "/" {
    let candidate = folder.appendingPathComponent("firstk").path
    if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    folder = folder.deletingLastPathComponent()
  }
  return "firstk"
}

/// A private tmux server running one command at a fixed size, read by polling
/// `capture-pane` until an expected text shows, never by sleeping a fixed time.
final class TmuxSession {
  let folder: URL
  let socket: String
  let statusFile: String
  /// The database the program uses, unique to this session, unless the test chose one.
  let databasePath: String

  init(width: Int, height: Int, arguments: [String], environment: [String: String] = [:]) throws {
    folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("firstk-tmux-\(UUID().uuidString.prefix(8))")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    socket = folder.appendingPathComponent("socket").path
    statusFile = folder.appendingPathComponent("status").path
    var env = ["HOME": folder.path, "LANG": "C.UTF-8", "TERM": "tmux-256color"]
    env.merge(environment) { $1 }
    let exports = env.sorted { $0.key < $1.key }.map { "export \($0.key)=\(quote($0.value));" }
      .joined(separator: " ")
    databasePath = folder.appendingPathComponent("firstk.db").path
    let database = arguments.contains("--db") ? [] : ["--db", databasePath]
    let command = ([builtBinary()] + arguments + database).map(quote).joined(separator: " ")
    let script = "\(exports) \(command); echo $? > \(quote(statusFile)).tmp; "
      + "mv \(quote(statusFile)).tmp \(quote(statusFile)); sleep 60"
    try tmux(capturing: false, ["-f", "/dev/null", "new-session", "-d", "-x", "\(width)", "-y", "\(height)",
      "bash", "-c", script])
  }

  deinit {
    _ = try? tmux(capturing: false, ["kill-server"])
    try? FileManager.default.removeItem(at: folder)
  }

  /// Runs a tmux client through the shell with every stream redirected to files, so
  /// the server that `new-session` starts keeps no pipe of ours open.
  @discardableResult
  func tmux(capturing: Bool = true, _ arguments: [String]) throws -> String {
    let output = folder.appendingPathComponent("out-\(UUID().uuidString.prefix(8))").path
    let command = (["/usr/bin/tmux", "-S", socket] + arguments).map(quote).joined(separator: " ")
    let status = system("\(command) > \(quote(output)) 2>/dev/null < /dev/null")
    defer { try? FileManager.default.removeItem(atPath: output) }
    guard status == 0 else { throw TmuxFailure(command: command, status: status) }
    return capturing ? ((try? String(contentsOfFile: output, encoding: .utf8)) ?? "") : ""
  }

  func screen() -> String {
    (try? tmux(["capture-pane", "-p"])) ?? ""
  }

  func send(_ keys: String...) throws {
    try tmux(capturing: false, ["send-keys"] + keys)
  }

  func resize(width: Int, height: Int) throws {
    try tmux(capturing: false, ["resize-window", "-x", "\(width)", "-y", "\(height)"])
  }

  /// Polls the screen until `text` appears; records a failure with the screen if it never does.
  @discardableResult
  func waitFor(
    _ text: String, seconds: Double = 10, sourceLocation: SourceLocation = #_sourceLocation
  ) -> String {
    let deadline = Date().addingTimeInterval(seconds)
    var last = ""
    while Date() < deadline {
      last = screen()
      if last.contains(text) { return last }
      usleep(20_000)
    }
    Issue.record("never saw \"\(text)\"; the screen was:\n\(last)", sourceLocation: sourceLocation)
    return last
  }

  /// Sends a signal to the program, found by its private database path.
  func signal(_ name: String) {
    let script = "for p in $(pgrep -f \(quote(databasePath))); do "
      + "[ \"$(cat /proc/$p/comm)\" = firstk ] && kill -\(name) $p; done"
    _ = system(script)
  }

  /// Polls the screen until `text` is gone.
  func waitUntilGone(
    _ text: String, seconds: Double = 10, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let deadline = Date().addingTimeInterval(seconds)
    var last = ""
    while Date() < deadline {
      last = screen()
      if !last.contains(text) { return }
      usleep(20_000)
    }
    Issue.record("\"\(text)\" stayed; the screen was:\n\(last)", sourceLocation: sourceLocation)
  }

  /// Polls until the program has exited and returns its exit status.
  func exitStatus(seconds: Double = 10) -> Int32? {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
      if let text = try? String(contentsOfFile: statusFile, encoding: .utf8),
        let status = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines))
      {
        return status
      }
      usleep(20_000)
    }
    return nil
  }
}

struct TmuxFailure: Error {
  let command: String
  let status: Int32
}

private func quote(_ text: String) -> String {
  "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
}
