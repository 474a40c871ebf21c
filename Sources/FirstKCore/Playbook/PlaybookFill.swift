/// The user's own words for the playbook's placeholders, taken from their profile.
///
/// An empty field leaves its placeholder (`[X]`, `[problem]`) in place so the user sees
/// what still has to be filled in before sending a message.
public struct PlaybookFill: Equatable, Sendable {
  public var productName: String
  /// The problem the product solves, in the customer's words.
  public var problem: String
  /// The monthly list price.
  public var price: Money?
  /// Paying customers, for "Current MRR = [customers] x [price]"; nil leaves it unfilled.
  public var customers: Int?

  public init(productName: String = "", problem: String = "", price: Money? = nil) {
    self.productName = productName
    self.problem = problem
    self.price = price
  }

  /// Fills from what the user told firstk about their product.
  public init(profile: Profile) {
    self.init(
      productName: profile.productName, problem: profile.problem, price: profile.listPrice)
  }

  /// Placeholders in the order they are tried at each position; `$[Z]` before `[Z]` so
  /// the price keeps a single currency sign.
  var replacements: [(token: String, value: String)] {
    let product = productName.trimmingSpaces()
    let price = price.map { $0.formatted(showMinor: false) } ?? ""
    return [
      ("$[Z]", price), ("$X", price), ("[Z]", price), ("[X]", product),
      ("[Y]", problem.trimmingSpaces()), ("[product]", product),
      ("[problem]", problem.trimmingSpaces()), ("[solution]", product),
      ("[customers]", customers.map(String.init) ?? ""), ("[price]", price),
    ]
  }
}

/// A follow-up message of the schedule: the day after the ask it is sent, and its words.
public struct FollowUpMessage: Equatable, Sendable {
  /// The day of the schedule; the ask itself is day 1.
  public let day: Int
  /// The message with `[product]`, `[problem]` or `[solution]` still in it.
  public let template: String

  public init(day: Int, template: String) {
    self.day = day
    self.template = template
  }
}

extension Playbook {
  /// The ask itself (day 1 of the follow-up schedule), as the playbook words it.
  public static let askScript = "I built [X] that solves [Y]. It's $[Z]/mo. Want to try it?"

  /// The follow-ups after an unanswered ask, for the calendar: day 3, 7 and 14.
  public static let followUpMessages: [FollowUpMessage] = [
    FollowUpMessage(day: 3, template: "Hey, any questions about [product]?"),
    FollowUpMessage(day: 7, template: "Checking in - still interested in solving [problem]?"),
    FollowUpMessage(day: 14, template: "Last follow-up. Here if you need [solution]."),
  ]

  /// The follow-up message template for a day of the schedule, if that day has one.
  public static func followUpMessage(day: Int) -> String? {
    followUpMessages.first { $0.day == day }?.template
  }

  /// Replaces the placeholders of a script or message with the user's words.
  ///
  /// `[X]` and `[product]` take the product name, `[Y]` and `[problem]` the problem,
  /// `$[Z]` and `$X` the price with its currency sign, and `[solution]` the product name,
  /// since the product is the solution being offered. Replaced text is never scanned again.
  public static func fill(_ template: String, with fill: PlaybookFill) -> String {
    let replacements = fill.replacements.map { (Array($0.token), $0.value) }
    let characters = Array(template)
    var out = ""
    var index = 0
    scanning: while index < characters.count {
      for (token, value) in replacements where !value.isEmpty {
        if characters[index...].starts(with: token) {
          out += value
          index += token.count
          continue scanning
        }
      }
      out.append(characters[index])
      index += 1
    }
    return out
  }
}
