/// The playbook's pricing check: which band a monthly price falls in and what to do
/// about it. Bands are in major units of the price's currency: 20, 50 and 100.
public enum PricingVerdict: CaseIterable, Equatable, Sendable {
  /// Under 20 a month.
  case tooLow
  /// 20 up to 50 a month.
  case prosumer
  /// 50 up to 100 a month.
  case goodRange
  /// 100 a month and more.
  case solid

  /// The band of a monthly list price.
  public init(monthlyPrice: Money) {
    let per = monthlyPrice.currency.minorPerMajor
    switch monthlyPrice.minor {
    case ..<(20 * per): self = .tooLow
    case ..<(50 * per): self = .prosumer
    case ..<(100 * per): self = .goodRange
    default: self = .solid
    }
  }

  /// The band as the playbook names it, in `currency`: `$20-49/mo`.
  public func range(in currency: Currency) -> String {
    switch self {
    case .tooLow: return "under \(Self.major(20, currency))/mo"
    case .prosumer: return "\(Self.major(20, currency))-49/mo"
    case .goodRange: return "\(Self.major(50, currency))-99/mo"
    case .solid: return "\(Self.major(100, currency))+/mo"
    }
  }

  /// A few words on the band, for a one-line summary.
  public var headline: String {
    switch self {
    case .tooLow: return "Too low"
    case .prosumer: return "OK for prosumer tools"
    case .goodRange: return "Good range"
    case .solid: return "Solid"
    }
  }

  /// What the playbook advises for the band, with its numbers, in `currency`.
  public func advice(in currency: Currency) -> String {
    let at20 = Self.major(20, currency)
    switch self {
    case .tooLow:
      return "At \(at20)/mo it takes 50 customers to make \(Self.major(1000, currency)) "
        + "a month, and supporting them all will swamp you. Charge at least "
        + "\(Self.major(49, currency))/mo or pick another market."
    case .prosumer:
      return "It takes 20 to 50 customers, which is doable but tight. Add a "
        + "\(Self.major(99, currency))+/mo tier for power users."
    case .goodRange:
      return "10 to 20 customers reach the goal; focused effort gets you there."
    case .solid:
      return "Under 10 customers needed. If 10 people will not pay "
        + "\(Self.major(100, currency))/mo, fix the positioning or the distribution, "
        + "not the price."
    }
  }

  /// Whether the band needs action (shown as a warning) or is fine as it is.
  public var isConcern: Bool {
    switch self {
    case .tooLow, .prosumer: return true
    case .goodRange, .solid: return false
    }
  }

  private static func major(_ units: Int64, _ currency: Currency) -> String {
    Money(minor: units * currency.minorPerMajor, currency: currency).formatted(showMinor: false)
  }
}
