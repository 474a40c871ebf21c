import FirstKCore
import FirstKData
import Foundation
import Testing

@testable import FirstKApp

/// `firstk export ics` checked by the rules of RFC 5545 and by a real parser, Python's
/// `icalendar` package.
@Suite struct CalendarExportTests {
  static let longName = "Zoë Łukasiewicz, 日本語の名前がとても長いお客様; \"Bob\""

  /// Two asked prospects (one with a long multi-byte name) and a sent follow-up.
  func planned() throws -> ScratchDatabase {
    let db = try ScratchDatabase()
    #expect(db.run("profile", "--name", "Invoicer", "--problem", "late invoices").status == 0)
    #expect(db.run("add", "prospect", Self.longName).status == 0)
    #expect(db.run("add", "prospect", "Ada").status == 0)
    #expect(db.run("ask", Self.longName, "--on", "2025-10-20").status == 0)
    #expect(db.run("ask", "Ada").status == 0)
    #expect(db.run("outcome", "#1", "sent").status == 0)
    return db
  }

  func export(_ db: ScratchDatabase, count: Int = 5) throws -> (path: String, bytes: Data) {
    let path = db.directory + "/calendar/follow-ups.ics"
    try FileManager.default.createDirectory(
      atPath: db.directory + "/calendar", withIntermediateDirectories: true)
    let result = db.run("export", "ics", "--out", path)
    #expect(result.status == 0)
    #expect(result.out == "Wrote \(count) follow-ups to \(path).\n")
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: db.directory + "/calendar")
    #expect(leftovers == ["follow-ups.ics"])
    return (path, try Data(contentsOf: URL(fileURLWithPath: path)))
  }

  @Test func fileFollowsTheFormatRules() throws {
    let db = try planned()
    let (_, bytes) = try export(db)
    let octets = [UInt8](bytes)
    for (index, byte) in octets.enumerated() {
      if byte == 0x0A { #expect(index > 0 && octets[index - 1] == 0x0D) }
      if byte == 0x0D { #expect(index + 1 < octets.count && octets[index + 1] == 0x0A) }
    }
    #expect(octets.suffix(2) == [0x0D, 0x0A])
    let physical = octets.split(separator: 0x0A).map { Array($0.dropLast()) }
    var folded = 0
    for line in physical {
      #expect(line.count <= 75)
      #expect(String(validatingCString: line.map { CChar(bitPattern: $0) } + [0]) != nil)
      if line.first == 0x20 { folded += 1 }
    }
    #expect(folded >= 2)

    let text = String(decoding: bytes, as: UTF8.self)
    let lines = text.replacingOccurrences(of: "\r\n ", with: "")
      .components(separatedBy: "\r\n").filter { !$0.isEmpty }
    let starts = lines.filter { $0.hasPrefix("DTSTART") }
    let ends = lines.filter { $0.hasPrefix("DTEND") }
    #expect(
      starts == [
        "DTSTART;VALUE=DATE:20251026", "DTSTART;VALUE=DATE:20251102",
        "DTSTART;VALUE=DATE:20251103", "DTSTART;VALUE=DATE:20251107",
        "DTSTART;VALUE=DATE:20251114",
      ])
    #expect(
      ends == [
        "DTEND;VALUE=DATE:20251027", "DTEND;VALUE=DATE:20251103",
        "DTEND;VALUE=DATE:20251104", "DTEND;VALUE=DATE:20251108",
        "DTEND;VALUE=DATE:20251115",
      ])
    let stamps = lines.filter { $0.hasPrefix("DTSTAMP:") }
    #expect(stamps.count == 5)
    let stampLength = "DTSTAMP:20251101T000000Z".count
    #expect(stamps.allSatisfy { $0.count == stampLength && $0.hasSuffix("Z") })
    let summary = try #require(lines.first { $0.hasPrefix("SUMMARY:") })
    let escapedName = "Zoë Łukasiewicz\\, 日本語の名前が"
      + "とても長いお客様\\; \"Bob\""
    #expect(summary == "SUMMARY:Follow up with \(escapedName) (2 of 3)")
  }

  @Test func uidsStayTheSameAcrossExports() throws {
    let db = try planned()
    func uids(_ count: Int) throws -> [String] {
      let text = String(decoding: try export(db, count: count).bytes, as: UTF8.self)
      return text.components(separatedBy: "\r\n").filter { $0.hasPrefix("UID:") }
    }
    let first = try uids(5)
    #expect(try uids(5) == first)
    #expect(first.count == 5)
    #expect(Set(first).count == 5)
    #expect(db.run("add", "prospect", "Late").status == 0)
    #expect(db.run("ask", "Late").status == 0)
    let second = try uids(8)
    #expect(Set(first).isSubset(of: Set(second)))
    #expect(second.count == 8)
    let stdout = db.run("export", "ics").out
    #expect(stdout.hasPrefix("BEGIN:VCALENDAR\r\n"))
    #expect(
      stdout.components(separatedBy: "\r\n").filter { $0.hasPrefix("UID:") }.sorted()
        == second.sorted())

    // Another database's first follow-up has the same row id, not the same event id.
    let other = try planned()
    let elsewhere = String(decoding: try export(other, count: 5).bytes, as: UTF8.self)
      .components(separatedBy: "\r\n").filter { $0.hasPrefix("UID:") }
    #expect(elsewhere.count == 5)
    #expect(Set(elsewhere).isDisjoint(with: Set(first)))
    #expect(first.allSatisfy { $0.hasPrefix("UID:followup-") && $0.hasSuffix("@firstk") })
  }

  @Test func pythonIcalendarReadsTheEvents() throws {
    let db = try planned()
    let (path, _) = try export(db)
    let script = """
      import sys, json
      try:
          import icalendar
      except ImportError:
          print("MISSING"); sys.exit(3)
      cal = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
      events = [
          {"start": e.decoded("dtstart").isoformat(), "end": e.decoded("dtend").isoformat(),
           "summary": str(e.get("summary")), "description": str(e.get("description")),
           "uid": str(e.get("uid")), "alarms": len(e.subcomponents)}
          for e in cal.walk("VEVENT")]
      print(json.dumps(events))
      """
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", script, path]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let output = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let text = String(decoding: output, as: UTF8.self)
    guard process.terminationStatus != 3 else {
      let message: Comment = """
        python3 cannot import icalendar; install it with `pip install icalendar` \
        (the CI script installs it) and run the tests again
        """
      Issue.record(message)
      return
    }
    #expect(process.terminationStatus == 0)
    let events = try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
    #expect(events.count == 5)
    #expect(
      events.map { $0["start"] as? String }
        == ["2025-10-26", "2025-11-02", "2025-11-03", "2025-11-07", "2025-11-14"])
    #expect(
      events.map { $0["end"] as? String }
        == ["2025-10-27", "2025-11-03", "2025-11-04", "2025-11-08", "2025-11-15"])
    #expect(
      events.map { $0["summary"] as? String } == [
        "Follow up with \(Self.longName) (2 of 3)", "Last follow-up with \(Self.longName)",
        "Follow up with Ada (1 of 3)", "Follow up with Ada (2 of 3)", "Last follow-up with Ada",
      ])
    #expect(events[2]["description"] as? String == "Hey, any questions about Invoicer?")
    #expect(events.allSatisfy { $0["alarms"] as? Int == 1 })
  }
}
