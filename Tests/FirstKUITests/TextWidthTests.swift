import Testing

@testable import FirstKUI

@Suite struct TextWidthTests {
  @Test func widths() {
    #expect(TextWidth.of("abc") == 3)
    #expect(TextWidth.of("日本") == 4)
    #expect(TextWidth.of("🚀") == 2)
    #expect(TextWidth.of("e\u{301}") == 1)
    #expect(TextWidth.of("█▏") == 2)
  }

  @Test func wrapsAtSpacesAndKeepsIndent() {
    #expect(TextWidth.wrap("one two three four", to: 9) == ["one two", "three", "four"])
    #expect(TextWidth.wrap("  - alpha beta gamma", to: 12) == ["  - alpha", "  beta gamma"])
    #expect(TextWidth.wrap("abcdefghij", to: 4) == ["abcd", "efgh", "ij"])
    #expect(TextWidth.wrap("a\n\nb", to: 4) == ["a", "", "b"])
  }

  @Test func truncates() {
    #expect(TextWidth.truncate("hello world", to: 6) == "hello…")
    #expect(TextWidth.truncate("hello", to: 5) == "hello")
    #expect(TextWidth.inert("a\u{1B}[31mb") == "a?[31mb")
  }

  @Test func gridNeverSplitsAWideCharacter() {
    var grid = GridCanvas(width: 5, height: 1)
    grid.draw("ab日本", x: 0, y: 0, style: .plain, clip: grid.bounds)
    #expect(grid.lines == ["ab日 "])
    grid.draw("x", x: 3, y: 0, style: .plain, clip: grid.bounds)
    #expect(grid.lines == ["ab x "])
  }
}
