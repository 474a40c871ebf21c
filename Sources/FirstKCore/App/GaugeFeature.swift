/// The MRR figures the gauge and the header show, derived from customers, profile and
/// today. `AppState` recomputes them whenever one of those changes rather than on every
/// frame: for 10,000 customers the report and the 12-month history take milliseconds,
/// more than a frame can spare.
public struct MRRFigures: Equatable, Sendable {
  public var report: MRRReport
  /// MRR at the end of each of the last 12 months, the last entry being today.
  public var history: [Int64]

  /// Computes the figures for `day`.
  public init(customers: [Customer], profile: Profile, on day: CivilDate) {
    report = MRRCalculator.report(
      customers: customers, profile: profile, on: day, itemized: false)
    history =
      MRRCalculator.monthEndTotals(customers: customers, profile: profile, before: day, months: 11)
      + [report.mrr.minor]
  }
}

/// What the gauge pane remembers between keys: the price the user is trying out.
public struct GaugeState: Equatable, Sendable {
  /// A what-if monthly price in minor units of the primary currency; nil when the user
  /// is not nudging one.
  public var whatIfPrice: Int64?

  /// Starts without a what-if price unless one is given.
  public init(whatIfPrice: Int64? = nil) {
    self.whatIfPrice = whatIfPrice
  }

  /// The next price up on the nudge grid. The grid has steps of 1 major unit below 20,
  /// 5 below 100 and 10 from 100 up, so a price off the grid first snaps onto it.
  public static func raised(_ price: Int64, unit: Int64) -> Int64 {
    let from = max(0, price)
    let step = from < 20 * unit ? unit : from < 100 * unit ? 5 * unit : 10 * unit
    return min((from / step + 1) * step, Money.maximumMajor * unit)
  }

  /// The next price down on the nudge grid, never below one major unit.
  public static func lowered(_ price: Int64, unit: Int64) -> Int64 {
    guard price > unit else { return price }
    let step = price <= 20 * unit ? unit : price <= 100 * unit ? 5 * unit : 10 * unit
    return max(unit, (price - 1) / step * step)
  }
}

/// Keys of the MRR gauge pane.
public enum GaugeAction: Equatable, Sendable {
  case whatIfRaised
  case whatIfLowered
  case whatIfReset
  case whatIfAdopted
}

extension AppState {
  mutating func reduceGauge(_ action: GaugeAction) -> [Effect] {
    let unit = profile.currency.minorPerMajor
    switch action {
    case .whatIfRaised:
      gauge.whatIfPrice = GaugeState.raised(whatIfStart, unit: unit)
      return []

    case .whatIfLowered:
      gauge.whatIfPrice = GaugeState.lowered(whatIfStart, unit: unit)
      return []

    case .whatIfReset:
      gauge.whatIfPrice = nil
      return []

    case .whatIfAdopted:
      guard let price = gauge.whatIfPrice else { return [] }
      let listPrice = Money(minor: price, currency: profile.currency)
      profile.listPrice = listPrice
      gauge.whatIfPrice = nil
      status = StatusMessage("List price is now \(listPrice.formatted(showMinor: false))/mo.")
      return [.saveProfile(profile)]
    }
  }

  /// Where nudging starts from: the price being tried, else the list price, else the
  /// average revenue per customer, else the playbook's minimum of 49.
  private var whatIfStart: Int64 {
    if let price = gauge.whatIfPrice { return price }
    if let price = profile.listPrice, price.currency == profile.currency { return price.minor }
    if let arpu = mrr.report.arpu { return arpu.minor }
    return 49 * profile.currency.minorPerMajor
  }
}
