import FirstKCore

/// A colour as a theme names it.
public enum ThemeColor: Hashable, Sendable {
  /// The terminal's own foreground or background.
  case terminalDefault
  case index(Int)
  case rgb(Int, Int, Int)

  static let names = [
    "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
  ]

  init?(parsing word: String) {
    let lower = word.lowercased()
    if lower == "default" {
      self = .terminalDefault
    } else if let index = ThemeColor.names.firstIndex(of: lower) {
      self = .index(index)
    } else if lower.hasPrefix("bright-"),
      let base = ThemeColor.names.firstIndex(of: String(lower.dropFirst(7)))
    {
      self = .index(base + 8)
    } else if lower == "gray" || lower == "grey" {
      self = .index(8)
    } else if let number = Int(lower), (0...255).contains(number) {
      self = .index(number)
    } else if lower.hasPrefix("#"), lower.count == 7,
      let value = Int(lower.dropFirst(), radix: 16)
    {
      self = .rgb(value >> 16, (value >> 8) & 0xFF, value & 0xFF)
    } else {
      return nil
    }
  }

  /// The colour number to use on a terminal with `colors` colours; -1 is the terminal's
  /// default, and nil means colour cannot be shown at all.
  public func number(forPalette colors: Int) -> Int? {
    guard colors >= 8 else { return nil }
    switch self {
    case .terminalDefault:
      return -1
    case .index(let index) where index < colors:
      return index
    case .index(let index):
      let (r, g, b) = Palette.rgb(of: index)
      return Palette.nearest(r, g, b, among: colors)
    case .rgb(let r, let g, let b):
      return Palette.nearest(r, g, b, among: colors)
    }
  }
}

/// How one slot looks: colours and emphasis.
public struct SlotLook: Hashable, Sendable {
  public var foreground: ThemeColor = .terminalDefault
  public var background: ThemeColor = .terminalDefault
  public var bold = false
  public var underline = false
  public var reverse = false
  public var dim = false

  public init() {}
}

/// A line of a theme file that could not be used.
public struct ThemeProblem: Error, Equatable, Sendable, CustomStringConvertible {
  public var file: String
  public var line: Int
  public var reason: String

  public var description: String { "\(file), line \(line): \(reason)" }
}

/// A colour theme: a look for every semantic slot.
public struct Theme: Equatable, Sendable {
  public var name: String
  public var looks: [Slot: SlotLook]
  /// False for themes that ask for no colour at all (emphasis only).
  public var usesColor: Bool

  public func look(_ slot: Slot) -> SlotLook { looks[slot] ?? SlotLook() }

  /// Parses `slot = fg [on bg] [bold] [underline] [reverse] [dim]` lines; `#` starts a
  /// comment line. Any bad line is a problem naming the file and line, and the whole theme is
  /// refused so a half-applied theme never shows.
  public static func parse(
    _ text: String, name: String, file: String
  ) -> Result<Theme, ThemeProblem> {
    var looks: [Slot: SlotLook] = [:]
    var lineNumber = 0
    for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
      lineNumber += 1
      let content = rawLine.trimmingSpaces()
      if content.isEmpty || content.hasPrefix("#") { continue }
      let sides = content.split(separator: "=", maxSplits: 1)
      guard sides.count == 2 else {
        return .failure(
          ThemeProblem(file: file, line: lineNumber, reason: "expected slot = colour"))
      }
      let key = sides[0].trimmingSpaces()
      guard let slot = Slot(rawValue: key) else {
        return .failure(
          ThemeProblem(file: file, line: lineNumber, reason: "unknown slot \"\(key)\""))
      }
      switch parseLook(sides[1].split(separator: " ").map(String.init)) {
      case .success(let look): looks[slot] = look
      case .failure(let reason):
        return .failure(ThemeProblem(file: file, line: lineNumber, reason: reason.message))
      }
    }
    let usesColor = looks.values.contains {
      $0.foreground != .terminalDefault || $0.background != .terminalDefault
    }
    return .success(Theme(name: name, looks: looks, usesColor: usesColor))
  }

  struct LookError: Error { let message: String }

  static func parseLook(_ words: [String]) -> Result<SlotLook, LookError> {
    var look = SlotLook()
    var colorsSeen = 0
    var index = 0
    while index < words.count {
      let word = words[index].lowercased()
      switch word {
      case "bold": look.bold = true
      case "underline": look.underline = true
      case "reverse": look.reverse = true
      case "dim": look.dim = true
      case "on":
        index += 1
        guard index < words.count, let color = ThemeColor(parsing: words[index]) else {
          return .failure(LookError(message: "\"on\" must be followed by a colour"))
        }
        look.background = color
      default:
        guard colorsSeen == 0, let color = ThemeColor(parsing: word) else {
          return .failure(LookError(message: "unknown colour or style \"\(words[index])\""))
        }
        look.foreground = color
        colorsSeen += 1
      }
      index += 1
    }
    return .success(look)
  }
}
