import Foundation
import Testing

@testable import FirstKCore
@testable import FirstKData

@Suite struct LeadsImportTests {
  func fixture(_ name: String) throws -> String {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Fixtures").appendingPathComponent(name)
    return try String(contentsOf: url, encoding: .utf8)
  }

  func lead(
    _ line: Int, _ name: String, contact: String = "", company: String = "",
    channel: Channel, notes: String = "", email: String = ""
  ) -> ImportedLead {
    ImportedLead(
      line: line,
      prospect: Prospect(
        name: name, contact: contact, company: company, channel: channel, notes: notes),
      email: email)
  }

  @Test func linkedInWithItsNotesPreamble() throws {
    let result = try LeadsImport.parse(fixture("linkedin-connections.csv"))
    #expect(result.source == .linkedIn)
    #expect(result.leads == [
      lead(5, "Ada Lovelace", contact: "https://www.linkedin.com/in/ada-lovelace",
           company: "Analytical Engines", channel: .dm,
           notes: "CTO; email ada@example.com; connected 2024-10-09", email: "ada@example.com"),
      lead(6, "Grace Hopper", contact: "https://www.linkedin.com/in/grace-hopper",
           company: "Navy, US", channel: .dm, notes: "Rear Admiral; connected 2026-02-06"),
      lead(8, "Alan Turing", contact: "https://www.linkedin.com/in/alan-turing",
           company: "Bletchley Park", channel: .dm),
      lead(11, "Linus", contact: "linus@example.org", channel: .email,
           notes: "connected 2024-05-01", email: "linus@example.org"),
    ])
    #expect(result.leads.allSatisfy { $0.prospect.stage == .toContact && $0.prospect.id == nil })
    #expect(result.dateOnlyLines == [7])
    #expect(result.duplicates == [
      LeadDuplicate(line: 9, name: "ada lovelace", original: "line 5"),
    ])
    #expect(result.problems.map(\.description) == [
      "line 8: 'sometime in 1940' is not a date like 09 Oct 2024 or 6-Feb-26; "
        + "the connection date was left out",
      "line 10: the row has no name, so it was not imported; "
        + "add a name and import the file again",
    ])
  }

  @Test func linkedInResavedWithoutThePreamble() throws {
    let result = try LeadsImport.parse(fixture("linkedin-resaved.csv"))
    #expect(result.source == .linkedIn)
    #expect(result.leads == [
      lead(2, "Margaret Hamilton", contact: "https://www.linkedin.com/in/mh", company: "NASA",
           channel: .dm, notes: "Lead; connected 2025-07-07"),
      lead(4, "Karen Spärck Jones", contact: "https://www.linkedin.com/in/ksj",
           company: "Cambridge", channel: .dm, notes: "connected 2019-11-21"),
    ])
    #expect(result.dateOnlyLines == [3])
    #expect(result.duplicates.isEmpty)
    #expect(result.problems.isEmpty)
  }

  @Test func googleContactsTakeTheFirstOfSeveralValues() throws {
    let result = try LeadsImport.parse(fixture("google-contacts.csv"))
    #expect(result.source == .googleContacts)
    #expect(result.leads == [
      lead(2, "Hedy Lamarr", contact: "hedy@example.com", company: "Frequency Labs",
           channel: .email, notes: "Inventor; Met at the radio meetup",
           email: "hedy@example.com"),
      lead(3, "Katherine Johnson", contact: "+1 555 0101", channel: .other),
      lead(4, "Edsger Dijkstra", contact: "edsger@example.nl", channel: .email,
           email: "edsger@example.nl"),
      lead(7, "Barbara Liskov", company: "MIT", channel: .other),
    ])
    #expect(result.duplicates == [
      LeadDuplicate(line: 6, name: "Edsger W. Dijkstra", original: "line 4"),
    ])
    #expect(result.dateOnlyLines.isEmpty)
    #expect(result.problems == [
      LeadProblem(line: 5, message: "the row has no name, so it was not imported; "
        + "add a name and import the file again"),
      LeadProblem(line: 7, message: "'barbara at example dot com' is not an email address; "
        + "Barbara Liskov was imported without it"),
    ])
  }

  @Test func anyCSVWithANameColumn() throws {
    let result = try LeadsImport.parse(fixture("generic-leads.csv"))
    #expect(result.source == .generic)
    #expect(result.leads == [
      lead(2, "Frances Allen", contact: "fran@example.com", company: "IBM", channel: .email,
           notes: "asked about pricing", email: "fran@example.com"),
      lead(5, "John Backus", company: "IBM", channel: .other),
    ])
    #expect(result.duplicates == [
      LeadDuplicate(line: 4, name: "Frances  Allen", original: "line 2"),
    ])
    #expect(result.problems.map(\.line) == [3])
  }

  @Test func savedProspectsAreNotCreatedTwice() throws {
    let existing = [
      Prospect(id: 4, name: "grace hopper", company: "navy,  us"),
      Prospect(id: 5, name: "Someone Else", contact: "LINUS@example.org"),
      Prospect(id: 6, name: "Alan Turing", company: "Other Place"),
    ]
    let result = try LeadsImport.parse(fixture("linkedin-connections.csv"))
      .removingExisting(existing)
    #expect(result.leads.map(\.line) == [5, 8])
    #expect(result.duplicates == [
      LeadDuplicate(line: 6, name: "Grace Hopper", original: "the saved prospect grace hopper"),
      LeadDuplicate(line: 9, name: "ada lovelace", original: "line 5"),
      LeadDuplicate(line: 11, name: "Linus", original: "the saved prospect Someone Else"),
    ])
  }

  @Test func filesThatAreNoLeadListsSaySo() throws {
    #expect(throws: CSVError(
      line: 1,
      reason: "no header with a name column was found; the file needs a column named "
        + "Name, or First Name and Last Name, as LinkedIn and Google Contacts write them")) {
      try LeadsImport.parse(fixture("no-name-column.csv"))
    }
    #expect(throws: CSVError(line: 1, reason: "the file is empty; export your contacts again")) {
      try LeadsImport.parse("\n\n")
    }
    #expect(throws: CSVError(line: 2, reason: "a quoted field is never closed")) {
      try LeadsImport.parse("name\n\"Ada\n")
    }
  }

  @Test func leadDates() {
    #expect(LeadDate.parse("09 Oct 2024") == CivilDate(year: 2024, month: 10, day: 9))
    #expect(LeadDate.parse("6-Feb-26") == CivilDate(year: 2026, month: 2, day: 6))
    #expect(LeadDate.parse("6-sept-26") == CivilDate(year: 2026, month: 9, day: 6))
    #expect(LeadDate.parse("9 October 2024") == CivilDate(year: 2024, month: 10, day: 9))
    #expect(LeadDate.parse(" 2024-10-09 ") == CivilDate(year: 2024, month: 10, day: 9))
    #expect(LeadDate.parse("29 Feb 2023") == nil)
    #expect(LeadDate.parse("09 Octopus 2024") == nil)
    #expect(LeadDate.parse("Oct 09 2024") == nil)
    #expect(LeadDate.parse("09 Oct 224") == nil)
    #expect(LeadDate.parse("") == nil)
  }
}
