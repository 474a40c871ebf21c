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

  /// The playbook's day 3, day 7 and day 14 messages.
  public static let playbook = FollowUpMessages(templates: [
    "Hey, any questions about [product]?",
    "Checking in - still interested in solving [problem]?",
    "Last follow-up. Here if you need [solution].",
  ])

  /// The template for `step` (from 1) of `count`: the last template for the last step, the
  /// others in order, and the one before the last for every extra step of a long cadence.
  public func template(step: Int, of count: Int) -> String {
    guard let last = templates.last else { return "" }
    if step >= count || templates.count == 1 { return last }
    return templates[min(max(step, 1), templates.count - 1) - 1]
  }

  /// The templates filled with the product name and problem of `profile`.
  public func filled(with profile: Profile) -> FollowUpMessages {
    let values = [
      "product": profile.productName.trimmingSpaces(),
      "problem": profile.problem.trimmingSpaces(),
      "solution": profile.productName.trimmingSpaces(),
    ]
    return FollowUpMessages(templates: templates.map { FollowUpMessages.fill($0, values) })
  }

  /// Replaces each `[name]` that has a non-empty value in one pass, so a value that
  /// itself contains brackets is never filled again.
  static func fill(_ template: String, _ values: [String: String]) -> String {
    var out = ""
    var rest = Substring(template)
    while let open = rest.firstIndex(of: "["), let close = rest[open...].firstIndex(of: "]") {
      out += rest[..<open]
      let name = String(rest[rest.index(after: open)..<close])
      let value = values[name] ?? ""
      out += value.isEmpty ? rest[open...close] : Substring(value)
      rest = rest[rest.index(after: close)...]
    }
    return out + rest
  }
}
