import Foundation
import Testing

/// Follow-ups are calendar days: the same ask plans the same days in every time zone,
/// including across New York's change back from daylight saving time on 2025-11-02.
@Suite struct ScheduleTimeZoneTests {
  func firstk(_ arguments: [String], zone: String, database: String) throws -> String {
    try firstkProcess(arguments, database: database, environment: ["TZ": zone])
  }

  @Test(arguments: ["America/New_York", "Pacific/Kiritimati", "Pacific/Pago_Pago", "UTC"])
  func askPlansTheSameDays(zone: String) throws {
    let db = try ScratchDatabase()
    _ = try firstk(["add", "prospect", "Ada"], zone: zone, database: db.path)
    _ = try firstk(["ask", "Ada", "--on", "2025-11-01"], zone: zone, database: db.path)
    let text = try firstk(["prospects", "--json"], zone: zone, database: db.path)
    let list = try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
    let followUps = try #require(list.first?["follow_ups"] as? [[String: Any]])
    #expect(list.first?["asked_on"] as? String == "2025-11-01")
    #expect(followUps.map { $0["due"] as? String } == ["2025-11-03", "2025-11-07", "2025-11-14"])
    let due = try firstk(
      ["--today", "2025-11-03", "due", "--json"], zone: zone, database: db.path)
    #expect(due.contains(#""due": "2025-11-03""#))
    #expect(!due.contains(#""overdue": true"#))
  }
}
