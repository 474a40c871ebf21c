import Testing

@testable import FirstKApp

@Suite struct JSONStreamTests {
  func streamed(_ values: [JSON]) -> (text: String, chunks: Int) {
    var text = ""
    var chunks = 0
    var stream = JSONArrayStream(indent: 2) {
      text += $0
      chunks += 1
    }
    for value in values { stream.append(value) }
    stream.finish()
    return (text, chunks)
  }

  @Test func matchesTheWholeArrayEncodedAtOnce() {
    let values = (0..<3_000).map { index in
      JSON.object([
        .init("n", .integer(Int64(index))),
        .init("s", .string("row \(index) \"quoted\" \u{7F} é")),
        .init("list", .array([.bool(true), .null, .object([])])),
      ])
    }
    let result = streamed(values)
    #expect(result.text == JSON.array(values).encoded(indent: 2))
    #expect(result.chunks > 2)
  }

  @Test func emptyAndSingleArrays() {
    #expect(streamed([]).text == "[]")
    #expect(streamed([]).chunks == 1)
    #expect(streamed([.integer(1)]).text == "[\n  1\n]")
  }

  @Test func plainAndEscapedStringsAgree() {
    #expect(JSON.string("plain ascii").encoded() == "\"plain ascii\"")
    #expect(JSON.string("naïve 日本").encoded() == "\"naïve 日本\"")
    #expect(JSON.string("a\u{85}b\u{A0}c").encoded() == "\"a\\u0085b\u{A0}c\"")
  }
}
