/// A JSON value for `--json` output. Objects keep their keys in the order given, so the
/// output is stable and diffable; numbers are integers only, because money is minor units.
public indirect enum JSON: Equatable, Sendable {
  case null
  case bool(Bool)
  case integer(Int64)
  case string(String)
  case array([JSON])
  case object([Member])

  /// One key and its value inside an object.
  public struct Member: Equatable, Sendable {
    public var key: String
    public var value: JSON

    /// A key and its value, written in the order the members are listed.
    public init(_ key: String, _ value: JSON) {
      self.key = key
      self.value = value
    }
  }

  /// Text, or null when absent.
  public static func optional(_ text: String?) -> JSON {
    text.map(JSON.string) ?? .null
  }

  /// The value as JSON text: compact on one line, or indented by `indent` spaces a level.
  public func encoded(indent: Int? = nil) -> String {
    var output = ""
    write(into: &output, indent: indent, depth: 0)
    return output
  }

  /// Appends the value at nesting `depth`, so a stream can write one element at a time.
  func write(into output: inout String, indent: Int?, depth: Int) {
    switch self {
    case .null: output += "null"
    case .bool(let value): output += value ? "true" : "false"
    case .integer(let value): output += String(value)
    case .string(let text): JSON.writeString(text, into: &output)
    case .array(let items):
      writeList(items.count, open: "[", close: "]", into: &output, indent: indent, depth: depth) {
        items[$0].write(into: &$1, indent: indent, depth: depth + 1)
      }
    case .object(let members):
      writeList(
        members.count, open: "{", close: "}", into: &output, indent: indent, depth: depth
      ) {
        JSON.writeString(members[$0].key, into: &$1)
        $1 += indent == nil ? ":" : ": "
        members[$0].value.write(into: &$1, indent: indent, depth: depth + 1)
      }
    }
  }

  private func writeList(
    _ count: Int, open: String, close: String, into output: inout String, indent: Int?,
    depth: Int, element: (Int, inout String) -> Void
  ) {
    output += open
    guard count > 0 else {
      output += close
      return
    }
    let inner = indent.map { "\n" + String(repeating: " ", count: $0 * (depth + 1)) } ?? ""
    let outer = indent.map { "\n" + String(repeating: " ", count: $0 * depth) } ?? ""
    for index in 0..<count {
      if index > 0 { output += "," }
      output += inner
      element(index, &output)
    }
    output += outer + close
  }

  /// Writes a quoted string: quote and backslash escaped, C0 and C1 control characters
  /// and DEL as \u00XX, so the text stays inert when a terminal shows it.
  static func writeString(_ text: String, into output: inout String) {
    output += "\""
    let plain = text.utf8.allSatisfy {
      $0 >= 0x20 && $0 != 0x22 && $0 != 0x5C && $0 != 0x7F && $0 != 0xC2
    }
    if plain {
      output += text
      output += "\""
      return
    }
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": output += "\\\""
      case "\\": output += "\\\\"
      case _ where scalar.isControlCharacter:
        let hex = String(scalar.value, radix: 16)
        output += "\\u00" + (hex.count < 2 ? "0" + hex : hex)
      default: output.unicodeScalars.append(scalar)
      }
    }
    output += "\""
  }
}
