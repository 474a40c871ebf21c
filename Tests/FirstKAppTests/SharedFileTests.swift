import FirstKCore
import FirstKData
import Foundation
import Testing

@testable import FirstKApp

/// The dashboard keeps its database open for hours while `firstk` commands from the
/// shell or cron come and go; none of those may take the file from under it.
@Suite struct SharedFileTests {
  func firstk(_ arguments: [String], database: String) throws -> String {
    try firstkProcess(["--today", "2025-11-01"] + arguments, database: database)
  }

  @Test func writesAfterACommandRanAlongsideAreKept() throws {
    let scratch = try ScratchDatabase()
    let store = try Store(path: scratch.path)
    try store.insert(Prospect(name: "Before"))
    let data = try DashboardData(store: store, today: { CivilDate(year: 2025, month: 11, day: 1)! })
    _ = try data.beginSnapshot().wait()

    _ = try firstk(["status"], database: scratch.path)
    #expect(FileManager.default.fileExists(atPath: scratch.path + "-wal"))
    _ = try data.perform(.saveProspect(Prospect(name: "After")))
    let listed = try firstk(["prospects"], database: scratch.path)
    #expect(listed.contains("Before"))
    #expect(listed.contains("After"))
    _ = try firstk(["add", "prospect", "Elsewhere"], database: scratch.path)
    #expect(try store.prospects().map(\.name) == ["Before", "After", "Elsewhere"])
  }
}
