extension JSON {
  /// Writes an indented JSON array one element at a time, handing `emit` chunks of about
  /// 64 KiB, so a long list never sits in memory as one value or one string. The text is
  /// the same as `JSON.array(elements).encoded(indent: indent)`.
  static func streamArray<Elements: Sequence>(
    _ elements: Elements, indent: Int, emit: (String) -> Void,
    element: (Elements.Element) -> JSON
  ) {
    let chunk = 65_536
    var buffer = "["
    buffer.reserveCapacity(chunk + 4_096)
    var first = true
    let inner = "\n" + String(repeating: " ", count: indent)
    for item in elements {
      if !first { buffer += "," }
      first = false
      buffer += inner
      element(item).write(into: &buffer, indent: indent, depth: 1)
      if buffer.utf8.count >= chunk {
        emit(buffer)
        buffer.removeAll(keepingCapacity: true)
      }
    }
    buffer += first ? "]" : "\n]"
    emit(buffer)
  }
}
