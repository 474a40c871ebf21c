/// The follow-up message templates and how they are filled with the user's profile.
///
/// A template names fields in brackets: `[product]`, `[problem]`, `[solution]`. A field the
/// profile leaves empty keeps its bracketed name, so the user sees what to fill in.
public struct FollowUpMessages: Equatable, Sendable {
  /// Templates in cadence order: the first, the middle ones, the last.
  public var templates: [String]

  public init(templates: [String]) {
    self.templates = templates
  }

  /// The playbook's day 3, day 7 and day 14 messages, as `Playbook.followUpMessages` words them.
  public static let playbook = FollowUpMessages(
    templates: Playbook.followUpMessages.map(\.template))

  /// The template for `step` (from 1) of `count`: the last template for the last step, the
  /// others in order, and the one before the last for every extra step of a long cadence.
  public func template(step: Int, of count: Int) -> String {
    guard let last = templates.last else { return "" }
    if step >= count || templates.count == 1 { return last }
    return templates[min(max(step, 1), templates.count - 1) - 1]
  }

  /// The templates filled with the product name and problem of `profile`, the same way the
  /// playbook pane fills its scripts.
  public func filled(with profile: Profile) -> FollowUpMessages {
    let fill = PlaybookFill(profile: profile)
    return FollowUpMessages(templates: templates.map { Playbook.fill($0, with: fill) })
  }

  /// What to say when a message still has a field in brackets: the profile lacks the
  /// product's name or problem, and the messages planned now keep the brackets.
  /// `how` says where to set them.
  public func unfilledAdvice(how: String) -> String? {
    guard templates.contains(where: { $0.contains("[product]") || $0.contains("[problem]") })
    else { return nil }
    return "The messages say [product] or [problem]: set your product's name and problem "
      + "(\(how)) so those of later asks name them."
  }
}
