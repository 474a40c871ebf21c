/// Why a list of follow-up days was refused.
public struct FollowUpCadenceError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The days as they were given.
  public var listed: String
  public var reason: String

  public init(days: [Int], reason: String) {
    self.init(listed: days.map(String.init).joined(separator: ","), reason: reason)
  }

  public init(listed: String, reason: String) {
    self.listed = listed
    self.reason = reason
  }

  public var description: String {
    "follow-up days \(listed.isEmpty ? "(none)" : listed) \(reason); "
      + "give days after the ask, which is day 1, in increasing order, such as 3,7,14"
  }
}

/// The days after an ask on which to follow up, counting the ask day as day 1.
public struct FollowUpCadence: Equatable, Sendable {
  /// Day numbers, each after day 1 and after the one before it.
  public let days: [Int]

  /// The playbook's cadence: day 3, 7 and 14.
  public static let playbook = FollowUpCadence(checked: [3, 7, 14])

  /// Refuses an empty list, a day on or before the ask day, and days out of order.
  public init(days: [Int]) throws(FollowUpCadenceError) {
    guard !days.isEmpty else {
      throw FollowUpCadenceError(days: days, reason: "are empty")
    }
    guard days.allSatisfy({ $0 > 1 }) else {
      throw FollowUpCadenceError(days: days, reason: "include the ask day or earlier")
    }
    guard zip(days, days.dropFirst()).allSatisfy({ $0 < $1 }) else {
      throw FollowUpCadenceError(days: days, reason: "are not in increasing order")
    }
    self.days = days
  }

  /// Parses a comma-separated list such as `3,7,14`.
  public init(parsing text: some StringProtocol) throws(FollowUpCadenceError) {
    var days: [Int] = []
    for piece in text.split(separator: ",", omittingEmptySubsequences: false) {
      guard let day = Int(piece.trimmingSpaces()) else {
        throw FollowUpCadenceError(
          listed: String(text.trimmingSpaces()),
          reason: "include '\(piece.trimmingSpaces())', which is not a number")
      }
      days.append(day)
    }
    try self.init(days: days)
  }

  private init(checked days: [Int]) {
    self.days = days
  }
}
