/// How often a subscription bills.
public enum BillingInterval: String, CaseIterable, Equatable, Sendable {
  case day
  case week
  case month
  case year
}

/// A subscription's state, with the values payment processors use.
public enum SubscriptionStatus: String, CaseIterable, Equatable, Sendable {
  case active
  case trialing
  case pastDue = "past_due"
  case canceled
  case unpaid
  case incomplete
  case incompleteExpired = "incomplete_expired"
  case paused
}

/// A paying (or once paying, or trialing) customer: one subscription.
public struct Customer: Equatable, Sendable, Identifiable {
  /// The database row id; nil until saved.
  public var id: Int64?
  public var name: String
  /// An email address or handle.
  public var contact: String
  /// The price of one unit for one billing period.
  public var amount: Money
  public var interval: BillingInterval
  /// Bills every `intervalCount` intervals (every 3 months, every 2 years).
  public var intervalCount: Int
  public var quantity: Int
  public var status: SubscriptionStatus
  public var started: CivilDate?
  /// When the subscription was cancelled or ended, if it was.
  public var canceledOn: CivilDate?
  /// Cancelled, but paid up until `currentPeriodEnd`.
  public var cancelAtPeriodEnd: Bool
  public var currentPeriodEnd: CivilDate?
  /// For a past-due subscription, since when payment has failed, where known.
  public var pastDueSince: CivilDate?
  public var trialEnd: CivilDate?
  /// Where the customer came from: "stripe", "prospect", a channel, free text.
  public var source: String
  public var plan: String
  public var notes: String
  /// The payment processor's subscription id, used to make re-imports idempotent.
  public var externalID: String?

  public init(
    id: Int64? = nil, name: String, contact: String = "", amount: Money,
    interval: BillingInterval = .month, intervalCount: Int = 1, quantity: Int = 1,
    status: SubscriptionStatus = .active, started: CivilDate? = nil, canceledOn: CivilDate? = nil,
    cancelAtPeriodEnd: Bool = false, currentPeriodEnd: CivilDate? = nil,
    pastDueSince: CivilDate? = nil, trialEnd: CivilDate? = nil, source: String = "",
    plan: String = "", notes: String = "", externalID: String? = nil
  ) {
    self.id = id
    self.name = name
    self.contact = contact
    self.amount = amount
    self.interval = interval
    self.intervalCount = intervalCount
    self.quantity = quantity
    self.status = status
    self.started = started
    self.canceledOn = canceledOn
    self.cancelAtPeriodEnd = cancelAtPeriodEnd
    self.currentPeriodEnd = currentPeriodEnd
    self.pastDueSince = pastDueSince
    self.trialEnd = trialEnd
    self.source = source
    self.plan = plan
    self.notes = notes
    self.externalID = externalID
  }
}
