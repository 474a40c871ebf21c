import FirstKCore
import FirstKData
import Foundation
import Testing

@testable import FirstKApp

@Suite struct OutcomeCommandTests {
  /// Ada asked on 2025-11-01 with a $49 list price and one customer already paying $49.
  func asked() throws -> ScratchDatabase {
    let db = try ScratchDatabase()
    #expect(
      db.run(
        "profile", "--name", "Invoicer", "--problem", "late invoices",
        "--price", "49"
      ).status == 0)
    #expect(db.run("add", "customer", "Old Friend", "--amount", "49").status == 0)
    #expect(db.run("add", "prospect", "Ada Lovelace").status == 0)
    #expect(db.run("ask", "Ada Lovelace").status == 0)
    return db
  }

  func statuses(_ db: ScratchDatabase) throws -> [FollowUpStatus] {
    try Store(path: db.path).followUps().map(\.status)
  }

  @Test func paidCreatesTheCustomerAtTheListPriceAndMovesMRR() throws {
    let db = try asked()
    let result = db.run("--today", "2025-11-04", "outcome", "ada", "lovelace", "paid")
    #expect(result.status == 0)
    #expect(
      result.out == """
        Ada Lovelace paid $49.00 a month: customer 2 added (started 2025-11-04); 3 pending \
        follow-ups cancelled.
        MRR is now $98.00, was $49.00 (9% of your $1,000 goal).

        """)
    let customers =
      try JSONSerialization.jsonObject(
        with: Data(db.run("customers", "--json").out.utf8)) as? [[String: Any]]
    let ada = try #require(customers?.last)
    #expect(ada["name"] as? String == "Ada Lovelace")
    #expect(ada["amount_minor"] as? Int == 4_900)
    #expect(ada["currency"] as? String == "USD")
    #expect(ada["interval"] as? String == "month")
    #expect(ada["status"] as? String == "active")
    #expect(ada["started"] as? String == "2025-11-04")
    #expect(ada["source"] as? String == "prospect")
    #expect(try statuses(db) == [.skipped, .skipped, .skipped])
    #expect(try Store(path: db.path).prospect(named: "Ada Lovelace")?.stage == .won)

    let again = db.run("outcome", "Ada Lovelace", "paid")
    #expect(again.status == 1)
    #expect(again.err == "firstk: Ada Lovelace is already a customer; nothing was changed\n")
    #expect(try Store(path: db.path).customers().count == 2)
  }

  @Test func paidTakesAnAmountInTheProfileCurrency() throws {
    let db = try ScratchDatabase()
    #expect(db.run("profile", "--currency", "EUR").status == 0)
    #expect(db.run("add", "prospect", "Bea").status == 0)
    let noPrice = db.run("outcome", "Bea", "paid")
    #expect(noPrice.status == 1)
    #expect(noPrice.err.hasPrefix("firstk: no list price is set, so the sale was not recorded"))
    #expect(try Store(path: db.path).customers().isEmpty)
    let result = db.run("outcome", "Bea", "paid", "--amount", "19.50")
    #expect(result.status == 0)
    #expect(result.out.hasSuffix("MRR is now €19.50, was €0.00 (1% of your €1,000 goal).\n"))
    #expect(
      try Store(path: db.path).customers().map(\.amount)
        == [Money(minor: 1_950, currency: Currency("EUR")!)])
    #expect(db.run("outcome", "Bea", "lost", "--amount", "3").status == 2)
  }

  @Test func sentMarksTheEarliestPendingFollowUp() throws {
    let db = try asked()
    let first = db.run("--today", "2025-11-03", "outcome", "Ada Lovelace", "sent")
    #expect(
      first.out == """
        Marked follow-up 1 of 3 to Ada Lovelace (due 2025-11-03) sent on 2025-11-03.
        Next: follow-up 2 of 3 on 2025-11-07.

        """)
    #expect(db.run("outcome", "Ada Lovelace", "sent").status == 0)
    let future = db.run("outcome", "Ada Lovelace", "sent", "--on", "2025-11-15")
    #expect(future.status == 1)
    #expect(future.err == "firstk: --on 2025-11-15 is after today (2025-11-01); record it "
      + "once it has happened\n")
    let early = db.run("outcome", "Ada Lovelace", "sent", "--on", "2025-10-31")
    #expect(early.status == 1)
    #expect(early.err == "firstk: Ada Lovelace was asked on 2025-11-01, after 2025-10-31; "
      + "give a day on or after the ask. Nothing was changed.\n")
    for outcome in [["replied"], ["paid"], ["lost"], ["objection", "think"]] {
      let before = db.run(["outcome", "Ada Lovelace"] + outcome + ["--on", "2025-10-31"])
      #expect(before.status == 1)
      #expect(before.err.hasSuffix("give a day on or after the ask. Nothing was changed.\n"))
    }
    let reask = db.run("ask", "Ada Lovelace", "--on", "2025-10-31")
    #expect(reask.status == 1)
    #expect(reask.err.hasPrefix("firstk: Ada Lovelace was asked on 2025-11-01, after 2025-10-31"))
    #expect(db.run("talk", "Ada Lovelace", "--would-pay", "yes", "--on", "2025-11-02").status == 1)
    let last = db.run(
      "--today", "2025-11-16", "outcome", "Ada Lovelace", "sent", "--on", "2025-11-15")
    #expect(last.out.hasSuffix("That was the last one; if they stay silent, they have ghosted.\n"))
    let followUps = try Store(path: db.path).followUps()
    #expect(followUps.map(\.status) == [.sent, .sent, .sent])
    #expect(followUps.map { $0.doneOn?.description } == ["2025-11-03", "2025-11-01", "2025-11-15"])
    let none = db.run("outcome", "Ada Lovelace", "sent")
    #expect(none.status == 1)
    #expect(none.err.hasPrefix("firstk: Ada Lovelace has no follow-up waiting to be sent"))
  }

  @Test func repliedAndLostStopTheFollowUps() throws {
    let db = try asked()
    #expect(db.run("add", "prospect", "Bob").status == 0)
    #expect(db.run("ask", "Bob").status == 0)
    #expect(
      db.run("outcome", "Ada Lovelace", "replied").out
        == "Ada Lovelace replied on 2025-11-01; 3 pending follow-ups cancelled.\n")
    #expect(
      db.run("outcome", "Bob", "LOST").out
        == "Bob is marked lost; 3 pending follow-ups cancelled.\n")
    #expect(
      db.run("outcome", "Bob", "lost").out
        == "Bob is marked lost; no follow-ups were pending.\n")
    #expect(try statuses(db).allSatisfy { $0 == .skipped })
    let store = try Store(path: db.path)
    #expect(try store.prospect(named: "Bob")?.stage == .lost)
    #expect(try store.prospect(named: "Ada Lovelace")?.repliedOn == ScratchDatabase.today)
  }

  @Test func objectionPrintsThePlaybookAdvice() throws {
    let db = try asked()
    let result = db.run(
      "outcome", "Ada Lovelace", "objection", "expensive", "--note", "  over budget ")
    #expect(result.status == 0)
    #expect(
      result.out == """
        Recorded for Ada Lovelace: "Too expensive".
        Playbook: "Too expensive"
          Test: Offer 50% discount to next 3 prospects. If still no buy, price isn't the \
        problem - value isn't clear.
        Next action: Offer 50% discount to the next 3 prospects

        """)
    let trust = db.run("outcome", "Ada Lovelace", "objection", "trust")
    #expect(trust.out.contains("  - Offer a free trial\n  - Show testimonials\n"))
    let prospect = try Store(path: db.path).prospect(named: "Ada Lovelace")
    #expect(prospect?.objection == .trust)
    #expect(prospect?.objectionNote == "")
    #expect(try statuses(db) == [.due, .due, .due])
    let other = db.run("outcome", "Ada Lovelace", "objection", "other", "--note", "wants SSO")
    #expect(other.out.contains("The playbook answers four objections: expensive"))
    let unknown = db.run("outcome", "Ada Lovelace", "objection", "weather")
    #expect(unknown.status == 1)
    #expect(unknown.err.hasPrefix("firstk: objection wants one of expensive, fit, think, "))
    #expect(db.run("outcome", "Ada Lovelace", "maybe").status == 2)
    #expect(db.run("outcome", "Ada Lovelace", "sent", "--note", "x").status == 2)
  }
}

extension ScratchDatabase {
  /// The day `run` passes as `--today`.
  static let today = CivilDate(year: 2025, month: 11, day: 1)!
}
