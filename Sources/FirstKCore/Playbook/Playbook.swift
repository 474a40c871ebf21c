/// The playbook "First $1k MRR" as a tree, with lookups by id and by path.
public enum Playbook {
  /// The whole decision tree; its children are the playbook's sections in reading order.
  public static let root: PlaybookNode = PlaybookContent.tree()

  /// Child indexes from the root to every node, by id.
  static let paths: [String: [Int]] = {
    var result: [String: [Int]] = [:]
    func visit(_ node: PlaybookNode, _ path: [Int]) {
      result[node.id] = path
      for (index, child) in node.children.enumerated() {
        visit(child, path + [index])
      }
    }
    visit(root, [])
    return result
  }()

  /// The node with this id, or nil when the playbook has no such step.
  public static func node(id: String) -> PlaybookNode? {
    guard let path = paths[id] else { return nil }
    return node(at: path)
  }

  /// The child indexes leading from the root to the node, so the pane can open it.
  public static func path(to id: String) -> [Int]? {
    paths[id]
  }

  /// The node a path of child indexes leads to; nil when an index is out of range.
  public static func node(at path: [Int]) -> PlaybookNode? {
    var node = root
    for index in path {
      guard node.children.indices.contains(index) else { return nil }
      node = node.children[index]
    }
    return node
  }

  /// The nodes along a path, root first, stopping where an index is out of range.
  public static func nodes(along path: [Int]) -> [PlaybookNode] {
    var node = root
    var result = [root]
    for index in path {
      guard node.children.indices.contains(index) else { break }
      node = node.children[index]
      result.append(node)
    }
    return result
  }

  /// True when `ancestor` is `id` itself or lies on the way from the root to it.
  public static func leads(to id: String, from ancestor: String) -> Bool {
    guard let target = paths[id], let start = paths[ancestor] else { return false }
    return target.starts(with: start)
  }
}

/// The objections a prospect gives after being asked to pay; each has its own advice.
public enum Objection: String, CaseIterable, Equatable, Sendable {
  case expensive
  case fit
  case think
  case trust

  /// Where the playbook's advice for this objection lives.
  public var nodeID: String {
    switch self {
    case .expensive: return "B.asked.expensive"
    case .fit: return "B.asked.fit"
    case .think: return "B.asked.think"
    case .trust: return "B.asked.trust"
    }
  }

  /// The objection in the prospect's words, as the playbook quotes it.
  public var quote: String {
    switch self {
    case .expensive: return "Too expensive"
    case .fit: return "Doesn't solve my problem"
    case .think: return "Need to think about it"
    case .trust: return "Don't trust this"
    }
  }
}
