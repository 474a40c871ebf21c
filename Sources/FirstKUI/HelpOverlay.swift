import FirstKCore

/// The `?` overlay: every key binding by group, generated from the keymap.
public enum HelpOverlay {
  /// The overlay's text lines, also used to check that the README lists every key.
  public static func lines() -> [(text: String, isHeading: Bool)] {
    var result: [(String, Bool)] = []
    for group in KeyGroup.allCases {
      let rows = Keymap.bindings.filter { $0.group == group }
      guard !rows.isEmpty else { continue }
      if !result.isEmpty { result.append(("", false)) }
      result.append((group.rawValue, true))
      let width = rows.map { TextWidth.of($0.keyLabel) }.max() ?? 0
      for row in rows {
        let pad = String(repeating: " ", count: width - TextWidth.of(row.keyLabel))
        result.append(("  " + row.keyLabel + pad + "  " + row.help, false))
      }
    }
    return result
  }

  /// How far the help scrolls on a screen `screenHeight` rows high: until its last line
  /// shows at the bottom of the box.
  public static func maxScroll(screenHeight: Int) -> Int {
    let count = lines().count
    let visible = min(screenHeight - 2, count + 3) - 2
    return max(0, count - max(1, visible))
  }

  static func draw(_ state: AppState, in screen: Rect, glyphs: Glyphs, canvas: inout some Canvas) {
    let content = lines()
    let wanted = (content.map { TextWidth.of($0.text) }.max() ?? 0) + 4
    let width = min(screen.width - 2, max(wanted, 30))
    let height = min(screen.height - 2, content.count + 3)
    guard width > 4, height > 3 else { return }
    let box = Rect(
      x: (screen.width - width) / 2, y: (screen.height - height) / 2, width: width, height: height)
    canvas.fill(box, style: .plain)
    let inner = canvas.box(box, title: "Keys  (Esc closes)", focused: true, glyphs: glyphs)
    let visible = inner.height
    let scroll = min(state.helpScroll, max(0, content.count - visible))
    for row in 0..<visible where scroll + row < content.count {
      let item = content[scroll + row]
      let style = item.isHeading ? Style(.title, bold: true) : Style(.text)
      canvas.line(item.text, in: inner, row: row, column: 1, style: style, glyphs: glyphs)
    }
  }
}

extension Keymap {
  /// The key list as Markdown tables by group, as the README shows it.
  public static func markdownTables() -> String {
    var text = ""
    for group in KeyGroup.allCases {
      let rows = bindings.filter { $0.group == group }
      guard !rows.isEmpty else { continue }
      text += "**\(group.rawValue)**\n\n| Keys | Does |\n|---|---|\n"
      for row in rows {
        let keys = row.keys.map { "`\($0.label == "`" ? "backtick" : $0.label)`" }
          .joined(separator: " ")
        text += "| \(keys) | \(row.help) |\n"
      }
      text += "\n"
    }
    return text
  }
}
