import FirstKCore
import FirstKData
import Foundation
import Testing

@testable import FirstKApp

/// Names that hold terminal escape sequences are kept as typed but never reach the
/// terminal as live control characters.
@Suite struct InertNameTests {
  static let hostile = "Eve\u{1B}[31m\u{7}\u{9B}2J\u{7F}"

  @Test func storedAsGivenPrintedInert() throws {
    let db = try ScratchDatabase()
    let added = db.run("add", "prospect", Self.hostile, "--company", "Red\u{1B}]0;x\u{7}")
    #expect(added.status == 0)
    #expect(added.out == """
      Added prospect 1: Eve?[31m??2J? (Red?]0;x?, other).
      When you have asked them to pay: firstk ask '#1'

      """)
    #expect(try Store(path: db.path).prospects().map(\.name) == [Self.hostile])
    #expect(db.run("ask", "#1").out.hasPrefix("Asked Eve?[31m??2J? on 2025-11-01"))

    let outputs = [
      db.run("prospects").out, db.run("--today", "2025-11-03", "due").out,
      db.run("outcome", "Eve", "sent").err, db.run("talk", Self.hostile, "--would-pay", "no").out,
      db.run("outcome", Self.hostile, "objection", "fit").out,
    ]
    for output in outputs {
      #expect(!output.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
      #expect(!output.unicodeScalars.contains { (0x7F...0x9F).contains($0.value) })
    }
    #expect(outputs[0].contains(" 1  Eve?[31m??2J?  Red?]0;x?  other    asked"))
    #expect(outputs[2].contains("did you mean: Eve?[31m??2J??"))
  }

  @Test func jsonEscapesEveryControlCharacter() throws {
    let db = try ScratchDatabase()
    #expect(db.run("add", "prospect", Self.hostile).status == 0)
    let text = db.run("prospects", "--json").out
    #expect(text.contains(#""name": "Eve\u001b[31m\u0007\u009b2J\u007f""#))
    let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]]
    #expect(parsed?.first?["name"] as? String == Self.hostile)
  }
}
