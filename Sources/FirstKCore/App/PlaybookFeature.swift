/// Where the reader is in the playbook tree, and the marks the user's data puts on it.
public struct PlaybookState: Equatable, Sendable {
  /// Child indexes from the root to the open step.
  public var path: [Int] = []
  /// The highlighted child of the open step.
  public var selection = 0
  /// Guidance blocks (paragraphs, bullet points) scrolled past at the top.
  public var textScroll = 0
  /// The step the user's numbers point to, from `PlaybookDiagnosis.locate`.
  public var youAreHere: String?
  /// The user's ONE next action, as they chose it or as it was last saved.
  public var nextAction: String?
  /// The step the ONE next action was chosen from, when it was chosen in this session.
  public var nextActionNodeID: String?

  public init() {}

  /// The open step; a path that no longer fits the tree ends where it stops fitting.
  public var current: PlaybookNode {
    Playbook.nodes(along: path).last ?? Playbook.root
  }

  /// The highlighted child, or nil when the open step has none.
  public var selectedChild: PlaybookNode? {
    let children = current.children
    return children.indices.contains(selection) ? children[selection] : nil
  }

  /// Opens the step at `path` with its first child highlighted and its text at the top.
  mutating func show(_ newPath: [Int]) {
    path = newPath
    selection = 0
    textScroll = 0
  }

  /// Brings path, selection and text scroll back inside the tree; the reducer does it after
  /// every action and the pane before drawing, so both agree on what is shown.
  public mutating func clamp(fill: PlaybookFill) {
    path = Array(path.prefix(Playbook.nodes(along: path).count - 1))
    let node = current
    selection = min(max(0, selection), max(0, node.children.count - 1))
    let blocks = Playbook.guidance(for: node, in: self, fill: fill).count
    textScroll = min(max(0, textScroll), max(0, blocks - 1))
  }
}

/// What happened in the Playbook pane: keys pressed, or another pane asking it to open a step.
public enum PlaybookAction: Equatable, Sendable {
  case upPressed
  case downPressed
  /// Opens the highlighted child, or the step it links to.
  case openPressed
  /// Returns to the parent step, highlighting the step just left; nothing at the root.
  case backPressed
  /// Scrolls the guidance up by one block.
  case pageUpPressed
  /// Scrolls the guidance down by one block.
  case pageDownPressed
  /// Highlights the first child and scrolls the guidance to its top.
  case topPressed
  /// Highlights the last child.
  case bottomPressed
  /// Makes the highlighted step (or the open step, when it has no children) the ONE next
  /// action, when that step says what to do.
  case nextActionChosen
  /// Marks the ONE next action done, so the header is free for the next one.
  case nextActionDone
  /// Opens the advice for an objection a prospect gave.
  case objectionOpened(Objection)
  /// Opens a step by its id.
  case nodeOpened(String)
  /// Opens the step marked "you are here".
  case youAreHerePressed
  /// The user's numbers changed, so "you are here" may have moved.
  case factsChanged(PlaybookFacts)
}

extension AppState {
  /// Applies a Playbook pane action; only choosing a next action has an effect (saving it).
  mutating func reducePlaybook(_ action: PlaybookAction) -> [Effect] {
    let fill = PlaybookFill(profile: profile)
    playbook.clamp(fill: fill)
    defer { playbook.clamp(fill: fill) }

    switch action {
    case .upPressed:
      playbook.selection -= 1

    case .downPressed:
      playbook.selection += 1

    case .openPressed:
      guard let child = playbook.selectedChild else { return [] }
      if let link = child.link, let linked = Playbook.path(to: link) {
        playbook.show(linked)
      } else {
        playbook.show(playbook.path + [playbook.selection])
      }

    case .backPressed:
      guard let last = playbook.path.popLast() else { return [] }
      playbook.selection = last
      playbook.textScroll = 0

    case .pageUpPressed:
      playbook.textScroll -= 1

    case .pageDownPressed:
      playbook.textScroll += 1

    case .topPressed:
      playbook.selection = 0
      playbook.textScroll = 0

    case .bottomPressed:
      playbook.selection = playbook.current.children.count - 1

    case .nextActionChosen:
      return chooseNextAction(fill: fill)

    case .nextActionDone:
      guard let done = playbook.nextAction else {
        status = StatusMessage(
          "There is no ONE next action to mark done: choose one with n.", kind: .error)
        return []
      }
      playbook.nextAction = nil
      playbook.nextActionNodeID = nil
      let stop = done.hasSuffix(".") ? "" : "."
      status = StatusMessage("Done: \(done)\(stop) Choose the next one with n.")
      return [.nextActionDone]

    case .objectionOpened(let objection):
      openNode(objection.nodeID)

    case .nodeOpened(let id):
      openNode(id)

    case .youAreHerePressed:
      guard let here = playbook.youAreHere else {
        status = StatusMessage(
          "Nothing is marked \"you are here\" yet: add your product, prospects or customers.")
        return []
      }
      openNode(here)

    case .factsChanged(let facts):
      playbook.youAreHere = PlaybookDiagnosis.locate(facts)
    }
    return []
  }

  private mutating func openNode(_ id: String) {
    guard let path = Playbook.path(to: id) else {
      status = StatusMessage("The playbook has no step \"\(id)\".", kind: .error)
      return
    }
    playbook.show(path)
  }

  private mutating func chooseNextAction(fill: PlaybookFill) -> [Effect] {
    let target = playbook.selectedChild ?? playbook.current
    guard let action = target.action else {
      status = StatusMessage(
        "\"\(target.title)\" is not something to do; choose an action, script or test.")
      return []
    }
    let text = Playbook.fill(action, with: fill)
    playbook.nextAction = text
    playbook.nextActionNodeID = target.id
    status = StatusMessage("Your ONE next action: \(text)")
    return [.saveNextAction(text)]
  }
}
