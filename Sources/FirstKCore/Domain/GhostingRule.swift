/// The playbook's "they ghost": asked, followed up to the last step, and silent since.
public enum GhostingRule {
  /// Ids of the prospects in stage asked whose last follow-up of the latest ask was due
  /// before `today` with no reply recorded since the ask.
  public static func ghosted(
    prospects: [Prospect], followUps: [FollowUp], on today: CivilDate
  ) -> [Int64] {
    var lastDue: [Int64: CivilDate] = [:]
    for followUp in followUps where followUp.isLast && followUp.status != .skipped {
      let id = followUp.prospectID
      lastDue[id] = max(lastDue[id] ?? followUp.due, followUp.due)
    }
    return prospects.compactMap { prospect in
      guard let id = prospect.id, prospect.stage == .asked, !prospect.repliedSinceAsk,
        let askedOn = prospect.askedOn, let due = lastDue[id], due >= askedOn, due < today
      else { return nil }
      return id
    }
  }
}
