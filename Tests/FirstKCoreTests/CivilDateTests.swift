import Testing

@testable import FirstKCore

@Suite struct CivilDateTests {
  @Test func epochRoundTrip() {
    let day = CivilDate(year: 2025, month: 11, day: 1)!
    #expect(day.daysSinceEpoch == 20_393)
    #expect(CivilDate(daysSinceEpoch: 20_393) == day)
    #expect(CivilDate(daysSinceEpoch: 0).description == "1970-01-01")
  }

  @Test func weekdays() {
    #expect(CivilDate(year: 2025, month: 11, day: 1)!.weekday == 6)
    #expect(CivilDate(year: 2026, month: 12, day: 4)!.weekday == 5)
    #expect(CivilDate(year: 2000, month: 2, day: 29)!.weekday == 2)
  }

  @Test func impossibleDaysAreRefused() {
    #expect(CivilDate(iso: "2025-02-30") == nil)
    #expect(CivilDate(iso: "2024-02-29") != nil)
    #expect(CivilDate(iso: "2023-02-29") == nil)
    #expect(CivilDate(iso: "2025-1-05") == nil)
    #expect(CivilDate(iso: "2025-13-01") == nil)
    #expect(CivilDate(iso: "today") == nil)
  }

  @Test func monthArithmeticClampsToTheLastDay() {
    let jan31 = CivilDate(year: 2025, month: 1, day: 31)!
    #expect(jan31.adding(months: 1).description == "2025-02-28")
    #expect(jan31.adding(months: 13).description == "2026-02-28")
    #expect(jan31.adding(months: -1).description == "2024-12-31")
    #expect(jan31.adding(days: 30).description == "2025-03-02")
  }
}
