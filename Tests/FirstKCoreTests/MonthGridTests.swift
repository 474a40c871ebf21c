import Testing

@testable import FirstKCore

@Suite struct MonthGridTests {
  /// The grid as text: day numbers, `.` for cells outside the month.
  func picture(_ grid: MonthGrid) -> [String] {
    grid.weeks.map { week in
      week.map { $0.map { String($0.day) } ?? "." }.joined(separator: " ")
    }
  }

  @Test func november2025StartsOnASaturday() {
    let monday = MonthGrid(month: civil("2025-11-17"), firstWeekday: 1)
    #expect(monday.title == "November 2025")
    #expect(monday.columnWeekdays == [1, 2, 3, 4, 5, 6, 0])
    #expect(picture(monday) == [
      ". . . . . 1 2",
      "3 4 5 6 7 8 9",
      "10 11 12 13 14 15 16",
      "17 18 19 20 21 22 23",
      "24 25 26 27 28 29 30",
    ])
    let sunday = MonthGrid(month: civil("2025-11-01"), firstWeekday: 0)
    #expect(sunday.columnWeekdays == [0, 1, 2, 3, 4, 5, 6])
    #expect(picture(sunday) == [
      ". . . . . . 1",
      "2 3 4 5 6 7 8",
      "9 10 11 12 13 14 15",
      "16 17 18 19 20 21 22",
      "23 24 25 26 27 28 29",
      "30 . . . . . .",
    ])
    for grid in [monday, sunday] {
      #expect(grid.weeks.joined().compactMap { $0 }.count == 30)
      #expect(grid.weeks.joined().compactMap { $0 }.last == civil("2025-11-30"))
    }
    #expect(sunday.position(of: civil("2025-11-30"))! == (5, 0))
    #expect(monday.position(of: civil("2025-11-01"))! == (0, 5))
    #expect(monday.position(of: civil("2025-12-01")) == nil)
  }

  @Test func everyMonthHoldsItsDaysInWeekdayColumns() {
    for year in [1999, 2000, 2024, 2025, 2026, 2100] {
      for month in 1...12 {
        for start in 0...6 {
          let grid = MonthGrid(month: CivilDate(year: year, month: month, day: 1)!,
                               firstWeekday: start)
          let days = grid.weeks.joined().compactMap { $0 }
          #expect(days.count == CivilDate.daysIn(month: month, year: year))
          #expect(days.map(\.day) == Array(1...days.count))
          #expect((4...6).contains(grid.weeks.count))
          #expect(grid.weeks.first!.contains { $0?.day == 1 })
          #expect(grid.weeks.last!.contains { $0?.day == days.count })
          for (row, week) in grid.weeks.enumerated() {
            for (column, cell) in week.enumerated() {
              guard let cell else { continue }
              #expect(cell.weekday == (start + column) % 7)
              #expect(grid.position(of: cell)! == (row, column))
            }
          }
        }
      }
    }
  }

  @Test func shortAndLongMonths() {
    let february2015 = MonthGrid(month: civil("2015-02-10"), firstWeekday: 0)
    #expect(picture(february2015) == [
      "1 2 3 4 5 6 7", "8 9 10 11 12 13 14", "15 16 17 18 19 20 21", "22 23 24 25 26 27 28",
    ])
    let leap = MonthGrid(month: civil("2024-02-29"), firstWeekday: 1)
    #expect(picture(leap) == [
      ". . . 1 2 3 4", "5 6 7 8 9 10 11", "12 13 14 15 16 17 18", "19 20 21 22 23 24 25",
      "26 27 28 29 . . .",
    ])
    let august2026 = MonthGrid(month: civil("2026-08-31"), firstWeekday: 1)
    #expect(august2026.weeks.count == 6)
    #expect(picture(august2026).last == "31 . . . . . .")
    let december2026 = MonthGrid(month: civil("2026-12-04"), firstWeekday: 8)
    #expect(december2026.firstWeekday == 1)
    #expect(picture(december2026).first == ". 1 2 3 4 5 6")
    #expect(MonthGrid(month: civil("2026-12-04"), firstWeekday: -1).firstWeekday == 6)
  }

  @Test func countsOnlyPendingFollowUpsOfTheMonth() {
    func followUp(_ due: String, _ status: FollowUpStatus) -> FollowUp {
      FollowUp(prospectID: 1, due: civil(due), step: 1, stepCount: 3, dayNumber: 3,
               status: status, message: "")
    }
    let grid = MonthGrid(month: civil("2025-11-05"), firstWeekday: 1)
    let counts = grid.pendingCounts([
      followUp("2025-11-03", .due), followUp("2025-11-03", .due), followUp("2025-11-03", .sent),
      followUp("2025-11-07", .skipped), followUp("2025-11-30", .due),
      followUp("2025-12-03", .due), followUp("2024-11-03", .due),
    ])
    #expect(counts == [3: 2, 30: 1])
  }
}
