/// A rectangle of terminal cells; x and y count from the top-left corner.
public struct Rect: Hashable, Sendable {
  public var x: Int
  public var y: Int
  public var width: Int
  public var height: Int

  public init(x: Int, y: Int, width: Int, height: Int) {
    self.x = x
    self.y = y
    self.width = max(0, width)
    self.height = max(0, height)
  }

  public var isEmpty: Bool { width <= 0 || height <= 0 }
  public var maxX: Int { x + width }
  public var maxY: Int { y + height }

  /// The rectangle shrunk by `by` cells on every side.
  public func inset(_ by: Int) -> Rect {
    Rect(x: x + by, y: y + by, width: width - 2 * by, height: height - 2 * by)
  }

  /// Splits off `rows` rows at the top; the second rectangle is the rest.
  public func splitTop(_ rows: Int) -> (Rect, Rect) {
    let top = min(max(0, rows), height)
    return (
      Rect(x: x, y: y, width: width, height: top),
      Rect(x: x, y: y + top, width: width, height: height - top)
    )
  }

  /// Splits off `columns` columns at the left; the second rectangle is the rest.
  public func splitLeft(_ columns: Int) -> (Rect, Rect) {
    let left = min(max(0, columns), width)
    return (
      Rect(x: x, y: y, width: left, height: height),
      Rect(x: x + left, y: y, width: width - left, height: height)
    )
  }

  public func intersection(_ other: Rect) -> Rect {
    let left = max(x, other.x)
    let top = max(y, other.y)
    return Rect(
      x: left, y: top, width: min(maxX, other.maxX) - left, height: min(maxY, other.maxY) - top)
  }
}

/// How a cell looks: a semantic theme slot plus emphasis. Colours come from the theme
/// only when the terminal draws, so panes never deal in colour numbers.
public struct Style: Hashable, Sendable {
  public var slot: Slot
  public var bold: Bool
  public var reverse: Bool
  public var underline: Bool

  public init(_ slot: Slot = .text, bold: Bool = false, reverse: Bool = false,
              underline: Bool = false) {
    self.slot = slot
    self.bold = bold
    self.reverse = reverse
    self.underline = underline
  }

  public static let plain = Style()
}

/// One terminal cell: a grapheme and its style. The right half of a two-column
/// character holds an empty string.
public struct Cell: Hashable, Sendable {
  public var text: String
  public var style: Style

  public init(_ text: String = " ", style: Style = .plain) {
    self.text = text
    self.style = style
  }

  public static let blank = Cell()
  static let continuation = Cell("")
}

/// Where panes draw. The grid implementation is the frame for both the tests and
/// the terminal, which compares two frames and writes only the cells that changed.
public protocol Canvas {
  var width: Int { get }
  var height: Int { get }

  /// Draws text from (x, y), clipped to `clip`; returns the columns drawn.
  @discardableResult
  mutating func draw(_ text: String, x: Int, y: Int, style: Style, clip: Rect) -> Int

  /// Paints every cell of `rect` blank in `style`.
  mutating func fill(_ rect: Rect, style: Style)
}

/// An in-memory frame of cells; it refuses writes that a terminal would mangle
/// (half of a wide character, a wide character split by the right edge).
public struct GridCanvas: Canvas, Equatable, Sendable {
  public private(set) var width: Int
  public private(set) var height: Int
  public private(set) var cells: [Cell]
  /// For terminals without Unicode: text is spelled in ASCII as it is drawn (a euro sign
  /// becomes "EUR", other characters "?"), so nothing prints as garbage.
  public var asciiOnly = false

  public init(width: Int, height: Int) {
    self.width = max(0, width)
    self.height = max(0, height)
    cells = Array(repeating: .blank, count: self.width * self.height)
  }

  public subscript(x: Int, y: Int) -> Cell {
    cells[y * width + x]
  }

  public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

  @discardableResult
  public mutating func draw(_ text: String, x: Int, y: Int, style: Style, clip: Rect) -> Int {
    let area = clip.intersection(bounds)
    guard y >= area.y, y < area.maxY else { return 0 }
    if let drawn = drawPrintableASCII(text, x: x, y: y, style: style, area: area) {
      return drawn
    }
    var column = x
    for character in asciiOnly ? TextWidth.asciiSpelling(text) : text {
      let control =
        character.asciiValue.map { $0 < 0x20 || $0 == 0x7F }
        ?? character.unicodeScalars.first.map(TextWidth.isControl) ?? false
      let safe: Character = control ? "?" : character
      let w = TextWidth.of(safe)
      if w == 0 { continue }
      if column + w > area.maxX { break }
      if column >= area.x {
        put(safe, width: w, x: column, y: y, style: style)
      }
      column += w
    }
    return max(0, column - x)
  }

  /// Draws text made only of printable ASCII, one cell per byte, without breaking it
  /// into characters or measuring each; nil, drawing nothing, for any other text. Most
  /// of a frame is such text, and each key press draws a whole frame.
  private mutating func drawPrintableASCII(
    _ text: String, x: Int, y: Int, style: Style, area: Rect
  ) -> Int? {
    let drawn = text.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
      guard TextWidth.isPrintableASCII(bytes) else { return nil }
      let end = min(x + bytes.count, area.maxX)
      var column = max(x, area.x)
      while column < end {
        put(Character(Unicode.Scalar(bytes[column - x])), width: 1, x: column, y: y, style: style)
        column += 1
      }
      return max(0, end - x)
    }
    return drawn ?? nil
  }

  public mutating func fill(_ rect: Rect, style: Style) {
    let area = rect.intersection(bounds)
    guard !area.isEmpty else { return }
    for row in area.y..<area.maxY {
      for column in area.x..<area.maxX {
        clearHalves(x: column, y: row)
        cells[row * width + column] = Cell(" ", style: style)
      }
    }
  }

  /// Changes only the style of cells in `rect`, keeping their text.
  public mutating func restyle(_ rect: Rect, style: Style) {
    let area = rect.intersection(bounds)
    guard !area.isEmpty else { return }
    for row in area.y..<area.maxY {
      for column in area.x..<area.maxX {
        cells[row * width + column].style = style
      }
    }
  }

  private mutating func put(_ character: Character, width w: Int, x: Int, y: Int, style: Style) {
    clearHalves(x: x, y: y)
    cells[y * width + x] = Cell(String(character), style: style)
    if w == 2 {
      clearHalves(x: x + 1, y: y)
      cells[y * width + x + 1] = Cell("", style: style)
    }
  }

  /// Blanks the other half of a wide character that a write at (x, y) would cut.
  private mutating func clearHalves(x: Int, y: Int) {
    let index = y * width + x
    if cells[index].text.isEmpty, x > 0 {
      cells[index - 1] = Cell(" ", style: cells[index - 1].style)
    }
    if x + 1 < width, cells[index + 1].text.isEmpty, !cells[index].text.isEmpty,
      TextWidth.of(cells[index].text) == 2
    {
      cells[index + 1] = Cell(" ", style: cells[index + 1].style)
    }
  }

  /// The frame as lines of text, trailing spaces kept, for snapshot tests.
  public var lines: [String] {
    (0..<height).map { row in
      var line = ""
      for column in 0..<width { line += cells[row * width + column].text }
      return line
    }
  }

  /// The frame as one string, each line with trailing spaces removed.
  public var text: String {
    lines.map { line in
      var trimmed = Substring(line)
      while trimmed.last == " " { trimmed = trimmed.dropLast() }
      return String(trimmed)
    }.joined(separator: "\n")
  }
}
