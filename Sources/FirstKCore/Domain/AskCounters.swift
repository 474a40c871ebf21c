/// The header's sales counters: the playbook's "contact 10 people TODAY" and "keep going
/// to 100 asks", and the follow-ups done.
public struct AskCounters: Equatable, Sendable {
  public static let dailyAskGoal = 10
  public static let totalAskGoal = 100

  /// Prospects whose latest ask was today.
  public var asksToday: Int
  /// Prospects ever asked to pay.
  public var totalAsks: Int
  public var followUpsSent: Int

  public init(asksToday: Int, totalAsks: Int, followUpsSent: Int) {
    self.asksToday = asksToday
    self.totalAsks = totalAsks
    self.followUpsSent = followUpsSent
  }

  /// Counts from the stored prospects and follow-ups; a prospect asked twice counts once.
  public init(prospects: [Prospect], followUps: [FollowUp], today: CivilDate) {
    asksToday = prospects.count { $0.askedOn == today }
    totalAsks = prospects.count { $0.askedOn != nil }
    followUpsSent = followUps.count { $0.status == .sent }
  }
}
