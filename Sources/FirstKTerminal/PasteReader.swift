import FirstKUI

/// Tells pasted text from typed keys. The terminal is asked (bracketed paste mode) to wrap
/// a paste in `ESC [ 200 ~` and `ESC [ 201 ~`, which ncurses hands over as single keys;
/// this holds keys while they may start such a marker, and gathers what lies between
/// the two markers as one piece of text, so a pasted escape or letter never acts as a key.
struct PasteReader {
  enum Output: Equatable {
    case key(Key)
    case paste(String)
  }

  static let start: [Key] = marker("0")
  static let end: [Key] = marker("1")

  private static func marker(_ last: Character) -> [Key] {
    [.escape, .character("["), .character("2"), .character("0"), .character(last),
      .character("~")]
  }

  /// Keys held because they may be the start of a marker.
  private var held: [Key] = []
  /// The text pasted so far, while inside a paste.
  private var pasted: String?

  /// True while a paste has begun and not ended.
  var isPasting: Bool { pasted != nil }

  /// Takes one key; returns what is known to be typed keys or a finished paste.
  mutating func feed(_ key: Key) -> [Output] {
    held.append(key)
    let marker = pasted == nil ? Self.start : Self.end
    if marker.starts(with: held) {
      guard held.count == marker.count else { return [] }
      held = []
      if let text = pasted {
        pasted = nil
        return [.paste(text)]
      }
      pasted = ""
      return []
    }
    // Not a marker after all: the first held key stands on its own, the rest is looked at
    // again, since a marker may start inside it.
    let first = held.removeFirst()
    let rest = held
    held = []
    var out = take(first)
    for key in rest { out += feed(key) }
    return out
  }

  /// Keys held at the end of the input that came in: a lone Esc is a key press.
  mutating func flush() -> [Output] {
    guard pasted == nil else { return [] }
    let keys = held
    held = []
    return keys.map { .key($0) }
  }

  private mutating func take(_ key: Key) -> [Output] {
    guard var text = pasted else { return [.key(key)] }
    switch key {
    case .character(let character): text.append(character)
    case .enter, .tab: text.append(" ")
    default: break
    }
    pasted = text
    return []
  }
}
