import FirstKCore
import FirstKData
import Foundation
import Testing

@testable import FirstKApp

@Suite struct MRRCommandTests {
  /// The realistic Stripe export, looked at on a day when Frank's cancelled
  /// subscription still runs.
  static func imported() throws -> ScratchDatabase {
    let db = try ScratchDatabase()
    let result = db.run("import", "stripe", DataFixture.path("stripe-subscriptions.csv"))
    #expect(result.status == 0, "\(result.err)")
    return db
  }

  static let june = "2025-06-15"

  @Test func plainShowsMRROtherCurrenciesAndChurn() throws {
    let db = try Self.imported()
    let result = db.run(on: Self.june, "mrr")
    #expect(result.status == 0)
    #expect(result.err == "")
    #expect(
      result.out == """
        MRR $381.17 on 2025-06-15
          JPY ¥6,000 a month, not added: no rate; set one with firstk profile --rate JPY=RATE
        Committed churn: $99.00 a month (1 subscription cancelled, still counted)

        """)
  }

  @Test func explainListsEverySubscriptionAndTheRules() throws {
    let db = try Self.imported()
    let result = db.run(on: Self.june, "mrr", "--explain")
    #expect(result.status == 0)
    let lines = result.out.split(separator: "\n", omittingEmptySubsequences: false)
      .map(String.init)
    #expect(
      Array(lines.prefix(14)) == [
        "MRR $381.17 on 2025-06-15",
        "  JPY ¥6,000 a month, not added: no rate; set one with firstk profile --rate JPY=RATE",
        "Committed churn: $99.00 a month (1 subscription cancelled, still counted)",
        "",
        "Subscriptions:",
        "  Ada Lovelace        $49.00 x 1 / month -> $49.00",
        "  Acme, Inc.          $490.00 x 5 / year -> $204.17",
        "  Carol \"CJ\" Jones    $29.00 x 1 / month -> $29.00",
        "  Dan Okafor          $49.00 x 1 / month -> not counted: trialing",
        "  Erin Hale           $49.00 x 1 / month -> not counted: canceled 2025-05-01",
        "  Frank Moss          $99.00 x 1 / month -> $99.00, cancelled: counts until 2025-07-01",
        "  山田太郎            ¥3,000 x 2 / month -> ¥6,000",
        "  Hal from the forum  $12.00 x 1 / week -> not counted: unpaid",
        "",
      ])
    #expect(lines[14] == "Rules:")
    #expect(lines.contains("  - JPY is shown beside MRR, not added: no JPY to USD rate is set."))
    #expect(lines.contains { $0.hasPrefix("  - Counts active subscriptions, and past-due ones") })
    #expect(lines.last == "")
    #expect(lines.count == 15 + 9 + 1)
  }

  @Test func aRateAddsTheCurrencyAndSaysAtWhatRate() throws {
    let db = try Self.imported()
    #expect(db.run("profile", "--rate", "JPY=0.0067").status == 0)
    let result = db.run(on: Self.june, "mrr")
    #expect(
      result.out == """
        MRR $421.37 on 2025-06-15
          JPY ¥6,000 a month, added at 0.0067 USD per JPY: $40.20
        Committed churn: $99.00 a month (1 subscription cancelled, still counted)

        """)
  }

  @Test func laterTheCancelledSubscriptionHasEnded() throws {
    let db = try Self.imported()
    let result = db.run("mrr", "--explain")
    #expect(result.out.hasPrefix("MRR $282.17 on 2025-11-01\n"))
    #expect(!result.out.contains("Committed churn"))
    #expect(
      result.out.contains(
        "  Frank Moss          $99.00 x 1 / month -> not counted: period ended 2025-07-01\n"))
  }

  @Test func explainWithoutCustomersSaysHowToAddThem() throws {
    let db = try ScratchDatabase()
    let result = db.run("mrr", "--explain")
    #expect(
      result.out.hasPrefix(
        "MRR $0.00 on 2025-11-01\n\nSubscriptions:\n"
          + "  none yet; add one with firstk add customer or firstk import stripe\n\nRules:\n"))
  }

  @Test func jsonHasTheSubscriptionsAndRules() throws {
    let db = try Self.imported()
    let result = db.run(on: Self.june, "mrr", "--json")
    #expect(result.status == 0)
    let object = try #require(
      JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
    #expect(object["mrr_minor"] as? Int == 38_117)
    #expect(object["currency"] as? String == "USD")
    #expect(object["date"] as? String == "2025-06-15")
    #expect(object["mrr_by_currency"] as? [String: Int] == ["JPY": 6_000, "USD": 38_117])
    #expect(object["converted_minor"] as? [String: Int] == [:])
    #expect(object["committed_churn_minor"] as? Int == 9_900)
    #expect(object["ending_subscriptions"] as? Int == 1)
    let rules = try #require(object["rules"] as? [String])
    #expect(
      rules.contains("Discounts and coupons are not subtracted: the plan amount counts in full."))
    let subscriptions = try #require(object["subscriptions"] as? [[String: Any]])
    #expect(subscriptions.count == 8)
    #expect(
      subscriptions.map { $0["monthly_minor"] as? Int } == [
        4_900, 20_417, 2_900, nil, nil, 9_900, 6_000, nil,
      ])
    let frank = subscriptions[5]
    #expect(frank["name"] as? String == "Frank Moss")
    #expect(frank["committed_churn"] as? Bool == true)
    #expect(frank["ends_on"] as? String == "2025-07-01")
    #expect(frank["excluded_because"] is NSNull)
    #expect(subscriptions[3]["excluded_because"] as? String == "trialing")
    #expect(subscriptions[1]["quantity"] as? Int == 5)
    #expect(subscriptions[1]["interval"] as? String == "year")
  }

  @Test func refusesArguments() throws {
    let db = try ScratchDatabase()
    let result = db.run("mrr", "today")
    #expect(result.status == 2)
    #expect(result.err.hasPrefix("firstk: mrr: unexpected argument \"today\"\n"))
  }
}
