import FirstKCore

/// A row of text with one style, ready to draw.
struct StyledLine: Equatable {
  var text: String
  var style: Style
}

/// Turns a step's guidance and the path to it into rows that fit a width.
enum PlaybookPaneText {
  /// Guidance blocks as rows wrapped to `width`; bullet points hang-indent.
  static func lines(
    _ blocks: ArraySlice<PlaybookBlock>, width: Int, glyphs: Glyphs
  ) -> [StyledLine] {
    guard width > 0 else { return [] }
    var out: [StyledLine] = []
    for block in blocks {
      switch block {
      case .youAreHere:
        out += wrap(glyphs.pointer + " You are here", width, Style(.youAreHere, bold: true))

      case .chosenAsNextAction:
        out += wrap(glyphs.check + " Your ONE next action", width, Style(.good, bold: true))

      case .paragraph(let text):
        out += wrap(text, width, .plain)

      case .item(let text):
        out += hanging(glyphs.bullet + " ", text, width, .plain)

      case .script(let text):
        out += wrap("\"" + text + "\"", width, Style(.accent, bold: true))

      case .nextAction(let text?):
        out += wrap("Your ONE next action:", width, Style(.muted))
        out += wrap(text, width, Style(.accent, bold: true))

      case .nextAction(nil):
        out += wrap(
          "None chosen yet: open an action, a script or a test and make it yours.", width,
          Style(.muted))
      }
    }
    return out
  }

  private static func wrap(_ text: String, _ width: Int, _ style: Style) -> [StyledLine] {
    TextWidth.wrap(TextWidth.inert(text), to: width).map { StyledLine(text: $0, style: style) }
  }

  /// Wraps `text` after `lead`, indenting the following lines by the lead's width.
  private static func hanging(
    _ lead: String, _ text: String, _ width: Int, _ style: Style
  ) -> [StyledLine] {
    let leadWidth = TextWidth.of(lead)
    guard width > leadWidth + 1 else { return wrap(lead + text, width, style) }
    let pad = String(repeating: " ", count: leadWidth)
    let body = TextWidth.wrap(TextWidth.inert(text), to: width - leadWidth)
    return body.enumerated().map { index, line in
      StyledLine(text: (index == 0 ? lead : pad) + line, style: style)
    }
  }

  /// The titles from the root to the open step, joined by the separator glyph; when too
  /// wide, whole titles are dropped from the left behind an ellipsis, and a lone title
  /// that still does not fit is cut at the right.
  static func breadcrumb(
    _ titles: [String], width: Int, glyphs: Glyphs
  ) -> [StyledLine] {
    guard width > 0, let last = titles.last else { return [] }
    let separator = glyphs.breadcrumbSeparator
    var kept = titles.map { TextWidth.inert($0) }
    var dropped = false
    func total() -> Int {
      let joined = TextWidth.of(kept.joined(separator: separator))
      return joined + (dropped ? TextWidth.of(glyphs.ellipsis + separator) : 0)
    }
    while kept.count > 1, total() > width {
      kept.removeFirst()
      dropped = true
    }
    if total() > width {
      let only = TextWidth.truncate(TextWidth.inert(last), to: width, ascii: glyphs.isASCII)
      return [StyledLine(text: only, style: Style(.title, bold: true))]
    }

    var pieces: [StyledLine] = []
    if dropped {
      pieces.append(StyledLine(text: glyphs.ellipsis + separator, style: Style(.muted)))
    }
    for (index, title) in kept.enumerated() {
      if index == kept.count - 1 {
        pieces.append(StyledLine(text: title, style: Style(.title, bold: true)))
      } else {
        pieces.append(StyledLine(text: title + separator, style: Style(.muted)))
      }
    }
    return pieces
  }
}
