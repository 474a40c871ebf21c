import Testing

@testable import FirstKCore

@Suite struct ProspectNamesTests {
  static let names = [
    "John Smith", "Jonas", "Joanna Lee", "Mary Jones", "Bob", "Ada Lovelace", "Jon Snow",
    "Canada Dry",
  ]

  @Test func keysFoldCaseAndSpacing() {
    #expect(ProspectNames.key("  John\t SMITH ") == "john smith")
    #expect(ProspectNames.key("ÉMILE") == "émile")
    #expect(ProspectNames.key(" ") == "")
  }

  @Test func typoFindsWordsPrefixesAndWholeNames() {
    #expect(
      ProspectNames.closeMatches(to: "Jon", among: ["John Smith", "Jonas", "Bob"])
        == ["John Smith", "Jonas"])
    #expect(ProspectNames.closeMatches(to: "ada lovelase", among: Self.names) == ["Ada Lovelace"])
    #expect(ProspectNames.closeMatches(to: "lovelace", among: Self.names) == ["Ada Lovelace"])
    #expect(ProspectNames.closeMatches(to: "anada", among: Self.names) == ["Canada Dry"])
    #expect(
      ProspectNames.closeMatches(to: "nada", among: Self.names) == ["Ada Lovelace", "Canada Dry"])
    #expect(ProspectNames.closeMatches(to: "Zed", among: Self.names) == [])
    #expect(ProspectNames.closeMatches(to: "", among: Self.names) == [])
  }

  @Test func keepsTheBestFiveInAlphabeticalOrder() {
    let many = ["Jo1", "Jo2", "Jo3", "Jo4", "Jo5", "Jo6", "Jon"]
    let found = ProspectNames.closeMatches(to: "jon", among: many.reversed())
    #expect(found.count == 5)
    #expect(found.contains("Jon"))
    #expect(found == found.sorted())
    #expect(ProspectNames.closeMatches(to: "jon", among: many, limit: 1) == ["Jon"])
    #expect(ProspectNames.closeMatches(to: "Bob", among: ["Bob", "Bob"]) == ["Bob"])
  }

  @Test(arguments: [
    ("kitten", "sitting", 3), ("", "abc", 3), ("abc", "", 3), ("same", "same", 0),
    ("flaw", "lawn", 2), ("émile", "emile", 1),
  ])
  func editDistance(_ a: String, _ b: String, _ expected: Int) {
    #expect(ProspectNames.editDistance(Array(a), Array(b), cap: 10) == expected)
    #expect(ProspectNames.editDistance(Array(a), Array(b), cap: 1) == min(expected, 1))
  }

  @Test func talkMovesAProspectNotYetContactedAndKeepsTheLatestAnswer() {
    let day = CivilDate(year: 2025, month: 11, day: 1)!
    let fresh = ProspectOutcome.talked(Prospect(name: "A"), on: day, wouldPay: true)
    #expect(fresh.stage == .talked)
    #expect(fresh.wouldPay == true)
    #expect(fresh.talkedOn == day)
    let earlier = ProspectOutcome.talked(fresh, on: day.adding(days: -1), wouldPay: false)
    #expect(earlier == fresh)
    let asked = Prospect(name: "B", stage: .asked, askedOn: day)
    let later = ProspectOutcome.talked(asked, on: day.adding(days: 1), wouldPay: false)
    #expect(later.stage == .asked)
    #expect(later.wouldPay == false)
    #expect(TalkCounts(talkedTo: 5, wouldPay: 3).isValidated)
    #expect(!TalkCounts(talkedTo: 4, wouldPay: 4).isValidated)
    #expect(!TalkCounts(talkedTo: 9, wouldPay: 2).isValidated)
  }

  @Test func followUpMessagesComeFromThePlaybook() {
    #expect(FollowUpMessages.playbook.templates == Playbook.followUpMessages.map(\.template))
    #expect(Playbook.followUpMessages.map(\.day) == FollowUpCadence.playbook.days)
  }
}
