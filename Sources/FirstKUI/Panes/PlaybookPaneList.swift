import FirstKCore

extension PlaybookPane {
  /// Draws the children of the open step, scrolled so the highlighted one is visible.
  ///
  /// A pointer marks the highlighted step, as in every list; a bullet in the "you are
  /// here" colour marks the marked step and every step on the way to it; a check marks
  /// the step chosen as the ONE next action.
  static func drawList(
    _ children: [PlaybookNode], selection: Int, marks: PlaybookState, in area: Rect,
    glyphs: Glyphs, canvas: inout some Canvas
  ) {
    guard !area.isEmpty, !children.isEmpty else { return }
    let first = max(0, selection - area.height + 1)
    for (row, index) in (first..<min(children.count, first + area.height)).enumerated() {
      let line = Rect(x: area.x, y: area.y + row, width: area.width, height: 1)
      drawRow(
        children[index], selected: index == selection, marks: marks, in: line,
        glyphs: glyphs, canvas: &canvas)
    }
  }

  static func drawRow(
    _ child: PlaybookNode, selected: Bool, marks: PlaybookState, in line: Rect,
    glyphs: Glyphs, canvas: inout some Canvas
  ) {
    let base = selected ? Style(.selection, bold: true) : Style.plain
    if selected { canvas.fill(line, style: base) }
    let isHere = child.id == marks.youAreHere
    let onPath = marks.youAreHere.map { Playbook.leads(to: $0, from: child.id) } ?? false

    var x = line.x
    x += canvas.draw(selected ? glyphs.pointer : " ", x: x, y: line.y, style: base, clip: line)
    if onPath {
      let style = selected ? base : Style(.youAreHere, bold: isHere)
      x += canvas.draw(glyphs.bullet, x: x, y: line.y, style: style, clip: line)
    } else if child.id == marks.nextActionNodeID {
      let style = selected ? base : Style(.good, bold: true)
      x += canvas.draw(glyphs.check, x: x, y: line.y, style: style, clip: line)
    } else {
      x += canvas.draw(" ", x: x, y: line.y, style: base, clip: line)
    }
    x += canvas.draw(" ", x: x, y: line.y, style: base, clip: line)

    let room = line.maxX - x
    let tag = rowTag(child, isHere: isHere, glyphs: glyphs)
    let title = TextWidth.inert(child.title)
    let titleWidth = TextWidth.of(title)
    let showTag = !tag.isEmpty && titleWidth + TextWidth.of(tag) <= room
    let shown = TextWidth.truncate(title, to: room, ascii: glyphs.isASCII)
    x += canvas.draw(shown, x: x, y: line.y, style: base, clip: line)
    if showTag {
      let style = selected ? base : Style(isHere ? .youAreHere : .muted)
      canvas.draw(tag, x: x, y: line.y, style: style, clip: line)
    }
  }

  /// Text after a row's title: that the user is here, or where a link goes (a section by
  /// its letter).
  static func rowTag(_ child: PlaybookNode, isHere: Bool, glyphs: Glyphs) -> String {
    if isHere { return glyphs.isASCII ? " <- you are here" : " ← you are here" }
    guard let link = child.link, let target = Playbook.node(id: link) else { return "" }
    let name = target.kind == .section ? target.id : target.title
    return (glyphs.isASCII ? " -> " : " → ") + name
  }
}
