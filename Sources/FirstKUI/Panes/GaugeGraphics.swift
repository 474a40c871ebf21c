import FirstKCore

/// The gauge's two pictures: the bar toward the goal and the MRR sparkline.
enum GaugeGraphics {
  /// A bar `cells` wide filled in eighths of a cell to `value / goal` (full from the goal
  /// on). ASCII glyphs have no partial blocks, so an ASCII bar fills whole cells only.
  static func bar(value: Int64, goal: Int64, cells: Int, glyphs: Glyphs) -> [Span] {
    guard cells > 0, glyphs.eighths.count == 8 else { return [] }
    let total = cells * 8
    let eighths =
      goal <= 0
      ? total : Int(min(Int128(total), Int128(max(0, value)) * Int128(total) / Int128(goal)))
    let full = eighths / 8
    let partial = glyphs.isASCII ? 0 : eighths % 8
    let filled =
      String(repeating: glyphs.eighths[7], count: full)
      + (partial > 0 ? glyphs.eighths[partial - 1] : "")
    let empty = String(repeating: glyphs.gaugeEmpty, count: cells - full - (partial > 0 ? 1 : 0))
    return [Span(filled, Style(.gaugeFill)), Span(empty, Style(.gaugeEmpty))]
  }

  /// One glyph per value, scaled so the largest value gets the tallest glyph and zero
  /// the lowest.
  static func sparkline(_ values: [Int64], glyphs: Glyphs) -> String {
    let levels = glyphs.sparkline
    guard let top = values.max(), !levels.isEmpty else { return "" }
    return values.map { value -> String in
      guard top > 0, value > 0 else { return levels[0] }
      let level = Int128(value) * Int128(levels.count - 1) / Int128(top)
      return levels[Int(level)]
    }.joined()
  }
}
