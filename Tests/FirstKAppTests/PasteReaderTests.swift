import FirstKUI
import Testing

@testable import FirstKTerminal

/// Pasted text is told from typed keys by the markers the terminal puts around it.
@Suite struct PasteReaderTests {
  func feed(_ keys: [Key], to reader: inout PasteReader) -> [PasteReader.Output] {
    keys.flatMap { reader.feed($0) } + reader.flush()
  }

  func characters(_ text: String) -> [Key] { text.map { .character($0) } }

  @Test func aPasteComesOutWholeWithItsEscapesAsText() {
    var reader = PasteReader()
    let keys = PasteReader.start + characters("Eve") + [.escape] + characters("[31mRed")
      + [.enter] + characters("x") + PasteReader.end + characters("j")
    #expect(feed(keys, to: &reader) == [.paste("Eve[31mRed x"), .key(.character("j"))])
    #expect(!reader.isPasting)
  }

  @Test func keysThatOnlyLookLikeAMarkerStayKeys() {
    var reader = PasteReader()
    #expect(feed([.escape], to: &reader) == [.key(.escape)])
    let almost: [Key] = [.escape, .character("["), .character("2"), .character("x")]
    #expect(feed(almost, to: &reader) == almost.map { .key($0) })
    let twice: [Key] = [.escape, .escape] + Array(PasteReader.start.dropFirst())
      + characters("ok") + PasteReader.end
    #expect(feed(twice, to: &reader) == [.key(.escape), .paste("ok")])
  }

  @Test func aPasteSplitAcrossReadsWaitsForItsEnd() {
    var reader = PasteReader()
    #expect(feed(PasteReader.start + characters("ab"), to: &reader) == [])
    #expect(reader.isPasting)
    #expect(feed(characters("c") + PasteReader.end, to: &reader) == [.paste("abc")])
  }
}
