/// What the user is building and what they aim for; drives the playbook's scripts,
/// the pricing check, the speed check and the gauge's goal.
public struct Profile: Equatable, Sendable {
  public var productName: String
  public var problem: String
  public var audience: String
  /// The monthly list price a new customer pays; nil until set.
  public var listPrice: Money?
  public var started: CivilDate?
  /// Whether something is built yet; nil until the user says.
  public var built: Bool?
  /// Monthly recurring revenue to reach, in the primary currency.
  public var goal: Money
  /// The primary currency; other currencies are shown beside it.
  public var currency: Currency
  /// First column of the month grid: 0 = Sunday, 1 = Monday.
  public var firstWeekday: Int
  /// Days a past-due subscription still counts toward MRR.
  public var pastDueGraceDays: Int
  /// Conversion rates set by the user: primary-currency millionths per one unit of another
  /// currency (EUR -> 1_080_000 means 1 EUR = 1.08 of the primary currency).
  public var ratesInMillionths: [Currency: Int64]

  public init(
    productName: String = "", problem: String = "", audience: String = "",
    listPrice: Money? = nil, started: CivilDate? = nil, built: Bool? = nil,
    goal: Money = Money(minor: 100_000, currency: .usd), currency: Currency = .usd,
    firstWeekday: Int = 1, pastDueGraceDays: Int = 30, ratesInMillionths: [Currency: Int64] = [:]
  ) {
    self.productName = productName
    self.problem = problem
    self.audience = audience
    self.listPrice = listPrice
    self.started = started
    self.built = built
    self.goal = goal
    self.currency = currency
    self.firstWeekday = firstWeekday
    self.pastDueGraceDays = pastDueGraceDays
    self.ratesInMillionths = ratesInMillionths
  }
}
