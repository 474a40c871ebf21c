/// Writes an indented JSON array one element at a time, handing `emit` chunks of about
/// 64 KiB, so a long list never sits in memory as one value or one string. The text is
/// the same as `JSON.array(elements).encoded(indent: indent)`.
struct JSONArrayStream {
  private let indent: Int
  private let emit: (String) -> Void
  private let inner: String
  private var buffer = "["
  private var isEmpty = true
  private static let chunk = 65_536

  /// A stream that has written only the opening bracket, into its own buffer.
  init(indent: Int, emit: @escaping (String) -> Void) {
    self.indent = indent
    self.emit = emit
    inner = "\n" + String(repeating: " ", count: indent)
    buffer.reserveCapacity(JSONArrayStream.chunk + 4_096)
  }

  /// Adds one element, passing the text on whenever a chunk is full.
  mutating func append(_ value: JSON) {
    if !isEmpty { buffer += "," }
    isEmpty = false
    buffer += inner
    value.write(into: &buffer, indent: indent, depth: 1)
    if buffer.utf8.count >= JSONArrayStream.chunk {
      emit(buffer)
      buffer.removeAll(keepingCapacity: true)
    }
  }

  /// Closes the array and passes on the rest of the text.
  mutating func finish() {
    buffer += isEmpty ? "]" : "\n]"
    emit(buffer)
    buffer = ""
  }
}
