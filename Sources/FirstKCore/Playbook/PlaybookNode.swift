/// One step of the playbook: a question, an answer, an action, a script, a check.
///
/// The playbook is a value so that the pane, the outline, the diagnosis and the tests all
/// read the same tree; nothing about it is decided in control flow.
public struct PlaybookNode: Equatable, Sendable, Identifiable {
  /// What a step is, which decides how it is drawn and whether it can be acted on.
  public enum Kind: String, CaseIterable, Equatable, Sendable {
    case section
    case question
    case answer
    case action
    case script
    case followUps = "follow-ups"
    case objection
    case check
    case list
    case note
  }

  /// Stable across versions: diagnosis, the calendar and saved state refer to it.
  public let id: String
  public let kind: Kind
  /// Short enough for a breadcrumb or a list row.
  public let title: String
  /// Guidance shown when the step is open; each line is its own paragraph.
  public let body: String
  /// Bullet points shown after the body.
  public let items: [String]
  /// Paragraphs shown after the bullet points.
  public let closing: String
  /// The sentence that becomes the user's ONE next action when they choose this step.
  public let action: String?
  /// Another step this one sends the reader to ("Go to Section A").
  public let link: String?
  public let children: [PlaybookNode]

  public init(
    _ id: String, _ kind: Kind, _ title: String, body: String = "", items: [String] = [],
    closing: String = "", action: String? = nil, link: String? = nil,
    children: [PlaybookNode] = []
  ) {
    self.id = id
    self.kind = kind
    self.title = title
    self.body = body
    self.items = items
    self.closing = closing
    self.action = action ?? (kind == .action ? title : nil)
    self.link = link
    self.children = children
  }

  /// The node and all its descendants, parents before children.
  public var allNodes: [PlaybookNode] {
    [self] + children.flatMap(\.allNodes)
  }

  /// Every string of the step, for searching and for checking the content is complete.
  public var allText: [String] {
    [title, body, closing] + items + (action.map { [$0] } ?? [])
  }
}
