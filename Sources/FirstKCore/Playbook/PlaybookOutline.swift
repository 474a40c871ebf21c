/// The playbook as plain indented text, for `firstk tree` and for reading without the
/// dashboard.
extension Playbook {
  /// Every step with its id, guidance, bullet points and links; scripts keep their
  /// placeholders. Each level indents by two spaces; a blank line separates the sections.
  public static func outline() -> String {
    var lines: [String] = []
    appendOutline(of: root, depth: 0, to: &lines)
    return lines.joined(separator: "\n") + "\n"
  }

  static func appendOutline(of node: PlaybookNode, depth: Int, to lines: inout [String]) {
    let indent = String(repeating: "  ", count: depth)
    let inner = indent + "  "
    if depth == 1 { lines.append("") }
    lines.append("\(indent)\(node.title)  [\(node.kind.rawValue) \(node.id)]")

    for line in paragraphs(node.body) {
      lines.append(inner + (node.kind == .script ? "\"\(line)\"" : line))
    }
    lines += node.items.map { inner + "- " + $0 }
    lines += paragraphs(node.closing).map { inner + $0 }
    if let link = node.link, let target = Playbook.node(id: link) {
      lines.append("\(inner)-> \(target.title) [\(target.id)]")
    }

    for child in node.children {
      appendOutline(of: child, depth: depth + 1, to: &lines)
    }
  }
}
