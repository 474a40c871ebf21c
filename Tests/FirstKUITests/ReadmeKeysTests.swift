import Foundation
import Testing

@testable import FirstKUI

@Suite struct ReadmeKeysTests {
  @Test func readmeListsEveryKeyOfTheKeymap() throws {
    let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("README.md")
    let text = try String(contentsOf: readme, encoding: .utf8)
    let start = try #require(text.range(of: "<!-- keys:start -->\n"))
    let end = try #require(text.range(of: "<!-- keys:end -->"))
    let listed = String(text[start.upperBound..<end.lowerBound])
    let expected = Keymap.markdownTables()
    #expect(listed == expected, "README key tables differ from the keymap; they should read:\n\(expected)")
  }
}
