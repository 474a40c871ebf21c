import FirstKCore

/// How a `Prospect` is laid out in the prospects table, in one place for reads and writes.
enum ProspectRow {
  static let columns = """
    id, name, contact, company, channel, stage, notes, asked_on, would_pay, talked_on,
    replied_on, objection, objection_note
    """

  /// The same columns qualified with the table alias `p`, for joins.
  static let aliasedColumns = """
    p.id, p.name, p.contact, p.company, p.channel, p.stage, p.notes, p.asked_on,
    p.would_pay, p.talked_on, p.replied_on, p.objection, p.objection_note
    """

  static let insertSQL = """
    INSERT INTO prospects (name, contact, company, channel, stage, notes, asked_on,
      would_pay, talked_on, replied_on, objection, objection_note, name_key)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    """

  static let updateSQL = """
    UPDATE prospects SET name = ?, contact = ?, company = ?, channel = ?, stage = ?,
      notes = ?, asked_on = ?, would_pay = ?, talked_on = ?, replied_on = ?, objection = ?,
      objection_note = ?, name_key = ?
    WHERE id = ?
    """

  /// Refuses a prospect without a name, before anything is written.
  static func check(_ prospect: Prospect) throws(DatabaseError) {
    if prospect.name.trimmingSpaces().isEmpty { throw .refused("a prospect needs a name") }
  }

  /// The values for `insertSQL` and the first part of `updateSQL`, in column order.
  static func values(of prospect: Prospect) -> [SQLValue] {
    [
      .text(prospect.name), .text(prospect.contact), .text(prospect.company),
      .text(prospect.channel.rawValue), .text(prospect.stage.rawValue), .text(prospect.notes),
      .optional(prospect.askedOn?.description),
      .optional(prospect.wouldPay.map { $0 ? 1 : 0 }),
      .optional(prospect.talkedOn?.description), .optional(prospect.repliedOn?.description),
      .optional(prospect.objection?.rawValue), .text(prospect.objectionNote),
      .text(ProspectNames.key(prospect.name)),
    ]
  }

  /// Reads one row selected with `columns` (or `aliasedColumns`), starting at `first`.
  static func decode(
    _ row: Statement, store: Store, from first: Int32 = 0
  ) throws(DatabaseError) -> Prospect {
    var texts = RepeatedText()
    return try decode(row, store: store, from: first, texts: &texts)
  }

  /// Reads one row as `decode(_:store:from:)` does, sharing the company's name with the
  /// earlier rows read with the same `texts`.
  static func decode(
    _ row: Statement, store: Store, from first: Int32 = 0, texts: inout RepeatedText
  ) throws(DatabaseError) -> Prospect {
    let id = row.int64(first)
    func unreadable(_ reason: String) -> DatabaseError {
      .unreadableRow(path: store.database.path, table: "prospects", id: id, reason: reason)
    }
    func date(_ column: Int32) throws(DatabaseError) -> CivilDate? {
      try store.decodeDate(row, first + column, table: "prospects", id: id)
    }
    guard let channel = row.rawValue(first + 4, as: Channel.self) else {
      throw unreadable("bad channel \"\(row.text(first + 4))\"")
    }
    guard let stage = row.rawValue(first + 5, as: ProspectStage.self) else {
      throw unreadable("bad stage \"\(row.text(first + 5))\"")
    }
    var objection: ObjectionKind?
    if !row.isNull(first + 11) {
      guard let kind = row.rawValue(first + 11, as: ObjectionKind.self) else {
        throw unreadable("bad objection \"\(row.text(first + 11))\"")
      }
      objection = kind
    }
    return Prospect(
      id: id, name: row.text(first + 1), contact: row.text(first + 2),
      company: texts.text(row, first + 3), channel: channel, stage: stage,
      notes: row.text(first + 6), askedOn: try date(7),
      wouldPay: row.optionalInt64(first + 8).map { $0 != 0 }, talkedOn: try date(9),
      repliedOn: try date(10), objection: objection, objectionNote: row.text(first + 12))
  }
}
