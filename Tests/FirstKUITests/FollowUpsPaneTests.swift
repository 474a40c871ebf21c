import Testing

@testable import FirstKCore
@testable import FirstKUI

@Suite struct FollowUpsPaneTests {
  static let today = CivilDate(year: 2025, month: 11, day: 5)!

  /// Today 2025-11-05: Ada's day 3 overdue, Cy's day 7 due today, Bob (whose name carries
  /// an escape sequence) still to ask.
  static func busy() -> AppState {
    var state = AppState(today: today)
    state.profile = Profile(productName: "Invoicer", problem: "late invoices")
    state.prospects = [
      Prospect(id: 1, name: "Ada Lovelace", stage: .asked, askedOn: today.adding(days: -4)),
      Prospect(id: 2, name: "Bob\u{1B}[31m", channel: .dm),
      Prospect(id: 3, name: "Cy", stage: .asked, askedOn: today.adding(days: -6)),
    ]
    let messages = FollowUpMessages.playbook.filled(with: state.profile)
    state.followUps =
      FollowUpSchedule.make(prospectID: 1, askedOn: today.adding(days: -4), messages: messages)
      + FollowUpSchedule.make(prospectID: 3, askedOn: today.adding(days: -6), messages: messages)
    state.followUps[3].status = .sent
    state.followUps[3].doneOn = today.adding(days: -4)
    return state
  }

  func render(
    _ state: AppState, width: Int, height: Int, glyphs: Glyphs = .unicode
  ) -> GridCanvas {
    var canvas = GridCanvas(width: width, height: height)
    FollowUpsPane.draw(state, in: canvas.bounds, glyphs: glyphs, canvas: &canvas)
    return canvas
  }

  /// The frame's lines without trailing spaces and without the blank rows at the bottom.
  func picture(_ canvas: GridCanvas) -> [String] {
    var lines = canvas.text.split(separator: "\n", omittingEmptySubsequences: false)
      .map(String.init)
    while lines.last == "" { lines.removeLast() }
    return lines
  }

  /// The cell at the first column of `text` on row `y`.
  func cell(_ canvas: GridCanvas, _ text: String, row y: Int) -> Cell {
    let line = canvas.lines[y]
    let offset = line.distance(from: line.startIndex, to: line.firstRange(of: text)!.lowerBound)
    return canvas[offset, y]
  }

