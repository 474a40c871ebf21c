import FirstKCore
import Foundation
import Testing

@testable import FirstKData

@Suite struct ProspectStoreTests {
  static let day = CivilDate(year: 2025, month: 11, day: 1)!

  /// A prospect with every field set to something other than its default.
  static let everything = Prospect(
    name: "Zoë \"Z\" O'Neil", contact: "zoe@example.com", company: "Acme, Inc.",
    channel: .community, stage: .asked, notes: "met at a meetup\nlikes tea",
    askedOn: day, wouldPay: false, talkedOn: day.adding(days: -10),
    repliedOn: day.adding(days: 2), objection: .think, objectionNote: "next quarter")

  func store() throws -> (TemporaryDirectory, Store) {
    let temp = try TemporaryDirectory()
    return (temp, try Store(path: temp.file("firstk.db")))
  }

  @Test func prospectRoundTripsEveryField() throws {
    let (temp, store) = try store()
    let id = try store.insert(ProspectStoreTests.everything)
    var expected = ProspectStoreTests.everything
    expected.id = id
    #expect(try Store(path: temp.file("firstk.db")).prospects() == [expected])

    expected.stage = .won
    expected.wouldPay = nil
    expected.objection = nil
    expected.askedOn = nil
    try store.update(expected)
    #expect(try store.prospect(id: id) == expected)
    #expect(try store.save(Prospect(name: "Second")) == id + 1)
    #expect(try store.prospects().map(\.name) == [expected.name, "Second"])
  }

  @Test func refusesNamelessAndUnsavedProspects() throws {
    let (_, store) = try store()
    #expect(throws: DatabaseError.refused("a prospect needs a name")) {
      try store.insert(Prospect(name: "  "))
    }
    #expect(throws: DatabaseError.self) { try store.update(Prospect(name: "Never saved")) }
    #expect(throws: DatabaseError.refused("there is no prospect 7")) {
      try store.deleteProspect(id: 7)
    }
  }

  @Test func namesMatchWithoutCaseOrExtraSpaces() throws {
    let (_, store) = try store()
    try store.insert(Prospect(name: "John Smith", company: "Acme"))
    try store.insert(Prospect(name: "Jonas"))
    try store.insert(Prospect(name: "ÉMILE Zola"))
    try store.insert(Prospect(name: "john  smith", company: "Beta"))
    #expect(try store.prospect(named: "  JOHN smith ")?.company == "Acme")
    #expect(try store.prospects(named: "John Smith").map(\.company) == ["Acme", "Beta"])
    #expect(try store.prospect(named: "émile zola")?.name == "ÉMILE Zola")
    #expect(try store.prospect(named: "Jon") == nil)
    #expect(try store.closeMatches(to: "Jon") == ["john  smith", "John Smith", "Jonas"])
    #expect(try store.closeMatches(to: "emile") == ["ÉMILE Zola"])
    #expect(try store.closeMatches(to: "Xavier") == [])
    #expect(try store.closeMatches(to: "Zolla") == ["ÉMILE Zola"])
  }

  @Test func leadsGoInOneTransaction() throws {
    let (_, store) = try store()
    let leads = [Prospect(name: "A"), Prospect(name: "B", channel: .dm)]
    #expect(try store.insertLeads(leads) == 2)
    #expect(try store.prospects().map(\.channel) == [.other, .dm])
    #expect(throws: DatabaseError.self) {
      try store.insertLeads([Prospect(name: "C"), Prospect(name: "")])
    }
    #expect(try store.prospects().count == 2)
  }

  @Test func talksCountPeopleByTheirLatestAnswer() throws {
    let (_, store) = try store()
    let day = ProspectStoreTests.day
    let first = try store.recordTalk(with: Prospect(name: "New"), on: day, wouldPay: false)
    #expect(first.prospect.id == 1)
    #expect(first.prospect.stage == .talked)
    try store.recordTalk(with: first.prospect, on: day.adding(days: 3), wouldPay: true)
    let older = try store.recordTalk(
      with: try #require(try store.prospect(id: 1)), on: day.adding(days: -5), wouldPay: false,
      notes: "first chat")
    #expect(older.prospect.wouldPay == true)
    #expect(older.prospect.talkedOn == day.adding(days: 3))
    var asked = Prospect(name: "Asked", stage: .asked, askedOn: day)
    asked.id = try store.insert(asked)
    let talked = try store.recordTalk(with: asked, on: day, wouldPay: false)
    #expect(talked.prospect.stage == .asked)
    #expect(try store.talkCounts() == TalkCounts(talkedTo: 2, wouldPay: 1))
    let talks = try store.talks(of: 1)
    #expect(talks.map(\.day) == [day.adding(days: -5), day, day.adding(days: 3)])
    #expect(talks.map(\.wouldPay) == [false, false, true])
    #expect(talks.map(\.notes) == ["first chat", "", ""])
  }

  @Test func nextActionIsOneAtATime() throws {
    let (_, store) = try store()
    let day = ProspectStoreTests.day
    #expect(try store.nextAction() == nil)
    #expect(try store.markNextActionDone(on: day) == false)
    try store.saveNextAction("  Email ten people ", on: day)
    try store.saveNextAction("Call Ada", on: day)
    #expect(try store.nextAction() == "Call Ada")
    #expect(try store.database.scalar("SELECT count(*) FROM next_action") == 1)
    #expect(try store.markNextActionDone(on: day.adding(days: 1)) == true)
    #expect(try store.nextAction() == nil)
    try store.saveNextAction("Post in the forum", on: day.adding(days: 1))
    #expect(try store.nextAction() == "Post in the forum")
    #expect(
      try store.database.query("SELECT text, done_on FROM next_action ORDER BY id") {
        "\($0.text(0)) \($0.optionalText(1) ?? "-")"
      } == ["Call Ada 2025-11-02", "Post in the forum -"])
    #expect(throws: DatabaseError.self) { try store.saveNextAction(" ", on: day) }
  }

  @Test func cadenceIsSavedAndBadTextIsNamed() throws {
    let (_, store) = try store()
    let cadence = try FollowUpCadence(days: [2, 5, 9, 20])
    try store.saveFollowUpCadence(cadence)
    try store.saveFollowUpCadence(cadence)
    #expect(try store.followUpCadence() == cadence)
    try store.database.execute("UPDATE settings SET value = '7,3' WHERE key = 'follow_up_days'")
    #expect(throws: DatabaseError.self) { try store.followUpCadence() }
  }
}
