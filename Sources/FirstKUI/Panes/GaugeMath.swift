import FirstKCore

/// The playbook's math table: 10, 20 and 40 customers at the prices that reach the goal
/// (10 x $100, 20 x $50, 40 x $25 for $1,000), plus the user's own price, marked.
enum GaugeMath {
  private struct Entry {
    var count: Int
    var price: Money
    var isMine: Bool
  }

  /// The table's title, its rows, and the user's own row alone for a short pane;
  /// nil without a goal.
  static func rows(content: GaugeContent) -> (title: [Span], rows: [[Span]], mine: [Span]?)? {
    let goal = content.report.goal
    guard goal.minor > 0 else { return nil }
    var entries = [10, 20, 40].map { count in
      let price = (goal.minor + Int64(count) - 1) / Int64(count)
      let money = Money(minor: price, currency: goal.currency)
      return Entry(count: count, price: money, isMine: false)
    }
    if let mine = content.priceInView,
      let count = MRRCalculator.customersNeeded(goal: goal, price: mine)
    {
      if let same = entries.firstIndex(where: { $0.price == mine }) {
        entries[same].isMine = true
      } else {
        let at = entries.firstIndex(where: { $0.count > count }) ?? entries.endIndex
        entries.insert(Entry(count: count, price: mine, isMine: true), at: at)
      }
    }

    let title = Span("The math to \(content.price(goal))", Style(.title, bold: true))
    let label = content.state.gauge.whatIfPrice == nil ? "  your price" : "  what if"
    let digits = entries.map { String($0.count).count }.max() ?? 0
    let rows = entries.map { entry -> [Span] in
      let count = String(entry.count)
      let padded = String(repeating: " ", count: digits - count.count) + count
      let mark = entry.isMine ? content.glyphs.pointer : " "
      let text = "\(mark) \(padded) \(content.times) \(content.price(entry.price))"
      guard entry.isMine else { return [Span(text)] }
      let style = Style(.accent, bold: true)
      return content.fitting([
        [Span(text, style), Span(label, Style(.muted))], [Span(text, style)],
      ])
    }
    let titleRow = content.fitting([[title], [Span("The math", title.style)]])
    let mine = entries.firstIndex(where: \.isMine).map { rows[$0] }
    return (titleRow, rows, mine)
  }
}
