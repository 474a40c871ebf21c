import FirstKCore

/// The gauge's sections for one state and width, each row already fitted to the width:
/// where a long wording does not fit, a shorter one is chosen.
struct GaugeContent {
  let state: AppState
  let report: MRRReport
  let width: Int
  let glyphs: Glyphs

  init(state: AppState, width: Int, glyphs: Glyphs) {
    self.state = state
    self.report = state.mrr.report
    self.width = width
    self.glyphs = glyphs
  }

  /// In display order; see `GaugePane.layout` for how priority and group are used.
  var sections: [GaugeSection] {
    let bar = GaugeGraphics.bar(
      value: report.mrr.minor, goal: report.goal.minor, cells: width, glyphs: glyphs)
    let math = GaugeMath.rows(content: self)
    return [
      GaugeSection(priority: 0, group: 0, row: header),
      GaugeSection(priority: 1, group: 0, row: bar),
      GaugeSection(priority: 4, group: 0, row: paying),
      GaugeSection(priority: 3, group: 0, row: needed),
      GaugeSection(priority: 2, group: 0, row: whatIf),
      GaugeSection(priority: 5, group: 1, row: churn),
      GaugeSection(priority: 6, group: 1, rows: otherCurrencies),
      GaugeSection(priority: 9, group: 1, row: sparkline),
      GaugeSection(
        priority: 7, group: 2,
        variants: math.map { [[$0.title] + $0.rows, $0.rows, $0.mine.map { [$0] } ?? []] } ?? []),
      GaugeSection(
        priority: 8, group: 3,
        variants: verdictHeadline.map { [[$0] + verdictAdvice, [$0]] } ?? []),
    ]
  }

  /// The price the pane reasons about: the what-if price while nudging, else the list price.
  var priceInView: Money? {
    if let minor = state.gauge.whatIfPrice {
      return Money(minor: minor, currency: report.goal.currency)
    }
    return report.listPrice
  }

  var dot: String { glyphs.isASCII ? " - " : " · " }
  var times: String { glyphs.isASCII ? "x" : "×" }

  /// The first wording that fits the width, else the last one (to be cut when drawn).
  func fitting(_ candidates: [[Span]]) -> [Span] {
    candidates.first { Span.width(of: $0) <= width } ?? candidates.last ?? []
  }

  func price(_ money: Money) -> String { money.formatted(showMinor: false) + "/mo" }

  // MARK: rows

  var header: [Span] {
    let mrr = Span(report.mrr.formatted(), Style(.money, bold: true))
    let goal = Span(report.goal.formatted(showMinor: false))
    let label = Span("MRR ", Style(.muted))
    let candidates = [
      [label, mrr, Span(" of ", Style(.muted)), goal, Span(" goal", Style(.muted))],
      [label, mrr, Span(" / ", Style(.muted)), goal],
      [mrr, Span("/", Style(.muted)), goal],
      [mrr],
    ]
    let reached = report.percent >= 100
    let percent = Span("\(report.percent)%", Style(reached ? .good : .accent, bold: true))
    let room = width - TextWidth.of(percent.text) - 1
    if let left = candidates.first(where: { Span.width(of: $0) <= room }) {
      let pad = String(repeating: " ", count: width - Span.width(of: left + [percent]))
      return left + [Span(pad), percent]
    }
    return fitting(candidates)
  }

  var paying: [Span] {
    let count = report.payingCustomers
    let number = Span("\(count)", Style(.text, bold: true))
    guard let arpu = report.arpu else {
      return fitting([[number, Span(" paying customers")], [number, Span(" paying")]])
    }
    let average = [Span(dot + "ARPU ", Style(.muted)), Span(arpu.formatted(), Style(.money))]
    let noun = count == 1 ? " paying customer" : " paying customers"
    guard report.payingInMRR == count else {
      // Some subscriptions are in a currency without a rate: say which ones ARPU covers.
      let covered = [Span(" (\(report.payingInMRR) in MRR)", Style(.muted))]
      return fitting([
        [number, Span(noun)] + covered + average, [number, Span(" paying")] + covered + average,
        [number, Span(" paying")] + average, [number, Span(" paying")],
      ])
    }
    return fitting([
      [number, Span(noun)] + average, [number, Span(" paying")] + average,
      [number, Span(" paying")],
    ])
  }

