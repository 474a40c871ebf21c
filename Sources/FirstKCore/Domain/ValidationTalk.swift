/// One validation conversation: before building or asking, did this person say they
/// would pay for a solution? Section A of the playbook counts them.
public struct ValidationTalk: Equatable, Sendable, Identifiable {
  /// The database row id; nil until saved.
  public var id: Int64?
  public var prospectID: Int64
  public var day: CivilDate
  public var wouldPay: Bool
  public var notes: String

  /// A talk with the prospect `prospectID` on `day`; unsaved until the store gives it an id.
  public init(
    id: Int64? = nil, prospectID: Int64, day: CivilDate, wouldPay: Bool, notes: String = ""
  ) {
    self.id = id
    self.prospectID = prospectID
    self.day = day
    self.wouldPay = wouldPay
    self.notes = notes
  }
}

/// Section A's numbers: people talked to about the problem, and how many would pay.
public struct TalkCounts: Equatable, Sendable {
  /// The playbook's bar: talk to 5 or more people...
  public static let talkGoal = 5
  /// ...and hear 3 or more of them say they would pay.
  public static let wouldPayGoal = 3

  public var talkedTo: Int
  public var wouldPay: Int

  /// The counts as the store reads them from the prospects.
  public init(talkedTo: Int, wouldPay: Int) {
    self.talkedTo = talkedTo
    self.wouldPay = wouldPay
  }

  /// True once both of Section A's bars are met.
  public var isValidated: Bool {
    talkedTo >= TalkCounts.talkGoal && wouldPay >= TalkCounts.wouldPayGoal
  }

  /// The counts beside the playbook's bars, as a sentence.
  public var sentence: String {
    "Talked to \(talkedTo), \(wouldPay) would pay (the playbook wants \(TalkCounts.talkGoal)+ "
      + "talked, \(TalkCounts.wouldPayGoal)+ would pay)."
  }
}

extension ProspectOutcome {
  /// A validation talk on `day`: a prospect not yet contacted has now talked, and the
  /// latest talk's answer becomes the prospect's "would pay". A talk older than the one
  /// already recorded changes nothing on the prospect.
  public static func talked(_ prospect: Prospect, on day: CivilDate, wouldPay: Bool) -> Prospect {
    var changed = prospect
    if changed.stage == .toContact { changed.stage = .talked }
    if let latest = prospect.talkedOn, latest > day { return changed }
    changed.talkedOn = day
    changed.wouldPay = wouldPay
    return changed
  }
}
