import FirstKCore
import Foundation
import Testing

@testable import FirstKData

@Suite struct ChangeDetectionTests {
  static let sqliteTool = "/usr/bin/sqlite3"

  static func customer(_ name: String) -> Customer {
    Customer(name: name, amount: Money(minor: 1_500, currency: .usd))
  }

  /// True when `descriptor` becomes readable within `milliseconds`.
  static func readable(_ descriptor: Int32, within milliseconds: Int32) -> Bool {
    var entry = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
    return poll(&entry, 1, milliseconds) == 1 && entry.revents & Int16(POLLIN) != 0
  }

  @Test func otherConnectionCommitIsSeen() throws {
    let temp = try TemporaryDirectory()
    let path = temp.file("firstk.db")
    let dashboard = try Store(path: path)
    let command = try Store(path: path)
    let before = try dashboard.changeCounter()
    #expect(try dashboard.customers().isEmpty)

    try command.insert(ChangeDetectionTests.customer("From elsewhere"))
    #expect(try dashboard.changeCounter() != before)
    #expect(try dashboard.customers().map(\.name) == ["From elsewhere"])
  }

  @Test func ownCommitDoesNotLookLikeAnotherProcess() throws {
    let temp = try TemporaryDirectory()
    let store = try Store(path: temp.file("firstk.db"))
    let before = try store.changeCounter()
    try store.insert(ChangeDetectionTests.customer("Mine"))
    #expect(try store.changeCounter() == before)
  }

  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: sqliteTool)))
  func otherProcessCommitIsSeen() throws {
    let temp = try TemporaryDirectory()
    let path = temp.file("firstk.db")
    let dashboard = try Store(path: path)
    let watcher = try DatabaseWatcher(databasePath: path)
    _ = watcher.drainEvents()
    let before = try dashboard.changeCounter()

    let process = Process()
    process.executableURL = URL(fileURLWithPath: ChangeDetectionTests.sqliteTool)
    process.arguments = [
      path,
      """
      INSERT INTO customers (name, amount_minor, currency, interval, status)
      VALUES ('Cron import', 2900, 'USD', 'month', 'active');
      """,
    ]
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)

    #expect(ChangeDetectionTests.readable(watcher.fileDescriptor, within: 1_000))
    #expect(watcher.drainEvents())
    #expect(try dashboard.changeCounter() != before)
    #expect(try dashboard.customers().map(\.name) == ["Cron import"])
  }

  @Test func watcherWakesWhenAnotherConnectionCommits() throws {
    let temp = try TemporaryDirectory()
    let path = temp.file("firstk.db")
    let dashboard = try Store(path: path)
    let watcher = try DatabaseWatcher(databasePath: path)
    _ = try dashboard.customers()
    _ = watcher.drainEvents()

    let other = try Store(path: path)
    _ = watcher.drainEvents()
    try other.insert(ChangeDetectionTests.customer("Live"))
    #expect(ChangeDetectionTests.readable(watcher.fileDescriptor, within: 1_000))
    #expect(watcher.drainEvents())
    #expect(!ChangeDetectionTests.readable(watcher.fileDescriptor, within: 0))
  }

  @Test func watcherIgnoresOtherFilesInTheDirectory() throws {
    let temp = try TemporaryDirectory()
    let path = temp.file("firstk.db")
    _ = try Store(path: path)
    let watcher = try DatabaseWatcher(databasePath: path)
    _ = watcher.drainEvents()
    try Data("hello".utf8).write(to: URL(fileURLWithPath: temp.file("notes.txt")))
    #expect(ChangeDetectionTests.readable(watcher.fileDescriptor, within: 1_000))
    #expect(!watcher.drainEvents())
  }

  @Test func watcherOnMissingDirectoryExplains() {
    #expect(throws: DatabaseError.self) {
      try DatabaseWatcher(databasePath: "/nonexistent-firstk-dir/firstk.db")
    }
  }
}
