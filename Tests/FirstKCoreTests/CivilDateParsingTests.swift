import Testing

@testable import FirstKCore

/// `CivilDate(iso:)` reads bytes; these are the shapes it must still refuse.
@Suite struct CivilDateParsingTests {
  @Test(arguments: [
    "2025-11-01x", "2025-11-0", "2025/11/01", "+025-11-01", "2025-11-1 ", " 2025-11-01",
    "2025-١١-01", "２０２５-11-01", "2025-11-01\u{301}", "0000-01-01", "", "2025-1101-",
  ])
  func refusesAnythingButTheExactShape(_ text: String) {
    #expect(CivilDate(iso: text) == nil)
  }

  @Test func readsEveryDayOfALeapYear() {
    var day = CivilDate(year: 2024, month: 1, day: 1)!
    for _ in 0..<366 {
      #expect(CivilDate(iso: day.description) == day)
      #expect(CivilDate(iso: Substring(day.description)) == day)
      day = day.adding(days: 1)
    }
    #expect(CivilDate(iso: "9999-12-31") == CivilDate(year: 9999, month: 12, day: 31))
  }
}
