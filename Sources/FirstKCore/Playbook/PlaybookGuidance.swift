/// One piece of a step's guidance as the pane shows it; the text scroll counts these.
public enum PlaybookBlock: Equatable, Sendable {
  /// The step the user's own numbers point to.
  case youAreHere
  /// The step the user chose as their ONE next action.
  case chosenAsNextAction
  case paragraph(String)
  case item(String)
  /// A message the user sends, already filled with their words.
  case script(String)
  /// The user's ONE next action, shown on the closing step; nil when none is chosen.
  case nextAction(String?)
}

extension Playbook {
  /// The guidance of a step in reading order, filled with the user's words.
  ///
  /// Shared by the pane (which draws it) and the reducer (which clamps the text scroll
  /// to the number of blocks), so both count the same thing.
  public static func guidance(
    for node: PlaybookNode, in state: PlaybookState, fill: PlaybookFill
  ) -> [PlaybookBlock] {
    var blocks: [PlaybookBlock] = []
    if node.id == state.youAreHere { blocks.append(.youAreHere) }
    if node.id == state.nextActionNodeID { blocks.append(.chosenAsNextAction) }

    for line in paragraphs(node.body) {
      let text = Playbook.fill(line, with: fill)
      blocks.append(node.kind == .script ? .script(text) : .paragraph(text))
    }
    blocks += node.items.map { .item(Playbook.fill($0, with: fill)) }
    blocks += paragraphs(node.closing).map { .paragraph(Playbook.fill($0, with: fill)) }

    if node.id == "next" { blocks.append(.nextAction(state.nextAction)) }
    return blocks
  }

  /// The lines of a body or closing text, without empty ones.
  static func paragraphs(_ text: String) -> [String] {
    text.split(separator: "\n").map(String.init)
  }
}
