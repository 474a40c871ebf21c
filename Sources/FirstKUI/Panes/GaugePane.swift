import FirstKCore

/// A run of text in one style; a pane row is a few of them side by side.
struct Span: Equatable, Sendable {
  var text: String
  var style: Style

  init(_ text: String, _ style: Style = .plain) {
    self.text = text
    self.style = style
  }

  static func width(of spans: [Span]) -> Int {
    spans.reduce(0) { $0 + TextWidth.of($1.text) }
  }
}

/// A block of rows the gauge shows or leaves out as a whole when the pane is short.
struct GaugeSection: Sendable {
  /// Lower is more important: given rows first when rows run out.
  var priority: Int
  /// Sections of one group sit together; a blank row separates groups when there is room.
  var group: Int
  /// Ways to show the section, fullest first; the fullest that fits is shown.
  var variants: [[[Span]]]

  init(priority: Int, group: Int, variants: [[[Span]]]) {
    self.priority = priority
    self.group = group
    self.variants = variants.filter { !$0.isEmpty }
  }

  init(priority: Int, group: Int, rows: [[Span]]) {
    self.init(priority: priority, group: group, variants: [rows])
  }

  init(priority: Int, group: Int, row: [Span]?) {
    self.init(priority: priority, group: group, variants: [row.map { [$0] } ?? []])
  }
}

/// The MRR gauge: progress toward the goal, the playbook's math and the pricing check.
public enum GaugePane {
  /// Draws the gauge inside `rect` (the caller draws any border). Sections that do not
  /// fit the height are left out, least important first; rows that do not fit the width
  /// are shortened. Any size, down to nothing, is safe.
  public static func draw(
    _ state: AppState, in rect: Rect, glyphs: Glyphs, canvas: inout some Canvas
  ) {
    guard !rect.isEmpty else { return }
    let sections = GaugeContent(state: state, width: rect.width, glyphs: glyphs).sections
    for (row, spans) in layout(sections, height: rect.height).enumerated() {
      drawRow(spans, in: rect, row: row, glyphs: glyphs, canvas: &canvas)
    }
  }

  /// The rows to show, top to bottom: the most important sections that fit, in their
  /// own order, with blank rows between groups when every gap fits.
  static func layout(_ sections: [GaugeSection], height: Int) -> [[Span]] {
    var remaining = height
    var chosen: [Int: [[Span]]] = [:]
    let byPriority = sections.indices.sorted { sections[$0].priority < sections[$1].priority }
    for index in byPriority {
      guard let rows = sections[index].variants.first(where: { $0.count <= remaining })
      else { continue }
      chosen[index] = rows
      remaining -= rows.count
    }

    let shown = sections.indices.filter { chosen[$0] != nil }
    let gaps = zip(shown, shown.dropFirst()).filter {
      sections[$0].group != sections[$1].group
    }.count
    let spaced = gaps <= remaining

    var rows: [[Span]] = []
    var lastGroup: Int?
    for index in shown {
      if spaced, let lastGroup, lastGroup != sections[index].group { rows.append([]) }
      rows += chosen[index] ?? []
      lastGroup = sections[index].group
    }
    return rows
  }

  /// Draws spans left to right on one row, cutting the last one that does not fit with
  /// an ellipsis.
  static func drawRow(
    _ spans: [Span], in rect: Rect, row: Int, glyphs: Glyphs, canvas: inout some Canvas
  ) {
    let fits = Span.width(of: spans) <= rect.width
    var column = 0
    for span in spans {
      let room = rect.width - column
      guard room > 0 else { return }
      let text = TextWidth.inert(span.text)
      let width = TextWidth.of(text)
      let shown =
        fits || column + width < rect.width
        ? text : TextWidth.truncate(text, to: room, ascii: glyphs.isASCII)
      column += canvas.draw(
        shown, x: rect.x + column, y: rect.y + row, style: span.style, clip: rect)
      if shown != text { return }
    }
  }
}
