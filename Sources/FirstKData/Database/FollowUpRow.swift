import FirstKCore

/// How a `FollowUp` is laid out in the follow_ups table, in one place for reads and writes.
enum FollowUpRow {
  static let columns = """
    id, prospect_id, due, step, step_count, day_number, status, done_on, message
    """

  /// The same columns qualified with the table alias `f`, for joins.
  static let aliasedColumns = """
    f.id, f.prospect_id, f.due, f.step, f.step_count, f.day_number, f.status, f.done_on,
    f.message
    """

  static let insertSQL = """
    INSERT INTO follow_ups (prospect_id, due, step, step_count, day_number, status, done_on,
      message)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
    """

  static let updateSQL = """
    UPDATE follow_ups SET prospect_id = ?, due = ?, step = ?, step_count = ?, day_number = ?,
      status = ?, done_on = ?, message = ?
    WHERE id = ?
    """

  /// Refuses step numbers the table's checks would reject, with a sentence instead.
  static func check(_ followUp: FollowUp) throws(DatabaseError) {
    guard followUp.step >= 1, followUp.stepCount >= followUp.step, followUp.dayNumber > 1
    else {
      throw .refused(
        "follow-up \(followUp.step) of \(followUp.stepCount) on day \(followUp.dayNumber) "
          + "makes no sense; steps count from 1 and days from 2 after the ask")
    }
  }

  /// The values for `insertSQL` and the first part of `updateSQL`, in column order.
  static func values(of followUp: FollowUp) -> [SQLValue] {
    [
      .integer(followUp.prospectID), .text(followUp.due.description),
      .integer(Int64(followUp.step)), .integer(Int64(followUp.stepCount)),
      .integer(Int64(followUp.dayNumber)), .text(followUp.status.rawValue),
      .optional(followUp.doneOn?.description), .text(followUp.message),
    ]
  }

  /// Reads one row selected with `columns` (or `aliasedColumns`), starting at `first`.
  static func decode(
    _ row: Statement, store: Store, from first: Int32 = 0
  ) throws(DatabaseError) -> FollowUp {
    var texts = RepeatedText()
    return try decode(row, store: store, from: first, texts: &texts)
  }

  /// Reads one row as `decode(_:store:from:)` does, sharing the message text with the
  /// earlier rows read with the same `texts`.
  static func decode(
    _ row: Statement, store: Store, from first: Int32 = 0, texts: inout RepeatedText
  ) throws(DatabaseError) -> FollowUp {
    let id = row.int64(first)
    func date(_ column: Int32) throws(DatabaseError) -> CivilDate? {
      try store.decodeDate(row, first + column, table: "follow_ups", id: id)
    }
    guard let due = try date(2) else {
      throw .unreadableRow(
        path: store.database.path, table: "follow_ups", id: id, reason: "no due date")
    }
    guard let status = row.rawValue(first + 6, as: FollowUpStatus.self) else {
      throw .unreadableRow(
        path: store.database.path, table: "follow_ups", id: id,
        reason: "bad status \"\(row.text(first + 6))\"")
    }
    return FollowUp(
      id: id, prospectID: row.int64(first + 1), due: due, step: Int(row.int64(first + 3)),
      stepCount: Int(row.int64(first + 4)), dayNumber: Int(row.int64(first + 5)),
      status: status, doneOn: try date(7), message: texts.text(row, first + 8))
  }
}
