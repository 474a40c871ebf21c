import FirstKCore
import FirstKData
import Foundation
import Testing

@testable import FirstKApp

@Suite struct ProspectCommandTests {
  /// A database with a profile and three prospects, none asked yet.
  func seeded() throws -> ScratchDatabase {
    let db = try ScratchDatabase()
    #expect(
      db.run(
        "profile", "--name", "Invoicer", "--problem", "late invoices",
        "--price", "49"
      ).status == 0)
    #expect(
      db.run(
        "add", "prospect", "John Smith", "--company", "Acme", "--contact",
        "john@acme.test"
      ).status == 0)
    #expect(db.run("add", "prospect", "Jonas", "--channel", "dm").status == 0)
    #expect(
      db.run("add", "prospect", "Mary", "Ann", "--notes", "met at the meetup")
        .status == 0)
    return db
  }

  func json(_ text: String) throws -> [[String: Any]] {
    let value = try JSONSerialization.jsonObject(with: Data(text.utf8))
    return try #require(value as? [[String: Any]])
  }

  @Test func addPrintsAndStoresTheProspect() throws {
    let db = try ScratchDatabase()
    let result = db.run(
      "add", "prospect", "Ada Lovelace", "--company", "Engines", "--contact", "ada@example.com")
    #expect(result.status == 0)
    #expect(
      result.out == """
        Added prospect 1: Ada Lovelace (Engines, email, ada@example.com).
        When you have asked them to pay: firstk ask 'Ada Lovelace'

        """)
    let stored = try Store(path: db.path).prospects()
    #expect(
      stored == [
        Prospect(
          id: 1, name: "Ada Lovelace", contact: "ada@example.com", company: "Engines",
          channel: .email)
      ])
    let twin = db.run("add", "prospect", "ada  LOVELACE", "--company", "engines")
    #expect(twin.status == 1)
    #expect(
      twin.err.hasPrefix(
        "firstk: a prospect named \"Ada Lovelace\" at \"Engines\" "
          + "is already saved (#1); nothing was added."))
    #expect(db.run("add", "prospect", "Ada Lovelace", "--company", "Other").status == 0)
    let badChannel = db.run("add", "prospect", "Bo", "--channel", "fax")
    #expect(badChannel.status == 1)
    #expect(
      badChannel.err == "firstk: --channel wants one of dm, email, community, other; "
        + "not \"fax\"\n")
    #expect(db.run("add", "prospect").status == 2)
  }

  @Test func askOnFirstNovemberPlansThirdSeventhAndFourteenth() throws {
    let db = try seeded()
    let result = db.run("ask", "john smith", "--on", "2025-11-01")
    #expect(result.status == 0)
    #expect(
      result.out == """
        Asked John Smith on 2025-11-01 (day 1). Follow-ups:
          2025-11-03  Mon  day 3   follow-up 1 of 3  Hey, any questions about Invoicer?
          2025-11-07  Fri  day 7   follow-up 2 of 3  Checking in - still interested in \
        solving late invoices?
          2025-11-14  Fri  day 14  last follow-up    Last follow-up. Here if you need Invoicer.
        Asks today: 1 of 10; 1 of 100 in all.

        """)
    let list = try json(db.run("prospects", "--json").out)
    #expect(list.map { $0["name"] as? String } == ["John Smith", "Jonas", "Mary Ann"])
    let john = list[0]
    #expect(john["stage"] as? String == "asked")
    #expect(john["asked_on"] as? String == "2025-11-01")
    #expect(john["company"] as? String == "Acme")
    #expect(john["contact"] as? String == "john@acme.test")
    #expect(john["channel"] as? String == "email")
    #expect(john["would_pay"] is NSNull)
    #expect(john["objection"] is NSNull)
    let followUps = try #require(john["follow_ups"] as? [[String: Any]])
    #expect(followUps.map { $0["due"] as? String } == ["2025-11-03", "2025-11-07", "2025-11-14"])
    #expect(followUps.map { $0["step"] as? Int } == [1, 2, 3])
    #expect(followUps.map { $0["status"] as? String } == ["due", "due", "due"])
    #expect(list[1]["asked_on"] is NSNull)
    #expect((list[1]["follow_ups"] as? [Any])?.isEmpty == true)
  }

  @Test func cadenceFromTheProfileAppliesToNewAsks() throws {
    let db = try seeded()
    let set = db.run("profile", "--follow-up-days", "2,5")
    #expect(
      set.out.hasSuffix("Asks from now on plan follow-ups on day 2 and 5 (the ask is day 1).\n"))
    #expect(db.run("ask", "Jonas").status == 0)
    let list = try json(db.run("prospects", "--json").out)
    let followUps = try #require(list[1]["follow_ups"] as? [[String: Any]])
    #expect(followUps.map { $0["due"] as? String } == ["2025-11-02", "2025-11-05"])
    #expect(
      followUps.map { $0["message"] as? String } == [
        "Hey, any questions about Invoicer?", "Last follow-up. Here if you need Invoicer.",
      ])
    let bad = db.run("profile", "--follow-up-days", "7,3")
    #expect(bad.status == 1)
    #expect(bad.err.hasPrefix("firstk: --follow-up-days: follow-up days 7,3 are not in "))
    let word = db.run("profile", "--follow-up-days", "3,x")
    #expect(word.err.hasPrefix(
      "firstk: --follow-up-days: follow-up days 3,x include 'x', which is not a number;"))
    #expect(db.run("profile").out.contains("Follow-ups:     day 2, 5 after an ask on day 1\n"))
  }

  @Test func unknownNameListsCloseMatchesAndChangesNothing() throws {
    let db = try seeded()
    let before = db.run("prospects", "--json").out
    for arguments in [
      ["ask", "Jon"], ["outcome", "Jon", "paid"],
      [
        "talk", "#9", "--would-pay",
        "no",
      ],
    ] {
      let result = db.run(arguments)
      #expect(result.status == 1)
      #expect(result.out.isEmpty)
    }
    #expect(
      db.run("ask", "Jon").err
        == "firstk: no prospect named \"Jon\"; did you mean: John Smith, Jonas?\n")
    #expect(
      db.run("ask", "Zed").err == "firstk: no prospect named \"Zed\"; list them with "
        + "firstk prospects, or add one with firstk add prospect NAME\n")
    #expect(db.run("prospects", "--json").out == before)
    #expect(try Store(path: db.path).customers().isEmpty)
  }

  @Test func impossibleDatesAreRefused() throws {
    let db = try seeded()
    let before = db.run("prospects", "--json").out
    let ask = db.run("ask", "Jonas", "--on", "2025-02-30")
    #expect(ask.status == 1)
    #expect(ask.err == "firstk: --on wants a real date as YYYY-MM-DD, not \"2025-02-30\"\n")
    #expect(db.run("due", "--on", "2025-13-01").status == 1)
    #expect(db.run("talk", "Jonas", "--would-pay", "yes", "--on", "2025-2-3").status == 1)
    #expect(db.run("outcome", "Jonas", "lost", "--on", "tomorrow").status == 1)
    let today = db.run("--today", "2025-02-29", "due")
    #expect(today.status == 1)
    #expect(today.err.hasPrefix("firstk: --today wants a real date as YYYY-MM-DD"))
    #expect(db.run("prospects", "--json").out == before)
  }

  @Test func anAskBeforeTheProfileSaysHowToFillTheMessages() throws {
    let db = try ScratchDatabase()
    #expect(db.run("add", "prospect", "Ada").status == 0)
    let asked = db.run("ask", "Ada")
    #expect(asked.status == 0)
    #expect(asked.out.contains("Checking in - still interested in solving [problem]?"))
    #expect(asked.out.contains("The messages say [product] or [problem]: set your product's "
      + "name and problem (firstk profile --name NAME --problem TEXT) so those of later asks "
      + "name them.\n"))
    let named = try seeded()
    #expect(!named.run("ask", "Jonas").out.contains("[problem]"))
  }

  @Test func sharedNamesAskForTheNumber() throws {
    let db = try seeded()
    #expect(db.run("add", "prospect", "JONAS", "--company", "Beta").status == 0)
    let result = db.run("ask", "jonas")
    #expect(result.status == 1)
    #expect(
      result.err == "firstk: 2 prospects are named \"jonas\" (#2, #4 at \"Beta\"); "
        + "give the number instead, e.g. \"#2\"\n")
    #expect(db.run("ask", "#4").out.hasPrefix("Asked JONAS on 2025-11-01"))
  }

  @Test func talksCountTowardSectionA() throws {
    let db = try seeded()
    let first = db.run("talk", "New Person", "--would-pay", "yes", "--notes", "hates invoices")
    #expect(
      first.out == """
        Talk with New Person on 2025-11-01 recorded (added as prospect 4): would pay.
        Talked to 1, 1 would pay (the playbook wants 5+ talked, 3+ would pay).

        """)
    for (name, answer) in [("jonas", "no"), ("John Smith", "YES"), ("Mary Ann", "yes")] {
      #expect(db.run("talk", name, "--would-pay", answer).status == 0)
    }
    let fifth = db.run("talk", "Fifth", "--would-pay", "no", "--on", "2025-10-30")
    #expect(
      fifth.out.hasSuffix(
        """
        Talked to 5, 3 would pay (the playbook wants 5+ talked, 3+ would pay).
        Playbook: Build the smallest thing: one feature, one week max.

        """))
    let list = try json(db.run("prospects", "--json").out)
    #expect(
      list.map { $0["stage"] as? String } == [
        "talked", "talked", "talked", "talked",
        "talked",
      ])
    #expect(list.map { $0["would_pay"] as? Bool } == [true, false, true, true, false])
    #expect(db.run("talk", "Jonas").status == 2)
    #expect(db.run("talk", "Jonas", "--would-pay", "maybe").status == 1)
  }
}
