import FirstKCore

/// Draws an open menu or form in a box over the middle of the screen.
enum PromptOverlay {
  static func draw(_ prompt: Prompt, in screen: Rect, glyphs: Glyphs, canvas: inout some Canvas) {
    switch prompt {
    case .menu(let menu):
      let lines = menu.options.map { "\($0.key)  \($0.label)" }
      let inner = frame(
        title: menu.title, contentWidth: lines.map { TextWidth.of($0) }.max() ?? 0,
        contentHeight: lines.count, footer: "Esc cancels", in: screen, glyphs: glyphs,
        canvas: &canvas)
      for (row, option) in menu.options.enumerated() {
        let column = canvas.line(
          String(option.key), in: inner, row: row, column: 1, style: Style(.key, bold: true),
          glyphs: glyphs)
        canvas.line(option.label, in: inner, row: row, column: column + 3, glyphs: glyphs)
      }

    case .form(let form):
      drawForm(form, in: screen, glyphs: glyphs, canvas: &canvas)
    }
  }

  static func drawForm(_ form: Form, in screen: Rect, glyphs: Glyphs, canvas: inout some Canvas) {
    let labelWidth = (form.fields.map { TextWidth.of($0.label) }.max() ?? 0) + 2
    let contentWidth = max(56, labelWidth + 30)
    // The error is wrapped to the box, after a blank line, so what to do is never cut.
    let boxWidth = min(screen.width, max(contentWidth + 4, TextWidth.of(form.title) + 6))
    let errorLines = form.error.map { TextWidth.wrap($0, to: max(1, boxWidth - 4)) } ?? []
    let errorRows = errorLines.isEmpty ? 0 : errorLines.count + 1
    let inner = frame(
      title: form.title, contentWidth: contentWidth,
      contentHeight: form.fields.count + errorRows,
      footer: "Enter saves · Tab next field · Esc cancels", in: screen, glyphs: glyphs,
      canvas: &canvas)
    let fieldWidth = max(1, inner.width - labelWidth - 2)
    let rows = max(1, inner.height - 1 - errorRows)
    let first = min(max(0, form.focused - rows + 1), max(0, form.fields.count - rows))
    for row in 0..<min(rows, form.fields.count - first) {
      let index = first + row
      let field = form.fields[index]
      let focused = index == form.focused
      canvas.line(
        field.label, in: inner, row: row, column: 1,
        style: Style(focused ? .title : .muted, bold: focused), glyphs: glyphs)
      let cursor = focused ? "_" : ""
      var shown = TextWidth.inert(field.text) + cursor
      while TextWidth.of(shown) > fieldWidth { shown.removeFirst() }
      if field.text.isEmpty && !focused { shown = field.hint }
      let style = focused ? Style(.selection) : Style(field.text.isEmpty ? .muted : .text)
      canvas.fill(Rect(x: inner.x + labelWidth + 1, y: inner.y + row, width: fieldWidth, height: 1),
        style: style)
      canvas.line(shown, in: inner, row: row, column: labelWidth + 1, style: style, glyphs: glyphs)
    }
    for (offset, line) in errorLines.enumerated() {
      canvas.line(
        line, in: inner, row: rows + 1 + offset, column: 1,
        style: Style(.statusError, bold: true), glyphs: glyphs)
    }
  }

  /// Clears and frames a centred box big enough for the content when the screen allows;
  /// returns the inner rectangle.
  static func frame(
    title: String, contentWidth: Int, contentHeight: Int, footer: String, in screen: Rect,
    glyphs: Glyphs, canvas: inout some Canvas
  ) -> Rect {
    let width = min(screen.width, max(contentWidth + 4, TextWidth.of(title) + 6))
    let height = min(screen.height, contentHeight + 3)
    let box = Rect(
      x: screen.x + (screen.width - width) / 2, y: screen.y + (screen.height - height) / 2,
      width: width, height: height)
    canvas.fill(box, style: .plain)
    let inner = canvas.box(box, title: title, focused: true, glyphs: glyphs)
    canvas.line(
      footer, in: inner, row: inner.height - 1, column: 1, style: Style(.muted), glyphs: glyphs)
    return inner
  }
}
