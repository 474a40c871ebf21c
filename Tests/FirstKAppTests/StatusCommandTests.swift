import FirstKCore
import FirstKData
import Foundation
import Testing

@testable import FirstKApp

@Suite struct StatusCommandTests {
  /// Two USD customers and one in EUR, with a list price: made through the commands.
  static func fixture() throws -> ScratchDatabase {
    let db = try ScratchDatabase()
    for arguments in [
      ["profile", "--price", "49"],
      ["add", "customer", "Ada", "--amount", "49"],
      ["add", "customer", "Acme", "--amount", "490", "--interval", "year", "--quantity", "2"],
      ["add", "customer", "Lena", "--amount", "19", "--currency", "EUR"],
    ] {
      let result = db.run(arguments)
      #expect(result.status == 0, "\(arguments): \(result.err)")
    }
    return db
  }

  @Test func plainLineShowsTheCurrencyWithoutARateBeside() throws {
    let db = try Self.fixture()
    let result = db.run("status")
    #expect(result.status == 0)
    #expect(result.err == "")
    // 49 + 490 x 2 / 12 = 130.666... USD; the EUR subscription has no rate.
    #expect(
      result.out
        == "MRR $130.67 of $1,000 goal (13%) · 3 paying customers · €19.00 not converted\n"
    )
  }

  @Test func aRateAddsTheOtherCurrency() throws {
    let db = try Self.fixture()
    #expect(db.run("profile", "--rate", "EUR=1.08").status == 0)
    #expect(db.run("status").out == "MRR $151.19 of $1,000 goal (15%) · 3 paying customers\n")
    #expect(db.run("status", "--tmux").out == "$151/$1k 3c\n")
  }

  @Test func tmuxLineIsShort() throws {
    let db = try Self.fixture()
    let result = db.run("status", "--tmux")
    #expect(result.status == 0)
    #expect(result.out == "$130/$1k 3c\n")

    let empty = try ScratchDatabase()
    #expect(empty.run("status", "--tmux").out == "$0/$1k 0c\n")
    #expect(empty.run("status").out == "MRR $0.00 of $1,000 goal (0%) · 0 paying customers\n")
  }

  @Test(arguments: [
    (100_000, "$1k"), (250_000, "$2.5k"), (125_000, "$1,250"), (99_999, "$999"),
    (1_200_000_00, "$1.2M"), (5_000, "$50"),
  ])
  func goalsAreRoundedOnlyWhenNothingIsLost(minor: Int64, expected: String) {
    #expect(CompactMoney.round(Money(minor: minor, currency: .usd)) == expected)
  }

  @Test func wholeUnitsRoundDown() {
    #expect(CompactMoney.whole(Money(minor: 123_499, currency: .usd)) == "$1,234")
    #expect(CompactMoney.whole(Money(minor: 3_000, currency: Currency("JPY")!)) == "¥3,000")
    #expect(CompactMoney.round(Money(minor: 100_000, currency: Currency("JPY")!)) == "¥100k")
  }

  @Test func jsonHasEveryFigure() throws {
    let db = try Self.fixture()
    let result = db.run("status", "--json")
    #expect(result.status == 0)
    let object = try #require(
      JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
    #expect(object["date"] as? String == "2025-11-01")
    #expect(object["currency"] as? String == "USD")
    #expect(object["mrr_minor"] as? Int == 13_067)
    #expect(object["goal_minor"] as? Int == 100_000)
    #expect(object["percent"] as? Int == 13)
    #expect(object["paying_customers"] as? Int == 3)
    #expect(object["arpu_minor"] as? Int == 6_534)  // 13,067 / 2 counted in USD
    #expect(object["paying_in_mrr"] as? Int == 2)
    #expect(object["list_price_minor"] as? Int == 4_900)
    #expect(object["customers_needed"] as? Int == 18)  // ceil(869.33 / 49)
    #expect(object["committed_churn_minor"] as? Int == 0)
    #expect(object["ending_subscriptions"] as? Int == 0)
    #expect(object["mrr_by_currency"] as? [String: Int] == ["EUR": 1_900, "USD": 13_067])
    #expect(object["due_today"] as? Int == 0)
    #expect(object["overdue"] as? Int == 0)
    #expect(object["asks_today"] as? Int == 0)
    #expect(object["asks_total"] as? Int == 0)
    #expect(object.count == 17)
    #expect(result.out.hasPrefix("{\n  \"date\": \"2025-11-01\",\n"))
  }

  @Test func jsonNullsWithoutCustomersOrPrice() throws {
    let db = try ScratchDatabase()
    let object = try #require(
      JSONSerialization.jsonObject(with: Data(db.run("status", "--json").out.utf8))
        as? [String: Any])
    #expect(object["arpu_minor"] is NSNull)
    #expect(object["customers_needed"] is NSNull)
    #expect(object["list_price_minor"] is NSNull)
    #expect(object["mrr_by_currency"] as? [String: Int] == [:])
  }

  @Test func salesCountersFollowTheMoneyFigures() throws {
    let db = try Self.fixture()
    #expect(db.run("add", "prospect", "Ada").status == 0)
    #expect(db.run("add", "prospect", "Bob").status == 0)
    #expect(db.run("ask", "Ada", "--on", "2025-10-25").status == 0)
    #expect(db.run("ask", "Bob", "--on", "2025-10-30").status == 0)
    let result = db.run("status", "--json")
    let object = try #require(
      JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
    #expect(object["asks_total"] as? Int == 2)
    #expect(object["asks_today"] as? Int == 0)
    #expect(object["overdue"] as? Int == 2)  // Ada's day 3 and day 7: 2025-10-27 and 10-31
    #expect(object["due_today"] as? Int == 1)  // Bob's day 3: 2025-11-01
    let keys = result.out.split(separator: "\n").compactMap { line in
      line.split(separator: "\"").dropFirst().first.map(String.init)
    }
    #expect(Array(keys.suffix(4)) == ["due_today", "overdue", "asks_today", "asks_total"])
  }

  @Test func globalOptionsGoBeforeOrAfterTheCommand() throws {
    let db = try Self.fixture()
    let orders = [
      ["--db", db.path, "--today", "2025-11-01", "status", "--tmux"],
      ["status", "--tmux", "--db", db.path, "--today", "2025-11-01"],
      ["status", "--db=\(db.path)", "--tmux", "--today=2025-11-01"],
    ]
    for arguments in orders {
      let console = Console(capturing: true)
      let status = FirstKMain.run(arguments: arguments, environment: [:], console: console)
      #expect(status == 0)
      #expect(console.capturedOut == "$130/$1k 3c\n", "\(arguments)")
    }
  }

  @Test func refusesMistakes() throws {
    let db = try ScratchDatabase()
    let both = db.run("status", "--tmux", "--json")
    #expect(both.status == 2)
    #expect(both.err.hasPrefix("firstk: status: choose --tmux or --json, not both\n"))
    let extra = db.run("status", "now")
    #expect(extra.status == 2)
    #expect(extra.err.hasPrefix("firstk: status: unexpected argument \"now\"\n"))
    #expect(db.run("status", "--html").err.hasPrefix("firstk: status: unknown option --html\n"))
  }
}
