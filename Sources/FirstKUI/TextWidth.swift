/// Terminal column widths of text, measured the way a UTF-8 terminal draws it.
///
/// Pane code never asks curses, so width is computed here: East Asian wide characters
/// and emoji take two columns, combining marks none, control characters are drawn
/// inert as a one-column replacement.
public enum TextWidth {
  /// Columns a single character (grapheme cluster) occupies: 0, 1 or 2.
  public static func of(_ character: Character) -> Int {
    if character.isASCII { return 1 }
    if let first = character.unicodeScalars.first, character.unicodeScalars.count == 1,
      oneColumn.contains(where: { $0.contains(first.value) })
    {
      return 1
    }
    return measured(character)
  }

  /// Columns of a character from its Unicode properties, for those `of` does not know.
  static func measured(_ character: Character) -> Int {
    guard let first = character.unicodeScalars.first else { return 0 }
    if isControl(first) { return 1 }
    if isZeroWidth(first) { return 0 }
    if isWide(first) { return 2 }
    if character.unicodeScalars.count > 1,
      character.unicodeScalars.contains(where: { $0.value == 0xFE0F })
    {
      return 2
    }
    return 1
  }

  /// Columns a string occupies.
  public static func of(_ text: some StringProtocol) -> Int {
    if isPrintableASCII(text) { return text.utf8.count }
    return text.reduce(0) { $0 + of($1) }
  }

  /// True when every character is a printable ASCII one, one column each; most text
  /// drawn is, so it skips the per-character look-ups.
  static func isPrintableASCII(_ text: some StringProtocol) -> Bool {
    isPrintableASCII(text.utf8)
  }

  /// True when every byte is a printable ASCII character.
  static func isPrintableASCII(_ bytes: some Sequence<UInt8>) -> Bool {
    bytes.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
  }

  /// Blocks drawn on every frame whose characters all take one column, with no marks,
  /// formats or emoji among them: Latin letters with accents, dashes, quotes and
  /// ellipsis, arrows, box drawing and blocks. They skip the Unicode property look-ups.
  static let oneColumn: [ClosedRange<UInt32>] = [
    0x00C0...0x024F, 0x2010...0x2027, 0x2190...0x21FF, 0x2500...0x259F,
  ]

  /// True for C0 and C1 controls and DEL, which must never reach the terminal.
  public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.isControlCharacter
  }

  static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.value == 0x200B || scalar.value == 0x200D || scalar.value == 0xFEFF { return true }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return true
    default: return false
    }
  }

  static func isWide(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    if scalar.properties.isEmojiPresentation { return true }
    return (0x1100...0x115F).contains(v) || (0x2E80...0x303E).contains(v)
      || (0x3041...0x33FF).contains(v) || (0x3400...0x4DBF).contains(v)
      || (0x4E00...0x9FFF).contains(v) || (0xA000...0xA4CF).contains(v)
      || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v)
      || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
      || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1F64F).contains(v)
      || (0x1F900...0x1F9FF).contains(v) || (0x20000...0x3FFFD).contains(v)
  }

  /// The text made safe to draw: control characters become a visible, inert `?`.
  public static func inert(_ text: some StringProtocol) -> String {
    if isPrintableASCII(text) { return String(text) }
    return String(text.map { character -> Character in
      guard let first = character.unicodeScalars.first, isControl(first) else {
        return character
      }
      return "?"
    })
  }

  /// The text in plain ASCII: common symbols spelled out, anything else as `?`.
  public static func asciiSpelling(_ text: String) -> String {
    guard !text.allSatisfy(\.isASCII) else { return text }
    var out = ""
    for character in text {
      if character.isASCII {
        out.append(character)
        continue
      }
      switch character {
      case "€": out += "EUR "
      case "£": out += "GBP "
      case "¥": out += "JPY "
      case "₹": out += "INR "
      case "₩": out += "KRW "
      case "×": out += "x"
      case "·", "•": out += "|"
      case "…": out += "~"
      case "←": out += "<-"
      case "→": out += "->"
      case "›": out += ">"
      case "–", "—": out += "-"
      case "‘", "’": out += "'"
      case "“", "”": out += "\""
      default: out += TextWidth.of(character) == 0 ? "" : "?"
      }
    }
    return out
  }

  /// The longest prefix of `text` that fits in `columns`, with `…` (or `~` when
  /// `ascii`) marking a cut.
  public static func truncate(_ text: String, to columns: Int, ascii: Bool = false) -> String {
    guard columns > 0 else { return "" }
    if of(text) <= columns { return text }
    let mark: Character = ascii ? "~" : "…"
    var out = ""
    var used = 0
    for character in text {
      let w = of(character)
      if used + w > columns - 1 { break }
      out.append(character)
      used += w
    }
    out.append(mark)
    return out
  }

  /// Keeps the words around it on one line when wrapping, and is drawn as a space.
  public static let glue: Character = "\u{A0}"

  /// `text` with its spaces made `glue`, so that `wrap` never breaks it, e.g. a date.
  public static func unbroken(_ text: String) -> String {
    String(text.map { $0 == " " ? glue : $0 })
  }

  /// Splits text into lines of at most `columns`, breaking at spaces where possible.
  /// Explicit line ends are kept, and a paragraph's leading spaces indent all its lines.
  /// Words joined by `glue` stay together unless they alone are too wide.
  public static func wrap(_ text: String, to columns: Int) -> [String] {
    guard columns > 0 else { return [] }
    var lines: [String] = []
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
      let indentWidth = paragraph.prefix(while: { $0 == " " }).count
      let indent = indentWidth < columns / 2 ? String(repeating: " ", count: indentWidth) : ""
      var line = indent
      var lineWidth = indent.count
      var lineHasWord = false
      for word in paragraph.split(separator: " ") {
        var piece = Substring(word)
        while !piece.isEmpty {
          let gap = lineHasWord ? 1 : 0
          let pieceWidth = of(piece)
          if lineWidth + gap + pieceWidth <= columns {
            line += (lineHasWord ? " " : "") + piece
            lineWidth += gap + pieceWidth
            lineHasWord = true
            piece = ""
          } else if lineHasWord {
            lines.append(line)
            line = indent
            lineWidth = indent.count
            lineHasWord = false
          } else {
            var head = ""
            var headWidth = 0
            for character in piece {
              if lineWidth + headWidth + of(character) > columns { break }
              head.append(character)
              headWidth += of(character)
            }
            if head.isEmpty, let first = piece.first {
              head = String(first)
            }
            lines.append(line + head)
            line = indent
            lineWidth = indent.count
            piece = piece.dropFirst(head.count)
            while piece.first == glue { piece = piece.dropFirst() }
          }
        }
      }
      lines.append(line)
    }
    return lines.map { line in
      line.allSatisfy { $0 == " " } ? "" : String(line.map { $0 == glue ? " " : $0 })
    }
  }
}
