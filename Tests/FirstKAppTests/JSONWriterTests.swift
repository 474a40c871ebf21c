import Foundation
import Testing

@testable import FirstKApp

@Suite struct JSONWriterTests {
  static let awkward =
    "quote \" backslash \\ newline \n tab \t bell \u{7} nul \u{0} é 日本 🙂"

  func parsed(_ text: String) throws -> Any {
    try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
  }

  @Test func compactOutputIsExact() {
    let value = JSON.object([
      .init("b", .integer(-3)), .init("a", .array([.bool(true), .bool(false), .null])),
      .init("empty", .object([])), .init("none", .array([])),
    ])
    #expect(value.encoded() == #"{"b":-3,"a":[true,false,null],"empty":{},"none":[]}"#)
  }

  @Test func indentedOutputIsExact() {
    let value = JSON.array([.object([.init("id", .integer(1)), .init("n", .string("x"))])])
    #expect(value.encoded(indent: 2) == "[\n  {\n    \"id\": 1,\n    \"n\": \"x\"\n  }\n]")
  }

  @Test func controlCharactersAreEscapedAsUnicode() {
    #expect(JSON.string("a\u{1}b\nc\u{1F}").encoded() == #""a\u0001b\u000ac\u001f""#)
    #expect(JSON.string("say \"hi\" \\o/").encoded() == #""say \"hi\" \\o/""#)
  }

  @Test func awkwardStringsSurviveAParser() throws {
    let text = JSON.object([.init(JSONWriterTests.awkward, .string(JSONWriterTests.awkward))])
    for indent in [nil, 2] as [Int?] {
      let object = try #require(try parsed(text.encoded(indent: indent)) as? [String: String])
      #expect(object == [JSONWriterTests.awkward: JSONWriterTests.awkward])
    }
  }

  @Test func extremeIntegersSurviveAParser() throws {
    let value = JSON.array([.integer(.max), .integer(.min), .integer(0)])
    let numbers = try #require(try parsed(value.encoded()) as? [NSNumber])
    #expect(numbers.map(\.int64Value) == [.max, .min, 0])
  }

  @Test func keyOrderIsKept() {
    let keys = ["zeta", "alpha", "mid"]
    let value = JSON.object(keys.map { .init($0, .null) })
    #expect(value.encoded() == #"{"zeta":null,"alpha":null,"mid":null}"#)
  }
}
