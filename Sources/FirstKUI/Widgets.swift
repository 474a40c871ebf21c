extension Canvas {
  /// Draws a bordered box with a title in its top edge; returns the inner rectangle.
  @discardableResult
  public mutating func box(
    _ rect: Rect, title: String, focused: Bool, glyphs: Glyphs
  ) -> Rect {
    guard rect.width >= 2, rect.height >= 2 else {
      return Rect(x: rect.x, y: rect.y, width: 0, height: 0)
    }
    let style = Style(focused ? .borderFocused : .border, bold: focused)
    let inner = String(repeating: glyphs.horizontal, count: rect.width - 2)
    draw(glyphs.topLeft + inner + glyphs.topRight, x: rect.x, y: rect.y, style: style, clip: rect)
    for row in (rect.y + 1)..<(rect.maxY - 1) {
      draw(glyphs.vertical, x: rect.x, y: row, style: style, clip: rect)
      draw(glyphs.vertical, x: rect.maxX - 1, y: row, style: style, clip: rect)
    }
    draw(
      glyphs.bottomLeft + inner + glyphs.bottomRight, x: rect.x, y: rect.maxY - 1, style: style,
      clip: rect)
    if rect.width > 4 && !title.isEmpty {
      let label = " " + TextWidth.truncate(title, to: rect.width - 4, ascii: glyphs.isASCII) + " "
      draw(label, x: rect.x + 1, y: rect.y, style: Style(.title, bold: focused), clip: rect)
    }
    return rect.inset(1)
  }

  /// Draws text on row `y` of `rect`, cut with an ellipsis when it does not fit.
  @discardableResult
  public mutating func line(
    _ text: String, in rect: Rect, row: Int, column: Int = 0, style: Style = .plain,
    glyphs: Glyphs
  ) -> Int {
    guard row >= 0, row < rect.height, column < rect.width else { return 0 }
    let room = rect.width - column
    let shown = TextWidth.truncate(TextWidth.inert(text), to: room, ascii: glyphs.isASCII)
    return draw(shown, x: rect.x + column, y: rect.y + row, style: style, clip: rect)
  }
}
