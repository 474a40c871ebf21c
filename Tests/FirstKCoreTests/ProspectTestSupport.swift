@testable import FirstKCore

/// A day written as `YYYY-MM-DD` in a test; a typo stops the test run at once.
func civil(_ text: String) -> CivilDate {
  guard let date = CivilDate(iso: text) else { fatalError("not a date: \(text)") }
  return date
}
