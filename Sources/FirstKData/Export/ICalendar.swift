import FirstKCore

/// Writes follow-ups as an iCalendar file (RFC 5545) that calendar apps subscribe to or
/// import, so the reminders reach a phone as well as the dashboard.
public enum ICalendar {
  /// One all-day event per follow-up with a morning reminder. `now` is the export time
  /// in UTC as `YYYYMMDDTHHMMSSZ`; the caller passes it so output is reproducible.
  /// `calendarID` names the database, so event ids from two databases never meet.
  public static func document(
    followUps: [(followUp: FollowUp, prospectName: String)], now: String, productName: String,
    calendarID: String
  ) -> String {
    let product = productName.trimmingSpaces()
    let calendarName = product.isEmpty ? "firstk follow-ups" : "\(product) follow-ups"
    var lines = [
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//firstk//Follow-ups//EN",
      "CALSCALE:GREGORIAN",
      "METHOD:PUBLISH",
      "X-WR-CALNAME:" + escape(calendarName),
    ]
    for (followUp, prospectName) in followUps {
      let name = prospectName.trimmingSpaces().isEmpty ? "a prospect" : prospectName
      let summary = followUp.isLast
        ? "Last follow-up with \(name)"
        : "Follow up with \(name) (\(followUp.step) of \(followUp.stepCount))"
      lines += [
        "BEGIN:VEVENT",
        "UID:" + uid(followUp, calendarID: calendarID),
        "DTSTAMP:" + now,
        "DTSTART;VALUE=DATE:" + basic(followUp.due),
        "DTEND;VALUE=DATE:" + basic(followUp.due.adding(days: 1)),
        "SUMMARY:" + escape(summary),
        "DESCRIPTION:" + escape(followUp.message),
        "TRANSP:TRANSPARENT",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        "TRIGGER:PT9H",
        "DESCRIPTION:" + escape(summary),
        "END:VALARM",
        "END:VEVENT",
      ]
    }
    lines.append("END:VCALENDAR")
    return lines.map(fold).joined(separator: "\r\n") + "\r\n"
  }

  /// Stays the same across exports: the row id once saved, else the prospect and step,
  /// with the database's calendar id.
  static func uid(_ followUp: FollowUp, calendarID: String) -> String {
    let local = followUp.id.map { "\($0)" }
      ?? "\(followUp.prospectID)-\(basic(followUp.due))-\(followUp.step)"
    return "followup-\(local)-\(calendarID)@firstk"
  }

  /// `YYYYMMDD`.
  static func basic(_ day: CivilDate) -> String {
    String(day.description.filter { $0 != "-" })
  }

  /// Escapes a TEXT value: backslash, semicolon, comma and line ends; other control
  /// characters, which the format forbids, become `?`.
  static func escape(_ text: String) -> String {
    var out = ""
    var scalars = text.unicodeScalars.makeIterator()
    var pending = scalars.next()
    while let scalar = pending {
      pending = scalars.next()
      switch scalar {
      case "\\": out += "\\\\"
      case ";": out += "\\;"
      case ",": out += "\\,"
      case "\n": out += "\\n"
      case "\r":
        out += "\\n"
        if pending == "\n" { pending = scalars.next() }
      case "\t": out.unicodeScalars.append(scalar)
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F {
          out += "?"
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out
  }

  /// Folds a content line so no physical line exceeds 75 octets, breaking only between
  /// UTF-8 characters; each continuation starts with one space.
  static func fold(_ line: String) -> String {
    var out = String.UnicodeScalarView()
    var octets = 0
    for scalar in line.unicodeScalars {
      let size = UTF8.width(scalar)
      if octets + size > 75 {
        out.append(contentsOf: "\r\n ".unicodeScalars)
        octets = 1
      }
      out.append(scalar)
      octets += size
    }
    return String(out)
  }
}
