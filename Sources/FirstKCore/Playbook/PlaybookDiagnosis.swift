/// What firstk knows about the user's progress, from their profile, prospects and
/// customers; nil wherever the user has not said.
public struct PlaybookFacts: Equatable, Sendable {
  /// Whether something is built yet.
  public var built: Bool?
  /// Potential customers the user has talked to about their problem.
  public var talkedTo: Int?
  /// Of those, how many said they would pay for a solution.
  public var wouldPay: Int?
  /// Times anyone has been asked to pay.
  public var asksTotal: Int
  /// Asked prospects that went quiet and are waiting for a follow-up.
  public var ghosted: Int
  /// The objection heard most recently from an asked prospect.
  public var latestObjection: Objection?
  public var payingCustomers: Int
  /// Current monthly recurring revenue, when it can be computed.
  public var mrr: Money?
  public var goal: Money
  public var monthlyPrice: Money?
  /// Days from the start date to today.
  public var startedDaysAgo: Int?

  public init(
    built: Bool? = nil, talkedTo: Int? = nil, wouldPay: Int? = nil, asksTotal: Int = 0,
    ghosted: Int = 0, latestObjection: Objection? = nil, payingCustomers: Int = 0,
    mrr: Money? = nil, goal: Money = Money(minor: 100_000, currency: .usd),
    monthlyPrice: Money? = nil, startedDaysAgo: Int? = nil
  ) {
    self.built = built
    self.talkedTo = talkedTo
    self.wouldPay = wouldPay
    self.asksTotal = asksTotal
    self.ghosted = ghosted
    self.latestObjection = latestObjection
    self.payingCustomers = payingCustomers
    self.mrr = mrr
    self.goal = goal
    self.monthlyPrice = monthlyPrice
    self.startedDaysAgo = startedDaysAgo
  }
}

extension PlaybookFacts {
  /// The facts the profile alone gives: built, goal, price and days since the start;
  /// the caller adds what prospects and customers tell.
  public init(profile: Profile, today: CivilDate) {
    self.init(
      built: profile.built, goal: profile.goal, monthlyPrice: profile.listPrice,
      startedDaysAgo: profile.started.map { $0.days(until: today) })
  }
}

/// Finds the step of the playbook the user's own numbers point to ("you are here").
public enum PlaybookDiagnosis {
  /// Days in a month for the Speed Check: 30, so 1 month is days 30-59 and 3 months
  /// start on day 90.
  public static let daysPerMonth = 30

  /// The node id of where the user is.
  ///
  /// Paying customers put the user in Section C whatever else is known: 1-3 customers,
  /// 4-9 customers, and 10 or more (the seed's "4-10" and "10+" overlap at 10; with 10
  /// customers under the goal, the price is the problem). At or past the goal the playbook
  /// has no further step and the root is returned. Without customers, a built product is
  /// Section B: never asked, then the latest objection, then prospects who went quiet.
  /// Nothing built is Section A. Not knowing whether anything is built is the first
  /// question, "Where are you?".
  public static func locate(_ facts: PlaybookFacts) -> String {
    if facts.payingCustomers > 0 {
      if let mrr = facts.mrr, mrr.currency == facts.goal.currency,
        mrr.minor >= facts.goal.minor
      {
        return "root"
      }
      switch facts.payingCustomers {
      case 1...3: return "C.few"
      case 4...9: return "C.some"
      default: return "C.many"
      }
    }
    switch facts.built {
    case .none:
      return "start"
    case .some(false):
      return locateBeforeBuilding(facts)
    case .some(true):
      return locateBeforeFirstSale(facts)
    }
  }

  static func locateBeforeBuilding(_ facts: PlaybookFacts) -> String {
    guard let talkedTo = facts.talkedTo else { return "A" }
    guard talkedTo >= 5 else { return "A.no" }
    guard let wouldPay = facts.wouldPay else { return "A.yes" }
    return wouldPay >= 3 ? "A.yes.build" : "A.yes.rethink"
  }

  static func locateBeforeFirstSale(_ facts: PlaybookFacts) -> String {
    guard facts.asksTotal > 0 else { return "B.notAsked" }
    if let objection = facts.latestObjection { return objection.nodeID }
    if facts.ghosted > 0 { return "B.ghost" }
    return "B.asked"
  }

  /// The Pricing Check's verdict on a monthly price: under 20, 20 up to 50, 50 up to 100,
  /// 100 and more, in whole units of the price's currency; nil price is the open question.
  ///
  /// FIXME: the thresholds are dollar amounts applied to every currency unconverted, so a
  /// yen or won price gets the verdict of the same number of dollars.
  public static func pricingVerdict(monthlyPrice: Money?) -> String {
    guard let price = monthlyPrice else { return "pricing" }
    switch PricingVerdict(monthlyPrice: price) {
    case .tooLow: return "pricing.under20"
    case .prosumer: return "pricing.20to49"
    case .goodRange: return "pricing.50to99"
    case .solid: return "pricing.100up"
    }
  }

  /// The Speed Check's verdict on the days since the start date, with 30-day months:
  /// days before 30 are under 1 month, 30 to 89 are 1-3 months, 90 and more are 3+ months.
  /// A start date in the future counts as under a month; no start date is the open question.
  public static func speedCheck(daysSinceStart: Int?) -> String {
    guard let days = daysSinceStart else { return "speed" }
    switch days {
    case ..<daysPerMonth: return "speed.under1"
    case ..<(3 * daysPerMonth): return "speed.1to3"
    default: return "speed.over3"
    }
  }
}
