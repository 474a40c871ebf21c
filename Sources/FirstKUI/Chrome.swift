import FirstKCore

/// The lines around the panes: header, tab bar, status line and key hints.
enum Chrome {
  /// Product name, then the header facts, filled row by row, in short words when the
  /// long ones do not fit; what still does not fit on the last row is cut with an
  /// ellipsis.
  static func drawHeader(
    _ state: AppState, in rect: Rect, glyphs: Glyphs, canvas: inout some Canvas
  ) {
    canvas.fill(rect, style: Style(.header))
    let product = state.profile.productName.isEmpty ? "firstk" : state.profile.productName
    let separator = glyphs.isASCII ? " | " : " · "
    func filled(_ items: [String]) -> [String] {
      var rows: [String] = [" " + product]
      for item in items {
        let joined = rows[rows.count - 1] + separator + item
        if TextWidth.of(joined) <= rect.width || rows.count == rect.height {
          rows[rows.count - 1] = joined
        } else {
          rows.append(" " + item)
        }
      }
      return rows
    }
    var rows = filled(HeaderFacts.items(for: state))
    if TextWidth.of(rows[rows.count - 1]) > rect.width {
      rows = filled(HeaderFacts.items(for: state, short: true))
    }
    for (row, text) in rows.enumerated() {
      canvas.line(text, in: rect, row: row, style: Style(.header, bold: true), glyphs: glyphs)
    }
  }

  static func drawTabBar(
    _ state: AppState, in rect: Rect, glyphs: Glyphs, canvas: inout some Canvas
  ) {
    var column = 0
    for pane in PaneID.allCases {
      let label = " \(pane.rawValue + 1) \(pane.title) "
      let style =
        pane == state.focus ? Style(.tabActive, bold: true) : Style(.tabInactive)
      column += canvas.line(label, in: rect, row: 0, column: column, style: style, glyphs: glyphs)
      column += 1
    }
  }

  static func drawStatus(
    _ state: AppState, in rect: Rect, glyphs: Glyphs, canvas: inout some Canvas
  ) {
    guard let status = state.status else { return }
    let style = status.kind == .error ? Style(.statusError, bold: true) : Style(.statusInfo)
    canvas.line(" " + status.text, in: rect, row: 0, style: style, glyphs: glyphs)
  }

  static func drawFooter(
    _ state: AppState, in rect: Rect, glyphs: Glyphs, canvas: inout some Canvas
  ) {
    canvas.fill(rect, style: Style(.footer))
    var column = 1
    func width(_ hint: (key: String, does: String)) -> Int {
      TextWidth.of(hint.key) + TextWidth.of(hint.does) + 3
    }
    func draw(_ hint: (key: String, does: String)) {
      column += canvas.line(
        hint.key, in: rect, row: 0, column: column, style: Style(.key, bold: true),
        glyphs: glyphs)
      column += canvas.line(
        " " + hint.does + "  ", in: rect, row: 0, column: column, style: Style(.footer),
        glyphs: glyphs)
    }
    // A form, a menu or the help takes every key, so only its own keys are shown.
    if let modal = Keymap.modalHints(for: state) {
      for hint in modal where column + width(hint) <= rect.width { draw(hint) }
      return
    }
    // The way to every other key always fits: it goes last, and its room is kept.
    let hints = Keymap.footerHints(for: state).map { binding in
      (key: binding.keys[0].label, does: binding.help, isHelp: binding.action == .helpPressed)
    }
    let help = hints.first { $0.isHelp }
    let kept = help.map { width(($0.key, $0.does)) } ?? 0
    for hint in hints where !hint.isHelp {
      guard column + width((hint.key, hint.does)) + kept <= rect.width else { break }
      draw((hint.key, hint.does))
    }
    if let help, column + kept <= rect.width { draw((help.key, help.does)) }
  }
}

/// The facts the header shows after the product name, most important first, so a
/// narrow terminal cuts the least useful ones.
enum HeaderFacts {
  /// The facts in full words, or `short` for a narrow terminal.
  static func items(for state: AppState, short: Bool = false) -> [String] {
    let report = state.mrr.report
    let counters = state.askCounters
    let mrr = report.mrr.formatted(showMinor: false)
    let goal = report.goal.formatted(showMinor: false)
    var items = [
      short
        ? "MRR \(mrr)/\(goal) \(report.percent)%" : "MRR \(mrr) of \(goal) (\(report.percent)%)",
      (short ? "today " : "asks today ") + "\(counters.asksToday)/\(AskCounters.dailyAskGoal)",
      (short ? "asks " : "total ") + "\(counters.totalAsks)/\(AskCounters.totalAskGoal)",
      (short ? "sent " : "follow-ups done ") + "\(counters.followUpsSent)",
    ]
    // Before building, the playbook's evidence is talks, not asks.
    let talks = state.talkCounts
    if state.profile.built == false || (state.profile.built == nil && talks.talkedTo > 0) {
      let talked = "\(talks.talkedTo)/\(TalkCounts.talkGoal)"
      let pay = "\(talks.wouldPay)/\(TalkCounts.wouldPayGoal)"
      items.insert(
        short ? "talks \(talked), pay \(pay)" : "talked to \(talked), would pay \(pay)", at: 1)
    }
    if let next = state.playbook.nextAction, !next.isEmpty {
      items.insert("ONE: " + next, at: 1)
    }
    return items
  }
}
