/// Plans the follow-ups of one ask on calendar days, so no clock or time zone can move them.
public enum FollowUpSchedule {
  /// The follow-ups of an ask on `askedOn` (day 1): one per cadence day, due that many
  /// days minus one after the ask, each with its filled message.
  public static func make(
    prospectID: Int64, askedOn: CivilDate, cadence: FollowUpCadence = .playbook,
    messages: FollowUpMessages
  ) -> [FollowUp] {
    let count = cadence.days.count
    return cadence.days.enumerated().map { index, dayNumber in
      FollowUp(
        prospectID: prospectID, due: askedOn.adding(days: dayNumber - 1), step: index + 1,
        stepCount: count, dayNumber: dayNumber,
        message: messages.template(step: index + 1, of: count))
    }
  }
}
