import Testing

@testable import FirstKCore

/// The byte-level shortcuts for dates, currency codes and trimming must accept and
/// refuse exactly what the slower, Character-based readings do.
@Suite struct FastParsingTests {
  @Test(arguments: [
    ("2025-11-01", "2025-11-01"), ("0001-01-01", "0001-01-01"), ("2024-02-29", "2024-02-29"),
  ])
  func isoDatesRead(text: String, expected: String) {
    #expect(CivilDate(iso: text)?.description == expected)
    #expect(CivilDate(isoUTF8: Array(text.utf8))?.description == expected)
    #expect(CivilDate(iso: text[...]) == CivilDate(iso: text))
  }

  @Test(arguments: [
    "", "2025", "2025-11", "2025-11-01-", "-2025-11-01", "2025--11-01", "20251-1-01",
    "2025-011-01", "2025-11-001", "2025-11-1", " 2025-11-01", "2025-11-01 ", "2025-1a-01",
    "２０２５-11-01", "2025/11/01", "2025-00-10", "2025-11-00", "0000-01-01", "2025-11-31",
  ])
  func malformedDatesAreRefused(text: String) {
    #expect(CivilDate(iso: text) == nil)
    #expect(CivilDate(isoUTF8: Array(text.utf8)) == nil)
  }

  @Test func currencyCodes() {
    #expect(Currency("EUR")?.code == "EUR")
    #expect(Currency("eur")?.code == "EUR")
    #expect(Currency(" jpy\t")?.code == "JPY")
    #expect(Currency("EURO") == nil)
    #expect(Currency("E1R") == nil)
    #expect(Currency("ÉUR") == nil)
  }

  @Test func trimming() {
    #expect("49.00".trimmingSpaces() == "49.00")
    #expect(" 49.00\t".trimmingSpaces() == "49.00")
    #expect("a\r\n".trimmingSpaces() == "a")
    #expect("\u{2028}a b\u{85}".trimmingSpaces() == "a b")
    #expect("Zoë".trimmingSpaces() == "Zoë")
    #expect(" \n ".trimmingSpaces() == "")
    #expect("".trimmingSpaces() == "")
    #expect("x"[...].trimmingSpaces() == "x")
  }
}
