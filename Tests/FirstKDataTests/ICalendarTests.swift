import Testing

@testable import FirstKCore
@testable import FirstKData

@Suite struct ICalendarTests {
  let followUp = FollowUp(
    id: 42, prospectID: 7, due: CivilDate(year: 2025, month: 11, day: 7)!, step: 2,
    stepCount: 3, dayNumber: 7,
    message: "Checking in - still interested in solving late invoices?")

  @Test func oneEventExactly() {
    let text = ICalendar.document(
      followUps: [(followUp, prospectName: "Ada Lovelace")], now: "20251105T093000Z",
      productName: "Invoicer", calendarID: "c0ffee")
    let expected = [
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//firstk//Follow-ups//EN",
      "CALSCALE:GREGORIAN",
      "METHOD:PUBLISH",
      "X-WR-CALNAME:Invoicer follow-ups",
      "BEGIN:VEVENT",
      "UID:followup-42-c0ffee@firstk",
      "DTSTAMP:20251105T093000Z",
      "DTSTART;VALUE=DATE:20251107",
      "DTEND;VALUE=DATE:20251108",
      "SUMMARY:Follow up with Ada Lovelace (2 of 3)",
      "DESCRIPTION:Checking in - still interested in solving late invoices?",
      "TRANSP:TRANSPARENT",
      "BEGIN:VALARM",
      "ACTION:DISPLAY",
      "TRIGGER:PT9H",
      "DESCRIPTION:Follow up with Ada Lovelace (2 of 3)",
      "END:VALARM",
      "END:VEVENT",
      "END:VCALENDAR",
    ].joined(separator: "\r\n") + "\r\n"
    #expect(text == expected)
  }

  @Test func lastStepAndUnsavedFollowUpsAndYearEnd() {
    var last = followUp
    last.id = nil
    last.step = 3
    last.due = CivilDate(year: 2025, month: 12, day: 31)!
    let text = ICalendar.document(
      followUps: [(last, prospectName: "Bo")], now: "20251105T093000Z", productName: "", calendarID: "c0ffee")
    #expect(text.contains("\r\nX-WR-CALNAME:firstk follow-ups\r\n"))
    #expect(text.contains("\r\nUID:followup-7-20251231-3-c0ffee@firstk\r\n"))
    #expect(text.contains("\r\nDTSTART;VALUE=DATE:20251231\r\nDTEND;VALUE=DATE:20260101\r\n"))
    #expect(text.contains("\r\nSUMMARY:Last follow-up with Bo\r\n"))
    let empty = ICalendar.document(followUps: [], now: "20251105T093000Z", productName: "x", calendarID: "c0ffee")
    #expect(!empty.contains("VEVENT"))
    #expect(empty.hasSuffix("METHOD:PUBLISH\r\nX-WR-CALNAME:x follow-ups\r\nEND:VCALENDAR\r\n"))
  }

  @Test func textIsEscaped() {
    #expect(ICalendar.escape("a\\b;c,d\ne\r\nf\rg\th\u{1B}[31m")
      == "a\\\\b\\;c\\,d\\ne\\nf\\ng\th?[31m")
    var odd = followUp
    odd.message = "Hi; you, me\nthen"
    let text = ICalendar.document(
      followUps: [(odd, prospectName: "Doe, Jane; CEO")], now: "20251105T093000Z",
      productName: "A,B", calendarID: "c0ffee")
    #expect(text.contains("\r\nX-WR-CALNAME:A\\,B follow-ups\r\n"))
    #expect(text.contains("\r\nSUMMARY:Follow up with Doe\\, Jane\\; CEO (2 of 3)\r\n"))
    #expect(text.contains("\r\nDESCRIPTION:Hi\\; you\\, me\\nthen\r\n"))
  }

  @Test func longUTF8LinesFoldAt75OctetsBetweenCharacters() {
    let message = String(repeating: "Grüße, 日本の友達 🚀 — ", count: 12)
    var long = followUp
    long.message = message
    let text = ICalendar.document(
      followUps: [(long, prospectName: "Zoë")], now: "20251105T093000Z", productName: "P",
      calendarID: "c0ffee")
    let bytes = Array(text.utf8)
    var lines: [[UInt8]] = [[]]
    var index = 0
    while index < bytes.count {
      if bytes[index] == 13 && index + 1 < bytes.count && bytes[index + 1] == 10 {
        lines.append([])
        index += 2
      } else {
        #expect(bytes[index] != 10 && bytes[index] != 13)
        lines[lines.count - 1].append(bytes[index])
        index += 1
      }
    }
    #expect(lines.last == [])
    lines.removeLast()
    for line in lines {
      #expect(line.count <= 75)
      #expect(String(validating: line, as: UTF8.self) != nil)
    }
    let start = lines.firstIndex { $0.starts(with: Array("DESCRIPTION:Gr".utf8)) }!
    let block = [lines[start]] + lines[(start + 1)...].prefix { $0.first == 32 }
    #expect(block.count == 6)
    #expect(block.dropLast().allSatisfy { $0.count > 71 })

    let unfolded = text.replacing("\r\n ", with: "")
    let description = unfolded.split(separator: "\r\n")
      .first { $0.hasPrefix("DESCRIPTION:Gr") }
    #expect(description.map(String.init) == "DESCRIPTION:" + ICalendar.escape(message))
  }

  @Test func foldingCountsOctetsNotCharacters() {
    let line = "DESCRIPTION:" + String(repeating: "é", count: 40)
    let folded = ICalendar.fold(line)
    let parts = folded.split(separator: "\r\n", omittingEmptySubsequences: false)
    #expect(parts.map { $0.utf8.count } == [74, 19])
    #expect(parts[0] == "DESCRIPTION:" + String(repeating: "é", count: 31))
    #expect(parts[1] == " " + String(repeating: "é", count: 9))
    #expect(ICalendar.fold(String(repeating: "a", count: 75)) == String(repeating: "a", count: 75))
    #expect(ICalendar.fold(String(repeating: "a", count: 76))
      == String(repeating: "a", count: 75) + "\r\n a")
  }
}
