import FirstKCore

/// The playbook's advice for an objection, as lines for the terminal.
enum ObjectionAdvice {
  /// The advice of the objection's playbook step, filled with the user's product, or a
  /// pointer to the four objections the playbook answers when it is another one.
  static func lines(for kind: ObjectionKind, profile: Profile) -> [String] {
    guard let objection = Objection(rawValue: kind.rawValue),
      let node = Playbook.node(id: objection.nodeID)
    else {
      let known = Objection.allCases.map { "\($0.rawValue) (\"\($0.quote)\")" }
      return [
        "The playbook answers four objections: " + known.joined(separator: ", ")
          + ". If theirs is one of those, record it as that to see the advice."
      ]
    }
    let fill = PlaybookFill(profile: profile)
    let text = { (line: String) in Playbook.fill(line, with: fill) }
    var lines = ["Playbook: \(node.title)"]
    lines += node.body.split(separator: "\n").map { "  " + text(String($0)) }
    lines += node.items.map { "  - " + text($0) }
    lines += node.closing.split(separator: "\n").map { "  " + text(String($0)) }
    if let action = node.action {
      lines.append("Next action: \(text(action))")
    }
    return lines
  }
}