  @Test func narrowPaneWithProspects() {
    let canvas = render(Self.busy(), width: 38, height: 30)
    #expect(picture(canvas) == [
      "            November 2025",
      "         Mo Tu We Th Fr Sa Su",
      "                         1  2",
      "",
      "          3  4  5  6  7  8  9",
      "         •1    •1    •1",
      "         10 11 12 13 14 15 16",
      "               •1    •1",
      "         17 18 19 20 21 22 23",
      "",
      "         24 25 26 27 28 29 30",
      "",
      "",
      "Wednesday 5 November 2025 (today)",
      "▸ Ada Lovelace",
      "  follow-up 1 of 3, overdue since",
      "  Mon 3 Nov",
      "  Hey, any questions about Invoicer?",
      "  Cy",
      "  follow-up 2 of 3",
      "  Checking in - still interested in",
      "  solving late invoices?",
      "  Bob?[31m",
      "  not asked yet, dm",
    ])
    #expect(cell(canvas, " 3  4", row: 4).style == Style(.overdue, bold: true))
    #expect(cell(canvas, "•1", row: 5).style == Style(.overdue, bold: true))
    #expect(canvas[15, 4].style == Style(.today, bold: true, reverse: true))
    #expect(canvas[15, 5].style == Style(.accent, bold: true))
    #expect(canvas[18, 4].style == Style(.text))
    #expect(canvas[0, 14].style == Style(.selection, bold: true))
    #expect(canvas[37, 14].style == Style(.selection, bold: true))
    #expect(canvas[2, 15].style == Style(.overdue))
    #expect(canvas[2, 18].style == Style(.text, bold: true))
    #expect(canvas[2, 19].style == Style(.muted))
  }

  @Test func narrowPaneWithoutProspects() {
    let canvas = render(AppState(today: Self.today), width: 38, height: 30)
    #expect(picture(canvas) == [
      "            November 2025",
      "         Mo Tu We Th Fr Sa Su",
      "                         1  2",
      "",
      "          3  4  5  6  7  8  9",
      "",
      "         10 11 12 13 14 15 16",
      "",
      "         17 18 19 20 21 22 23",
      "",
      "         24 25 26 27 28 29 30",
      "",
      "",
      "Wednesday 5 November 2025 (today)",
      "No prospects yet. Press n to add",
      "someone you will ask to pay (or run",
      "`firstk add prospect NAME`), or i to",
      "import a LinkedIn or Google Contacts",
      "CSV (or `firstk import leads FILE`).",
    ])
    #expect(canvas[15, 4].style == Style(.today, bold: true, reverse: true))
    #expect(canvas[0, 14].style == Style(.muted))
  }

  @Test func widePaneWithProspects() {
    let canvas = render(Self.busy(), width: 78, height: 30)
    #expect(picture(canvas) == [
      "                                November 2025",
      "                      Mon  Tue  Wed  Thu  Fri  Sat  Sun",
      "                                                 1    2",
      "",
      "                        3    4    5    6    7    8    9",
      "                       •1        •1        •1",
      "                       10   11   12   13   14   15   16",
      "                                 •1        •1",
      "                       17   18   19   20   21   22   23",
      "",
      "                       24   25   26   27   28   29   30",
      "",
      "",
      "Wednesday 5 November 2025 (today)",
      "▸ Ada Lovelace",
      "  follow-up 1 of 3, overdue since Mon 3 Nov",
      "  Hey, any questions about Invoicer?",
      "  Cy",
      "  follow-up 2 of 3",
      "  Checking in - still interested in solving late invoices?",
      "  Bob?[31m",
      "  not asked yet, dm",
    ])
    #expect(canvas[32, 4].style == Style(.today, bold: true, reverse: true))
    #expect(canvas[34, 4].style == Style(.today, bold: true, reverse: true))
    #expect(canvas[35, 4].style == Style.plain)
    #expect(canvas[24, 4].style == Style(.overdue, bold: true))
  }

  @Test func widePaneWithoutProspects() {
    let canvas = render(AppState(today: Self.today), width: 78, height: 30)
    #expect(picture(canvas).suffix(4) == [
      "Wednesday 5 November 2025 (today)",
      "No prospects yet. Press n to add someone you will ask to pay (or run `firstk",
      "add prospect NAME`), or i to import a LinkedIn or Google Contacts CSV (or",
      "`firstk import leads FILE`).",
    ])
    #expect(picture(canvas)[4] == "                        3    4    5    6    7    8    9")
  }

  @Test func weekStartsOnSundayAndAnotherDayIsSelected() {
    var state = Self.busy()
    state.profile.firstWeekday = 0
    state.calendar.selectedDay = CivilDate(year: 2025, month: 11, day: 7)!
    let canvas = render(state, width: 78, height: 24)
    #expect(picture(canvas) == [
      "                                November 2025",
      "                      Sun  Mon  Tue  Wed  Thu  Fri  Sat",
      "                                                      1",
      "",
      "                        2    3    4    5    6    7    8",
      "                            •1        •1        •1",
      "                        9   10   11   12   13   14   15",
      "                                      •1        •1",
      "                       16   17   18   19   20   21   22",
      "",
      "                       23   24   25   26   27   28   29",
      "",
      "                       30",
      "",
      "",
      "Friday 7 November 2025",
      "▸ Ada Lovelace",
      "  follow-up 2 of 3",
      "  Checking in - still interested in solving late invoices?",
    ])
    #expect(canvas[49, 4].style == Style(.text, reverse: true))
    #expect(canvas[39, 4].style == Style(.today, bold: true))
  }

  @Test func wideAndShortPutsTheAgendaBeside() {
    let canvas = render(Self.busy(), width: 90, height: 12)
    #expect(picture(canvas) == [
      "           November 2025             Wednesday 5 November 2025 (today)",
      " Mon  Tue  Wed  Thu  Fri  Sat  Sun   ▸ Ada Lovelace",
      "                            1    2     follow-up 1 of 3, overdue since Mon 3 Nov",
      "                                       Hey, any questions about Invoicer?",
      "   3    4    5    6    7    8    9     Cy",
      "  •1        •1        •1               follow-up 2 of 3",
      "  10   11   12   13   14   15   16     Checking in - still interested in solving late",
      "            •1        •1               invoices?",
      "  17   18   19   20   21   22   23     Bob?[31m",
      "                                       not asked yet, dm",
      "  24   25   26   27   28   29   30",
    ])
  }

  @Test func shortPaneMarksDaysInsteadOfCountingAndScrolls() {
    var state = Self.busy()
    #expect(picture(render(state, width: 38, height: 16)) == [
      "            November 2025",
      "         Mo Tu We Th Fr Sa Su",
      "                         1  2",
      "          3• 4  5• 6  7• 8  9",
      "         10 11 12•13 14•15 16",
      "         17 18 19 20 21 22 23",
      "         24 25 26 27 28 29 30",
      "",
      "Wednesday 5 November 2025 (today)",
      "▸ Ada Lovelace",
      "  follow-up 1 of 3, overdue since",
      "  Mon 3 Nov",
      "  Hey, any questions about Invoicer?",
      "2 more below",
    ])
    state.calendar.agendaSelection = 2
    #expect(picture(render(state, width: 30, height: 17, glyphs: .ascii)).suffix(9) == [
      "Wednesday 5 November 2025 (to~",
      "1 more above",
      "  Cy",
      "  follow-up 2 of 3",
      "  Checking in - still",
      "  interested in solving late",
      "  invoices?",
      "> Bob?[31m",
      "  not asked yet, dm",
    ])
  }

  @Test func aShortAgendaTakesALineAnEntryAndCountsTheRest() {
    var state = Self.busy()
    #expect(state.agenda.count == 3)
    func agenda(height: Int) -> [String] {
      var canvas = GridCanvas(width: 40, height: height)
      AgendaView.draw(state, in: canvas.bounds, glyphs: .unicode, canvas: &canvas)
      return picture(canvas)
    }
    #expect(agenda(height: 3) == [
      "Wednesday 5 November 2025 (today)",
      "▸ Ada Lovelace, follow-up 1 of 3, overd…",
      "2 more",
    ])
    state.calendar.agendaSelection = 2
    #expect(agenda(height: 2) == [
      "Wednesday 5 November 2025 (today)",
      "▸ 3/3 Bob?[31m, not asked yet",
    ])
  }

  @Test func aShortPaneScrollsTheMonthToTheSelectedWeek() {
    var state = Self.busy()
    state.calendar.selectedDay = CivilDate(year: 2025, month: 11, day: 19)!
    #expect(picture(render(state, width: 28, height: 7)) == [
      "       November 2025",
      "    Mo Tu We Th Fr Sa Su",
      "    10 11 12•13 14•15 16",
      "    17 18 19 20 21 22 23",
      "",
      "Wednesday 19 November 2025",
      "Nothing due on Wed 19 Nov or",
    ])
    state.calendar.selectedDay = CivilDate(year: 2025, month: 11, day: 5)!
    #expect(picture(render(state, width: 28, height: 5)) == [
      "       November 2025",
      "    Mo Tu We Th Fr Sa Su",
      "     3• 4  5• 6  7• 8  9",
      "Wednesday 5 November 2025 (…",
      "▸ 1/3 Ada Lovelace, follow-…",
    ])
  }

  @Test func aDayWithNothingDueSaysWhatIsNext() {
    var state = Self.busy()
    state.calendar.selectedDay = CivilDate(year: 2025, month: 11, day: 8)!
    #expect(picture(render(state, width: 38, height: 20)).suffix(3) == [
      "Saturday 8 November 2025",
      "Nothing due on Sat 8 Nov. Next: 1",
      "follow-up on Wed 12 Nov.",
    ])
    state.calendar.selectedDay = CivilDate(year: 2025, month: 12, day: 1)!
    #expect(picture(render(state, width: 78, height: 20)).suffix(3) == [
      "Monday 1 December 2025",
      "Nothing due on Mon 1 Dec or later. The last planned: 1 follow-up on Fri 14",
      "Nov.",
    ])
    state.followUps = state.followUps.map { followUp in
      var done = followUp
      done.status = followUp.status == .due ? .sent : followUp.status
      return done
    }
    #expect(picture(render(state, width: 78, height: 20)).suffix(3) == [
      "Monday 1 December 2025",
      "Nothing due on Mon 1 Dec. No follow-ups are planned: record an ask on today's",
      "agenda and its follow-ups appear here.",
    ])
  }

  @Test func drawsOnlyInsideItsRectangle() {
    var canvas = GridCanvas(width: 50, height: 40)
    let rect = Rect(x: 6, y: 4, width: 38, height: 30)
    FollowUpsPane.draw(Self.busy(), in: rect, glyphs: .unicode, canvas: &canvas)
    for y in 0..<40 {
      for x in 0..<50 where x < rect.x || x >= rect.maxX || y < rect.y || y >= rect.maxY {
        #expect(canvas[x, y] == Cell.blank)
      }
    }
    #expect(canvas.lines[4].contains("November 2025"))
    #expect(canvas.lines[18].hasPrefix("      ▸ Ada Lovelace"))
  }

  @Test func anySizeDrawsWithoutCrashing() {
    var wide = Self.busy()
    wide.prospects[0].name = String(repeating: "長い名前", count: 20)
    wide.followUps[0].message = String(repeating: "😀 ", count: 80)
    for state in [Self.busy(), wide, AppState(today: Self.today)] {
      for width in 0...46 {
        for height in 0...32 {
          var canvas = GridCanvas(width: width, height: height)
          FollowUpsPane.draw(state, in: canvas.bounds, glyphs: .unicode, canvas: &canvas)
          #expect(canvas.cells.count == width * height)
        }
      }
    }
    let canvas = render(wide, width: 20, height: 30)
    #expect(picture(canvas)[14] == "▸ 長い名前長い名前…")
  }
}
