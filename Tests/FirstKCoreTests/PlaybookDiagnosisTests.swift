import Testing

@testable import FirstKCore

@Suite struct PlaybookDiagnosisTests {
  func usd(_ cents: Int64) -> Money { Money(minor: cents, currency: .usd) }

  @Test func pricingThresholdsAtTheirBoundaries() {
    let verdicts = [1999, 2000, 4999, 5000, 9999, 10000].map {
      PlaybookDiagnosis.pricingVerdict(monthlyPrice: usd(Int64($0)))
    }
    #expect(
      verdicts == [
        "pricing.under20", "pricing.20to49", "pricing.20to49", "pricing.50to99",
        "pricing.50to99", "pricing.100up",
      ])
    #expect(PlaybookDiagnosis.pricingVerdict(monthlyPrice: usd(0)) == "pricing.under20")
    #expect(PlaybookDiagnosis.pricingVerdict(monthlyPrice: nil) == "pricing")
    let yen = Currency("JPY")!
    #expect(
      PlaybookDiagnosis.pricingVerdict(monthlyPrice: Money(minor: 19, currency: yen))
        == "pricing.under20")
    #expect(
      PlaybookDiagnosis.pricingVerdict(monthlyPrice: Money(minor: 20, currency: yen))
        == "pricing.20to49")
  }

  @Test func speedThresholdsAtTheirBoundaries() {
    let verdicts = [-3, 0, 29, 30, 89, 90, 400].map {
      PlaybookDiagnosis.speedCheck(daysSinceStart: $0)
    }
    #expect(
      verdicts == [
        "speed.under1", "speed.under1", "speed.under1", "speed.1to3", "speed.1to3",
        "speed.over3", "speed.over3",
      ])
    #expect(PlaybookDiagnosis.speedCheck(daysSinceStart: nil) == "speed")
  }

  @Test func nothingBuilt() {
    let locate = PlaybookDiagnosis.locate
    #expect(locate(PlaybookFacts()) == "start")
    #expect(locate(PlaybookFacts(built: false)) == "A")
    #expect(locate(PlaybookFacts(built: false, talkedTo: 4)) == "A.no")
    #expect(locate(PlaybookFacts(built: false, talkedTo: 5)) == "A.yes")
    #expect(locate(PlaybookFacts(built: false, talkedTo: 5, wouldPay: 2)) == "A.yes.rethink")
    #expect(locate(PlaybookFacts(built: false, talkedTo: 9, wouldPay: 3)) == "A.yes.build")
  }

  @Test func builtWithoutSales() {
    let locate = PlaybookDiagnosis.locate
    #expect(locate(PlaybookFacts(built: true)) == "B.notAsked")
    #expect(locate(PlaybookFacts(built: true, asksTotal: 1)) == "B.asked")
    #expect(locate(PlaybookFacts(built: true, asksTotal: 4, ghosted: 2)) == "B.ghost")
    #expect(
      locate(PlaybookFacts(built: true, asksTotal: 4, ghosted: 2, latestObjection: .trust))
        == "B.asked.trust")
  }

  @Test func customersByCountAndGoal() {
    let locate = PlaybookDiagnosis.locate
    let counts = [1, 3, 4, 9, 10, 25].map {
      locate(PlaybookFacts(built: false, payingCustomers: $0, mrr: usd(50_000)))
    }
    #expect(counts == ["C.few", "C.few", "C.some", "C.some", "C.many", "C.many"])
    #expect(locate(PlaybookFacts(payingCustomers: 12, mrr: usd(99_999))) == "C.many")
    #expect(locate(PlaybookFacts(payingCustomers: 12, mrr: usd(100_000))) == "root")
    #expect(locate(PlaybookFacts(payingCustomers: 2, mrr: nil)) == "C.few")
    let euros = Money(minor: 500_000, currency: Currency("EUR")!)
    #expect(locate(PlaybookFacts(payingCustomers: 2, mrr: euros)) == "C.few")
  }

  @Test func everyVerdictIsANode() {
    let ids = [
      "pricing", "pricing.under20", "pricing.20to49", "pricing.50to99", "pricing.100up",
      "speed", "speed.under1", "speed.1to3", "speed.over3", "start", "A", "A.no", "A.yes",
      "A.yes.build", "A.yes.rethink", "B.notAsked", "B.asked", "B.ghost", "C.few", "C.some",
      "C.many", "root",
    ]
    for id in ids { #expect(Playbook.node(id: id) != nil, "no node \(id)") }
  }

  @Test func factsFromTheProfile() {
    let profile = Profile(
      listPrice: usd(2900), started: CivilDate(year: 2025, month: 9, day: 2), built: true,
      goal: usd(200_000))
    let facts = PlaybookFacts(profile: profile, today: CivilDate(year: 2025, month: 11, day: 1)!)
    #expect(
      facts
        == PlaybookFacts(
          built: true, goal: usd(200_000), monthlyPrice: usd(2900), startedDaysAgo: 60))
    #expect(PlaybookDiagnosis.speedCheck(daysSinceStart: facts.startedDaysAgo) == "speed.1to3")
    #expect(PlaybookDiagnosis.locate(facts) == "B.notAsked")
  }
}
