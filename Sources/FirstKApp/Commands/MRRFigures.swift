import FirstKCore
import FirstKData

/// The saved profile and customers with the MRR report they give on the command's day,
/// read once for `status` and `mrr`.
struct MRRFigures {
  let profile: Profile
  let customers: [Customer]
  let report: MRRReport

  /// Reads the user's database and computes the report for `context.today`. Without
  /// `names`, only what the rules read is loaded: the report's totals are the same, but
  /// its lines and the customers carry no names.
  static func load(_ context: CommandContext, names: Bool = true) throws -> MRRFigures {
    try load(from: context.openStore(), on: context.today, names: names)
  }

  /// The figures from an open store, as of `day`.
  static func load(from store: Store, on day: CivilDate, names: Bool) throws -> MRRFigures {
    let profile = try store.loadProfile()
    let customers = try names ? store.customers() : store.customersForMRR()
    let report = MRRCalculator.report(customers: customers, profile: profile, on: day)
    return MRRFigures(profile: profile, customers: customers, report: report)
  }
}

extension MRRReport {
  /// Counted currencies other than the primary one that have no rate, so are not in `mrr`.
  var unconverted: [(currency: Currency, minor: Int64)] {
    byCurrency.filter { $0.key != mrr.currency && converted[$0.key] == nil }
      .sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
  }

  /// Every counted currency, unconverted, as a JSON object keyed by ISO code.
  var byCurrencyJSON: JSON { MRRReport.json(byCurrency) }

  /// Amounts by currency as a JSON object keyed by ISO code, in code order.
  static func json(_ amounts: [Currency: Int64]) -> JSON {
    .object(amounts.sorted { $0.key < $1.key }.map { .init($0.key.code, .integer($0.value)) })
  }
}
