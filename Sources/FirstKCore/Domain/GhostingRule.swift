/// The playbook's "they ghost": asked, followed up to the last step, and silent since.
public enum GhostingRule {
  /// Ids of the prospects in stage asked whose last follow-up of the latest ask was due
  /// before `today` with no reply recorded since the ask.
  public static func ghosted(
    prospects: [Prospect], followUps: [FollowUp], on today: CivilDate
  ) -> [Int64] {
    positions(in: prospects, followUps: followUps, on: today).compactMap { prospects[$0].id }
  }

  /// Moves the prospects who ghosted as of `today` to stage ghosted, in place, and
  /// returns their positions; an array not shared elsewhere is changed without a copy.
  @discardableResult
  public static func mark(
    _ prospects: inout [Prospect], followUps: [FollowUp], on today: CivilDate
  ) -> [Int] {
    let ghosted = positions(in: prospects, followUps: followUps, on: today)
    for position in ghosted { prospects[position].stage = .ghosted }
    return ghosted
  }

  /// Where in `prospects` the ones `ghosted(prospects:followUps:on:)` names sit.
  private static func positions(
    in prospects: [Prospect], followUps: [FollowUp], on today: CivilDate
  ) -> [Int] {
    // Fields are read through the arrays, not from copies of whole elements, since this
    // runs over every follow-up on each load.
    var lastDue: [Int64: CivilDate] = [:]
    for index in followUps.indices
    where followUps[index].isLast && followUps[index].status != .skipped {
      let id = followUps[index].prospectID
      let due = followUps[index].due
      lastDue[id] = max(lastDue[id] ?? due, due)
    }
    return prospects.indices.filter { index in
      guard prospects[index].stage == .asked, let id = prospects[index].id,
        !prospects[index].repliedSinceAsk, let askedOn = prospects[index].askedOn,
        let due = lastDue[id], due >= askedOn, due < today
      else { return false }
      return true
    }
  }
}
