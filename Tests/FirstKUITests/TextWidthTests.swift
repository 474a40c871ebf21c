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

  @Test func theBlocksKnownToTakeOneColumnDoByTheirProperties() {
    for block in TextWidth.oneColumn {
      for value in block {
        let character = Character(Unicode.Scalar(value)!)
        #expect(TextWidth.measured(character) == 1, "U+\(String(value, radix: 16))")
      }
    }
    #expect(TextWidth.of("\u{200B}") == 0)
    #expect(TextWidth.of("é\u{301}") == 1)
  }

  @Test func asciiTextIsClippedLikeAnyOther() {
    let clip = Rect(x: 2, y: 0, width: 5, height: 1)
    for text in ["abcdefghij", "abcdéfghij"] {
      var grid = GridCanvas(width: 10, height: 1)
      #expect(grid.draw(text, x: 0, y: 0, style: .plain, clip: clip) == 7)
      #expect(grid.draw(text, x: 12, y: 0, style: .plain, clip: clip) == 0)
      #expect(grid.draw("ab", x: -4, y: 0, style: .plain, clip: clip) == 2)
      #expect(grid.draw(text, x: 5, y: 1, style: .plain, clip: clip) == 0)
      #expect(grid.lines == [text.hasPrefix("abcd\u{E9}") ? "  cd\u{E9}fg   " : "  cdefg   "])
    }
    var grid = GridCanvas(width: 4, height: 1)
    grid.draw("日本", x: 0, y: 0, style: .plain, clip: grid.bounds)
    grid.draw("x", x: 1, y: 0, style: .plain, clip: grid.bounds)
    #expect(grid.lines == [" x本"])
    grid.draw("a\tb", x: 0, y: 0, style: .plain, clip: grid.bounds)
    #expect(grid.lines == ["a?b "])
  }

  @Test func wrapsAtSpacesAndKeepsIndent() {
    #expect(TextWidth.wrap("one two three four", to: 9) == ["one two", "three", "four"])
    #expect(TextWidth.wrap("  - alpha beta gamma", to: 12) == ["  - alpha", "  beta gamma"])
    #expect(TextWidth.wrap("abcdefghij", to: 4) == ["abcd", "efgh", "ij"])
    #expect(TextWidth.wrap("a\n\nb", to: 4) == ["a", "", "b"])
    let glued = "due " + TextWidth.unbroken("Mon 3 Nov")
    #expect(TextWidth.wrap(glued, to: 10) == ["due", "Mon 3 Nov"])
    #expect(TextWidth.wrap(glued, to: 5) == ["due", "Mon 3", "Nov"])
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
