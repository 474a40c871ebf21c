/// One subscription as the MRR rules saw it, for `firstk mrr --explain` and the gauge.
public struct MRRLine: Equatable, Sendable {
  public var name: String
  public var currency: Currency
  /// Its monthly contribution in minor units, rounded half up on its own for display;
  /// nil when it is not counted.
  public var monthly: Int64?
  /// Why it is not counted ("trialing", "free plan", ...); nil when counted.
  public var excludedBecause: String?
  /// Counted now but cancelled: it leaves MRR on `endsOn` (unknown when nil).
  public var isCommittedChurn: Bool
  public var endsOn: CivilDate?

  /// A line for a subscription; a counted one passes `monthly`, an excluded one a reason.
  public init(
    name: String, currency: Currency, monthly: Int64?, excludedBecause: String? = nil,
    isCommittedChurn: Bool = false, endsOn: CivilDate? = nil
  ) {
    self.name = name
    self.currency = currency
    self.monthly = monthly
    self.excludedBecause = excludedBecause
    self.isCommittedChurn = isCommittedChurn
    self.endsOn = endsOn
  }
}

/// Monthly recurring revenue on one day, with the figures the gauge and `firstk mrr` show.
///
/// Amounts are minor units. Each currency is summed exactly and rounded half up once;
/// `mrr` is the primary currency's rounded sum plus each converted currency's rounded
/// conversion, so the figures on screen add up.
public struct MRRReport: Equatable, Sendable {
  public var day: CivilDate
  /// Primary currency, including other currencies the user gave a rate for.
  public var mrr: Money
  /// Every counted currency on its own, unconverted.
  public var byCurrency: [Currency: Int64]
  /// Other currencies converted into the primary one, for those with a rate.
  public var converted: [Currency: Int64]
  /// Counted subscriptions in any currency (a customer with two subscriptions counts twice).
  public var payingCustomers: Int
  /// Of those, the ones inside `mrr` (primary currency, or converted at a rate the user set).
  public var payingInMRR: Int
  /// MRR divided by the subscriptions it includes (`payingInMRR`); nil when it includes none.
  public var arpu: Money?
  /// The goal, taken to be in the primary currency.
  public var goal: Money
  /// MRR as a whole percentage of the goal, rounded down; may pass 100.
  public var percent: Int
  /// MRR in thousandths of the goal, rounded down, for a finer bar.
  public var permille: Int
  /// The profile's list price, when it is in the goal's currency.
  public var listPrice: Money?
  /// New customers at the list price still needed for the goal; 0 once it is reached.
  public var customersNeeded: Int?
  /// Monthly value of counted subscriptions that are cancelled and will end.
  public var committedChurn: Money
  /// How many counted subscriptions will end.
  public var endingSubscriptions: Int
  public var lines: [MRRLine]
  /// The rules applied, as sentences.
  public var rules: [String]
}
