import FirstKUI

/// Plain-text tables and inert text for command output meant for people.
enum TextTable {
  /// Aligned columns two spaces apart, widths measured as the terminal draws them;
  /// columns in `rightAligned` are padded on the left. Trailing spaces are dropped.
  static func lines(
    header: [String], rows: [[String]], rightAligned: Set<Int> = []
  ) -> [String] {
    let all = [header] + rows
    let cellWidths = all.map { $0.map(width) }
    let widths = header.indices.map { column in cellWidths.map { $0[column] }.max() ?? 0 }
    return all.indices.map { row in
      var line = ""
      for (column, cell) in all[row].enumerated() {
        if column > 0 { line += "  " }
        let gap = String(repeating: " ", count: widths[column] - cellWidths[row][column])
        line += rightAligned.contains(column) ? gap + cell : cell + gap
      }
      while line.utf8.last == UInt8(ascii: " ") { line.removeLast() }
      return line
    }
  }

  /// Columns the text takes; printable ASCII is one column a byte.
  static func width(_ text: String) -> Int {
    let printableASCII = text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
    return printableASCII ? text.utf8.count : TextWidth.of(text)
  }

  /// The text with C0 and C1 control characters and DEL replaced by `?`, so a name
  /// from an import cannot move the cursor or change colours.
  static func inert(_ text: String) -> String {
    let plain = text.utf8.allSatisfy { $0 >= 0x20 && $0 != 0x7F && $0 != 0xC2 }
    if plain { return text }
    return String(
      text.map { character in
        character.unicodeScalars.contains(where: TextWidth.isControl) ? "?" : character
      })
  }
}
