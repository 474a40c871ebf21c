import FirstKCore
import FirstKData
import Foundation
import Testing

@testable import FirstKApp

@Suite struct DueCommandTests {
  /// Bob asked on 2025-10-20, Ada on 2025-11-01, Cy never.
  func planned() throws -> ScratchDatabase {
    let db = try ScratchDatabase()
    #expect(db.run("profile", "--name", "Invoicer", "--problem", "late invoices").status == 0)
    for name in ["Ada", "Bob", "Cy"] { #expect(db.run("add", "prospect", name).status == 0) }
    #expect(db.run("ask", "Bob", "--on", "2025-10-20").status == 0)
    #expect(db.run("ask", "Ada").status == 0)
    return db
  }

  @Test func theListIsInTheOrderOfTheDashboardsAgenda() throws {
    let db = try ScratchDatabase()
    for name in ["Zed", "Amy", "Max"] {
      #expect(db.run("add", "prospect", name).status == 0)
      #expect(db.run("ask", name, "--on", name == "Amy" ? "2025-10-20" : "2025-10-22").status == 0)
    }
    let today = CivilDate(year: 2025, month: 11, day: 10)!
    let data = try DashboardData(store: try Store(path: db.path), today: { today })
    var state = AppState(today: today)
    _ = reduce(&state, .dataReloaded(try data.snapshot()))
    let shown = state.agenda.map { "\($0.prospect.name) \($0.followUp?.step ?? 0)" }
    let json = db.run("--today", "2025-11-10", "due", "--json").out
    let listed = try #require(
      try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
    #expect(listed.map { "\($0["prospect"] as? String ?? "") \($0["step"] as? Int ?? 0)" } == shown)
    #expect(shown.count == 9)
  }

  @Test func overdueComesBeforeToday() throws {
    let db = try planned()
    #expect(db.run("--today", "2025-10-23", "outcome", "Bob", "sent").status == 0)
    let result = db.run("due", "--on", "2025-11-03")
    #expect(result.status == 0)
    #expect(
      result.out == """
        Overdue (2):
          Bob  follow-up 2 of 3  (2025-10-26 Sun, 8 days late)
            Checking in - still interested in solving late invoices?
          Bob  last follow-up  (2025-11-02 Sun, 1 day late)
            Last follow-up. Here if you need Invoicer.
        Due on Mon 3 Nov 2025 (1):
          Ada  follow-up 1 of 3  (2025-11-03 Mon)
            Hey, any questions about Invoicer?

        """)
  }

  @Test func jsonListsOverdueFirstWithTheirSteps() throws {
    let db = try planned()
    let text = db.run("--today", "2025-11-03", "due", "--json").out
    let items = try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
    #expect(items.map { $0["prospect"] as? String } == ["Bob", "Bob", "Bob", "Ada"])
    #expect(
      items.map { $0["due"] as? String }
        == ["2025-10-22", "2025-10-26", "2025-11-02", "2025-11-03"])
    #expect(items.map { $0["step"] as? Int } == [1, 2, 3, 1])
    #expect(items.map { $0["of"] as? Int } == [3, 3, 3, 3])
    #expect(items.map { $0["overdue"] as? Bool } == [true, true, true, false])
    #expect(items[3]["message"] as? String == "Hey, any questions about Invoicer?")
  }

  @Test func nothingDueNamesTheNextDay() throws {
    let db = try planned()
    #expect(
      db.run("--today", "2025-10-21", "due").out == """
        Nothing due today, Tue 21 Oct and nothing overdue.
        Next: 1 follow-up on Wed 22 Oct (2025-10-22).

        """)
    #expect(
      db.run("due", "--on", "2025-10-20").out.hasPrefix(
        "Nothing due on Mon 20 Oct 2025 and nothing overdue.\n"))
    #expect(db.run("due", "--on", "2025-10-21", "--json").out == "[]\n")
    #expect(db.run("due", "--on", "2025-12-01").out.hasPrefix("Overdue (6):"))
    #expect(db.run("due", "--on", "2025-12-01").out.contains("Due on") == false)
    #expect(db.run("due", "extra").status == 2)
  }

  @Test func statusCountsMatchTheDueList() throws {
    let db = try planned()
    let store = try Store(path: db.path)
    let counts = try store.statusCounts(on: CivilDate(year: 2025, month: 11, day: 3)!)
    #expect(counts.dueToday == 1)
    #expect(counts.overdue == 3)
    #expect(counts.asksToday == 0)
    #expect(counts.asksTotal == 2)
  }
}
