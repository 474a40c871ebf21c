import FirstKCore
import Foundation
import Testing

@testable import FirstKData

@Suite struct StoreTests {
  static let eur = Currency("EUR")!
  static let day = CivilDate(year: 2025, month: 3, day: 9)!

  /// A customer with every field set to something other than its default.
  static let everything = Customer(
    name: "Zoë & Co \"quoted\"", contact: "zoe@example.com",
    amount: Money(minor: 12_345, currency: eur), interval: .year, intervalCount: 2,
    quantity: 7, status: .pastDue, started: day, canceledOn: day.adding(days: 40),
    cancelAtPeriodEnd: true, currentPeriodEnd: day.adding(days: 60),
    pastDueSince: day.adding(days: 10), trialEnd: day.adding(days: 5), source: "stripe",
    plan: "Team", notes: "line one\nline two", externalID: "sub_123")

  @Test func missingProfileReadsAsDefaults() throws {
    let temp = try TemporaryDirectory()
    let store = try Store(path: temp.file("firstk.db"))
    #expect(try store.loadProfile() == Profile())
  }

  @Test func profileRoundTripsEveryField() throws {
    let temp = try TemporaryDirectory()
    let path = temp.file("firstk.db")
    let profile = Profile(
      productName: "Invoicer", problem: "late invoices", audience: "freelancers",
      listPrice: Money(minor: 4_950, currency: StoreTests.eur), started: StoreTests.day,
      built: false, goal: Money(minor: 200_000, currency: StoreTests.eur),
      currency: StoreTests.eur, firstWeekday: 0, pastDueGraceDays: 14,
      ratesInMillionths: [.usd: 920_000, Currency("GBP")!: 1_170_000])
    try Store(path: path).saveProfile(profile)
    #expect(try Store(path: path).loadProfile() == profile)

    var changed = profile
    changed.built = nil
    changed.listPrice = nil
    changed.ratesInMillionths = [:]
    try Store(path: path).saveProfile(changed)
    #expect(try Store(path: path).loadProfile() == changed)
  }

