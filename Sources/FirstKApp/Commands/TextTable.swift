import FirstKUI

/// Plain-text tables and inert text for command output meant for people.
enum TextTable {
  /// Aligned columns two spaces apart, widths measured as the terminal draws them;
  /// columns in `rightAligned` are padded on the left. Trailing spaces are dropped.
  static func lines(
    header: [String], rows: [[String]], rightAligned: Set<Int> = []
  ) -> [String] {
    let all = [header] + rows
    let widths = header.indices.map { column in
      all.map { TextWidth.of($0[column]) }.max() ?? 0
    }
    return all.map { cells in
      let padded = cells.enumerated().map { column, cell in
        let gap = String(repeating: " ", count: widths[column] - TextWidth.of(cell))
        return rightAligned.contains(column) ? gap + cell : cell + gap
      }
      return String(padded.joined(separator: "  ").reversed().drop { $0 == " " }.reversed())
    }
  }

  /// The text with C0 and C1 control characters and DEL replaced by `?`, so a name
  /// from an import cannot move the cursor or change colours.
  static func inert(_ text: String) -> String {
    String(
      text.map { character in
        character.unicodeScalars.contains(where: TextWidth.isControl) ? "?" : character
      })
  }
}
