import FirstKCore

/// Reads lead lists into prospects to contact: LinkedIn's `Connections.csv` (with or
/// without its notes preamble), Google Contacts exports, and any CSV with a name column.
///
/// LinkedIn connections get the channel `dm` and their profile URL as the contact, since
/// a connection is reached by message there; an email in the row goes into the notes.
/// Other rows get `email` when they have an address, else `other`.
public enum LeadsImport {
  /// The prospects in `text` and a line-by-line account of rows left out. Throws when
  /// the file is no CSV or has no header with a name column.
  public static func parse(_ text: String) throws(CSVError) -> LeadImport {
    let records = try CSVReader.records(in: text)
    guard let headerIndex = records.firstIndex(where: { LeadColumns(CSVHeader($0.fields)) != nil })
    else {
      guard let first = records.first(where: { !$0.isBlank }) else {
        throw CSVError(line: 1, reason: "the file is empty; export your contacts again")
      }
      throw CSVError(
        line: first.line,
        reason: "no header with a name column was found; the file needs a column named "
          + "Name, or First Name and Last Name, as LinkedIn and Google Contacts write them")
    }
    let columns = LeadColumns(CSVHeader(records[headerIndex].fields))!
    var result = LeadImport(source: columns.source)
    var seen = LeadKeys()
    for record in records[(headerIndex + 1)...] where !record.isBlank {
      guard let lead = read(record, columns, into: &result) else { continue }
      let keys = LeadKeys.of(lead.prospect, email: lead.email)
      if let original = seen.match(keys) {
        result.duplicates.append(
          LeadDuplicate(line: record.line, name: lead.prospect.name, original: original))
      } else {
        seen.insert(keys, origin: "line \(record.line)")
        result.leads.append(lead)
      }
    }
    return result
  }

  /// One row as a lead, or nil (with the reason recorded) when it cannot be one.
  static func read(
    _ record: CSVRecord, _ columns: LeadColumns, into result: inout LeadImport
  ) -> ImportedLead? {
    let value = { (column: Int?) in firstOfMany(columns.header.value(column, in: record)) }
    let name = value(columns.name).isEmpty
      ? [columns.first, columns.middle, columns.last].map(value).filter { !$0.isEmpty }
        .joined(separator: " ")
      : value(columns.name)
    guard !name.isEmpty else {
      let filled = record.fields.map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
      if filled.allSatisfy({ LeadDate.parse($0) != nil }) {
        result.dateOnlyLines.append(record.line)
      } else {
        result.problems.append(LeadProblem(
          line: record.line, message: "the row has no name, so it was not imported; "
            + "add a name and import the file again"))
      }
      return nil
    }

    var email = value(columns.email)
    if !email.isEmpty && !email.contains("@") {
      result.problems.append(LeadProblem(
        line: record.line, message: "'\(email)' is not an email address; "
          + "\(name) was imported without it"))
      email = ""
    }
    var notes = [value(columns.title)]
    let url = value(columns.url)
    let channel: Channel
    let contact: String
    if columns.source == .linkedIn && !url.isEmpty {
      channel = .dm
      contact = url
      if !email.isEmpty { notes.append("email " + email) }
    } else {
      channel = email.isEmpty ? (columns.source == .linkedIn ? .dm : .other) : .email
      contact = email.isEmpty ? value(columns.otherContact) : email
    }
    notes.append(connectedNote(value(columns.connectedOn), line: record.line, into: &result))
    notes.append(value(columns.notes))

    let prospect = Prospect(
      name: name, contact: contact, company: value(columns.company), channel: channel,
      stage: .toContact, notes: notes.filter { !$0.isEmpty }.joined(separator: "; "))
    return ImportedLead(line: record.line, prospect: prospect, email: email)
  }

  /// "connected 2024-10-09", or "" with a problem noted when the date is unreadable.
  static func connectedNote(
    _ text: String, line: Int, into result: inout LeadImport
  ) -> String {
    guard !text.isEmpty else { return "" }
    guard let day = LeadDate.parse(text) else {
      result.problems.append(LeadProblem(
        line: line, message: "'\(text)' is not a date like 09 Oct 2024 or 6-Feb-26; "
          + "the connection date was left out"))
      return ""
    }
    return "connected \(day)"
  }

  /// The first of several values Google Contacts joins with ` ::: ` in one cell.
  static func firstOfMany(_ text: String) -> String {
    guard let range = text.firstRange(of: ":::") else { return text }
    return text[..<range.lowerBound].trimmingSpaces()
  }
}

/// Where a lead file keeps each field, and which kind of file it is.
struct LeadColumns {
  let header: CSVHeader
  let source: LeadSource
  let name, first, middle, last: Int?
  let email, company, title, url, notes, connectedOn, otherContact: Int?

  /// Nil when the header has no name column, so it is no header at all.
  init?(_ header: CSVHeader) {
    self.header = header
    name = header.column("name", "full name", "contact name")
    first = header.column("first name", "given name", "firstname")
    middle = header.column("middle name", "additional name")
    last = header.column("last name", "family name", "lastname", "surname")
    guard name != nil || first != nil else { return nil }
    email = header.column(
      "email address", "e-mail 1 - value", "email", "e-mail", "email 1 - value", "mail")
    company = header.column(
      "company", "organization 1 - name", "organization name", "organization", "organisation")
    title = header.column("position", "organization 1 - title", "organization title", "title")
    url = header.column("url")
    notes = header.column("notes", "note", "comments")
    connectedOn = header.column("connected on")
    otherContact = header.column(
      "contact", "handle", "phone 1 - value", "phone", "profile", "website", "url")
    if connectedOn != nil || (url != nil && first != nil && header.column("position") != nil) {
      source = .linkedIn
    } else if header.names.contains(where: { CSVHeader.normalize($0).hasPrefix("e-mail 1 - ") })
      || header.column("given name", "organization 1 - name") != nil
    {
      source = .googleContacts
    } else {
      source = .generic
    }
  }
}
