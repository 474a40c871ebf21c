import FirstKCore

/// Draws the playbook: the path to the open step, its guidance filled with the user's
/// words, and its children with the highlighted one and the "you are here" marks.
public enum PlaybookPane {
  /// Draws inside `rect` (the caller draws the border); any size, even empty, is safe.
  public static func draw(
    _ state: AppState, in rect: Rect, glyphs: Glyphs, canvas: inout some Canvas
  ) {
    guard !rect.isEmpty else { return }
    var fill = PlaybookFill(profile: state.profile)
    fill.customers = state.mrr.report.payingCustomers
    var playbook = state.playbook
    playbook.clamp(fill: fill)
    let node = playbook.current
    let children = node.children

    let (crumbRow, body) = rect.splitTop(1)
    let titles = Playbook.nodes(along: playbook.path).map(\.title)
    drawBreadcrumb(titles, in: crumbRow, glyphs: glyphs, canvas: &canvas)

    let blocks = Playbook.guidance(for: node, in: playbook, fill: fill)
    let shown = blocks[min(playbook.textScroll, blocks.count)...]
    let text = PlaybookPaneText.lines(shown, width: rect.width, glyphs: glyphs)
    let layout = Layout(rows: body.height, textLines: text.count, listCount: children.count)

    let (_, afterGap) = body.splitTop(layout.topGap)
    let (textArea, rest) = afterGap.splitTop(layout.textRows)
    drawText(text, in: textArea, glyphs: glyphs, canvas: &canvas)
    let (_, listArea) = rest.splitTop(layout.middleGap)
    drawList(
      children, selection: playbook.selection, marks: playbook, in: listArea, glyphs: glyphs,
      canvas: &canvas)
  }

  /// How the rows under the breadcrumb are shared: the list of children gets at least
  /// half of them, the guidance the rest, with blank rows between when there is room.
  struct Layout: Equatable {
    var topGap = 0
    var textRows = 0
    var middleGap = 0
    var listRows = 0

    init(rows: Int, textLines: Int, listCount: Int) {
      guard rows > 0 else { return }
      let middle = textLines > 0 && listCount > 0 ? 1 : 0
      if 1 + textLines + middle + listCount <= rows {
        topGap = 1
        textRows = textLines
        middleGap = middle
        listRows = listCount
        return
      }
      if textLines == 0 || listCount == 0 {
        textRows = min(textLines, rows)
        listRows = min(listCount, rows)
        return
      }
      listRows = min(listCount, max((rows + 1) / 2, rows - textLines - 1))
      let left = rows - listRows
      middleGap = left >= 2 ? 1 : 0
      textRows = left - middleGap
    }
  }

  static func drawBreadcrumb(
    _ titles: [String], in row: Rect, glyphs: Glyphs, canvas: inout some Canvas
  ) {
    var x = row.x
    for piece in PlaybookPaneText.breadcrumb(titles, width: row.width, glyphs: glyphs) {
      x += canvas.draw(piece.text, x: x, y: row.y, style: piece.style, clip: row)
    }
  }

  /// Draws the guidance rows that fit; when some are left over and there are two rows or
  /// more, the last row says so.
  static func drawText(
    _ lines: [StyledLine], in area: Rect, glyphs: Glyphs, canvas: inout some Canvas
  ) {
    guard !area.isEmpty else { return }
    let cut = lines.count > area.height && area.height >= 2
    for (row, line) in lines.prefix(area.height).enumerated() {
      if cut && row == area.height - 1 {
        canvas.line(
          glyphs.ellipsis + " more", in: area, row: row, style: Style(.muted), glyphs: glyphs)
      } else {
        canvas.draw(line.text, x: area.x, y: area.y + row, style: line.style, clip: area)
      }
    }
  }
}