  @Test func badProfileIsRefusedAndNothingChanges() throws {
    let temp = try TemporaryDirectory()
    let store = try Store(path: temp.file("firstk.db"))
    var profile = Profile(productName: "Kept")
    try store.saveProfile(profile)
    profile.productName = "Lost"
    profile.goal = Money(minor: 0, currency: .usd)
    #expect(throws: DatabaseError.refused("the goal must be more than zero")) {
      try store.saveProfile(profile)
    }
    #expect(try store.loadProfile().productName == "Kept")
  }

  @Test func customerRoundTripsEveryField() throws {
    let temp = try TemporaryDirectory()
    let path = temp.file("firstk.db")
    let id = try Store(path: path).insert(StoreTests.everything)
    var expected = StoreTests.everything
    expected.id = id
    #expect(try Store(path: path).customers() == [expected])
    #expect(try Store(path: path).customer(id: id) == expected)

    let plain = Customer(name: "Plain", amount: Money(minor: 0, currency: .usd))
    let plainID = try Store(path: path).insert(plain)
    var plainExpected = plain
    plainExpected.id = plainID
    #expect(try Store(path: path).customer(id: plainID) == plainExpected)
  }

  @Test func updateAndDelete() throws {
    let temp = try TemporaryDirectory()
    let store = try Store(path: temp.file("firstk.db"))
    var customer = StoreTests.everything
    customer.id = try store.insert(customer)
    customer.status = .canceled
    customer.externalID = nil
    customer.trialEnd = nil
    try store.update(customer)
    #expect(try store.customers() == [customer])

    try store.delete(id: customer.id!)
    #expect(try store.customers() == [])
    #expect(throws: DatabaseError.refused("there is no customer \(customer.id!)")) {
      try store.delete(id: customer.id!)
    }
    #expect(throws: DatabaseError.refused("there is no customer \(customer.id!)")) {
      try store.update(customer)
    }
  }

  @Test func aRestoredCustomerKeepsItsNumberWhileItIsFree() throws {
    let temp = try TemporaryDirectory()
    let store = try Store(path: temp.file("firstk.db"))
    var ids: [Int64] = []
    for name in ["Acme", "Globex", "Initech"] {
      let customer = Customer(name: name, amount: Money(minor: 4_900, currency: .usd))
      ids.append(try store.insert(customer))
    }
    let globex = try #require(try store.customers().first { $0.name == "Globex" })
    try store.delete(id: ids[1])
    #expect(try store.restore(globex) == ids[1])
    #expect(try store.customers().map(\.name) == ["Acme", "Globex", "Initech"])
    #expect(try store.customers()[1] == globex)

    let initech = try #require(try store.customers().last)
    try store.delete(id: ids[2])
    let taker = try store.insert(Customer(name: "Hooli", amount: Money(minor: 100, currency: .usd)))
    #expect(taker == ids[2])
    let moved = try store.restore(initech)
    #expect(moved != ids[2])
    #expect(try store.customers().map(\.name) == ["Acme", "Globex", "Hooli", "Initech"])
  }

  @Test(arguments: [
    (Money(minor: -1, currency: .usd), 1, 1, "the amount of customer \"X\" cannot be negative"),
    (
      Money(minor: 100_000_000_001, currency: .usd), 1, 1,
      "the amount of customer \"X\" is more than a billion USD"
    ),
    (
      Money(minor: 100, currency: .usd), 0, 1,
      "the quantity of customer \"X\" must be 1 to 1,000,000, not 0"
    ),
    (
      Money(minor: 100, currency: .usd), 1_000_001, 1,
      "the quantity of customer \"X\" must be 1 to 1,000,000, not 1000001"
    ),
    (
      Money(minor: 100, currency: .usd), 1, 101,
      "customer \"X\" must bill every 1 to 100 months, not 101"
    ),
  ])
  func absurdCustomersAreRefused(
    amount: Money, quantity: Int, every: Int, message: String
  ) throws {
    let temp = try TemporaryDirectory()
    let store = try Store(path: temp.file("firstk.db"))
    let customer = Customer(name: "X", amount: amount, intervalCount: every, quantity: quantity)
    #expect(throws: DatabaseError.refused(message)) { try store.insert(customer) }
    #expect(try store.customers().isEmpty)
  }

  @Test func largestAmountTimesLargestQuantityFits() throws {
    let jod = Currency("JOD")!
    let customer = Customer(
      name: "Big", amount: Money(minor: Money.maximumMinor(in: jod), currency: jod),
      quantity: Customer.quantityRange.upperBound)
    #expect(customer.validationProblem == nil)
    #expect(customer.periodAmount?.minor == 1_000_000_000_000_000_000)
    #expect(Money(minor: .max / 2, currency: .usd).multiplied(by: 3) == nil)
  }

  @Test func duplicateExternalIDIsRefused() throws {
    let temp = try TemporaryDirectory()
    let store = try Store(path: temp.file("firstk.db"))
    try store.insert(StoreTests.everything)
    #expect(throws: DatabaseError.self) { try store.insert(StoreTests.everything) }
    #expect(try store.customers().count == 1)
  }

  @Test func transactionRollsBackOnThrow() throws {
    let temp = try TemporaryDirectory()
    let store = try Store(path: temp.file("firstk.db"))
    #expect(throws: DatabaseError.refused("stop")) {
      try store.database.transaction { () throws(DatabaseError) in
        try store.insert(Customer(name: "Gone", amount: Money(minor: 100, currency: .usd)))
        throw .refused("stop")
      }
    }
    #expect(try store.customers().isEmpty)
  }

  @Test func unreadableRowNamesTableAndRow() throws {
    let temp = try TemporaryDirectory()
    let path = temp.file("firstk.db")
    let store = try Store(path: path)
    try store.database.execute(
      """
      INSERT INTO customers (id, name, amount_minor, currency, interval, status)
      VALUES (5, 'Odd', 100, 'USD', 'month', 'frozen')
      """)
    let expected = DatabaseError.unreadableRow(
      path: path, table: "customers", id: 5, reason: "bad status \"frozen\"")
    #expect(throws: expected) { try store.customers() }
    #expect(expected.description.contains("row 5 of customers"))
  }
}