  var needed: [Span]? {
    if report.goal.minor > 0 && report.mrr.minor >= report.goal.minor {
      let mark = glyphs.isASCII ? "" : glyphs.check + " "
      return [Span(mark + "Goal reached", Style(.good, bold: true))]
    }
    guard let count = report.customersNeeded, let list = report.listPrice else { return nil }
    let number = Span("\(count)", Style(.text, bold: true))
    let goal = report.goal.formatted(showMinor: false)
    return fitting([
      [number, Span(" more at \(price(list)) to reach \(goal)")],
      [number, Span(" more at \(price(list))")], [number, Span(" more needed")],
      [number, Span(" more")],
    ])
  }

  var whatIf: [Span]? {
    guard let minor = state.gauge.whatIfPrice else { return nil }
    let tried = Money(minor: minor, currency: report.goal.currency)
    let remaining = Money(
      minor: max(0, report.goal.minor - report.mrr.minor), currency: report.goal.currency)
    let count = MRRCalculator.customersNeeded(goal: remaining, price: tried) ?? 0
    let style = Style(.accent, bold: true)
    return fitting([
      [Span("What if \(price(tried))? \(count) more customers", style)],
      [Span("What if \(price(tried))? \(count) more", style)],
      [Span("If \(price(tried)): \(count) more", style)],
    ])
  }

  var churn: [Span]? {
    guard report.committedChurn.minor > 0 else { return nil }
    let amount = Span("-\(report.committedChurn.formatted())/mo", Style(.warning, bold: true))
    let count = report.endingSubscriptions
    let ending = count == 1 ? " (1 ending)" : " (\(count) ending)"
    return fitting([
      [Span("Committed churn ", Style(.muted)), amount, Span(ending, Style(.muted))],
      [Span("Committed churn ", Style(.muted)), amount], [Span("Churn ", Style(.muted)), amount],
    ])
  }

  var otherCurrencies: [[Span]] {
    let primary = report.mrr.currency
    return report.byCurrency.keys.sorted().filter { $0 != primary }.map { currency in
      let own = Money(minor: report.byCurrency[currency] ?? 0, currency: currency).formatted()
      let plus = Span("+ " + own, Style(.money))
      guard let converted = report.converted[currency] else {
        return fitting([
          [plus, Span(" not counted: no rate", Style(.muted))],
          [plus, Span(" (no rate)", Style(.muted))], [plus],
        ])
      }
      let into = Span(" = " + Money(minor: converted, currency: primary).formatted())
      return fitting([[plus, into, Span(" at your rate", Style(.muted))], [plus, into], [plus]])
    }
  }

  var sparkline: [Span]? {
    let history = state.mrr.history
    guard history.contains(where: { $0 > 0 }) else { return nil }
    let spark = Span(GaugeGraphics.sparkline(history, glyphs: glyphs), Style(.accent))
    let candidates = [
      [Span("Last 12 months ", Style(.muted)), spark], [Span("12 mo ", Style(.muted)), spark],
    ]
    if let fit = candidates.first(where: { Span.width(of: $0) <= width }) { return fit }
    let recent = GaugeGraphics.sparkline(Array(history.suffix(max(0, width))), glyphs: glyphs)
    return [Span(recent, Style(.accent))]
  }

  var verdictHeadline: [Span]? {
    guard let price = priceInView, price.minor > 0 else { return nil }
    let verdict = PricingVerdict(monthlyPrice: price)
    let style = Style(verdict.isConcern ? .warning : .good, bold: true)
    let range = verdict.range(in: price.currency)
    return fitting([[Span("\(range): \(verdict.headline)", style)], [Span(range, style)]])
  }

  var verdictAdvice: [[Span]] {
    guard let price = priceInView, price.minor > 0 else { return [] }
    let advice = PricingVerdict(monthlyPrice: price).advice(in: price.currency)
    return TextWidth.wrap(advice, to: width).map { [Span($0)] }
  }
}
