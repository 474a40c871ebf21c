/// Whether a follow-up still has to be sent.
public enum FollowUpStatus: String, CaseIterable, Equatable, Sendable {
  case due
  case sent
  /// No longer needed: the prospect replied, paid, was lost or was asked again.
  case skipped
}

/// One planned message to a prospect after an ask, on a calendar day.
public struct FollowUp: Equatable, Sendable, Identifiable {
  /// The database row id; nil until saved.
  public var id: Int64?
  public var prospectID: Int64
  public var due: CivilDate
  /// The follow-up's number after the ask, from 1.
  public var step: Int
  /// How many follow-ups the ask planned; the step equal to it is the last.
  public var stepCount: Int
  /// The day counted from the ask, which is day 1: 3, 7 or 14 by default.
  public var dayNumber: Int
  public var status: FollowUpStatus
  /// When it was sent or skipped.
  public var doneOn: CivilDate?
  /// The text to send, filled with the product name and problem.
  public var message: String

  public init(
    id: Int64? = nil, prospectID: Int64, due: CivilDate, step: Int, stepCount: Int,
    dayNumber: Int, status: FollowUpStatus = .due, doneOn: CivilDate? = nil, message: String
  ) {
    self.id = id
    self.prospectID = prospectID
    self.due = due
    self.step = step
    self.stepCount = stepCount
    self.dayNumber = dayNumber
    self.status = status
    self.doneOn = doneOn
    self.message = message
  }

  /// The playbook's "last follow-up": after it, silence means the prospect ghosted.
  public var isLast: Bool { step >= stepCount }

  /// True while the follow-up still waits to be sent.
  public var isPending: Bool { status == .due }

  /// "follow-up 2 of 3", or "last follow-up" for the final one.
  public var stepLabel: String {
    isLast ? "last follow-up" : "follow-up \(step) of \(stepCount)"
  }
}
