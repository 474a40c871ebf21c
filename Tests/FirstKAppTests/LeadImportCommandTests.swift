import FirstKCore
import FirstKData
import Foundation
import Testing

@testable import FirstKApp

@Suite struct LeadImportCommandTests {
  /// A lead file written for the import parser's own tests.
  func fixture(_ name: String) -> String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("FirstKDataTests/Fixtures")
      .appendingPathComponent(name).path
  }

  @Test func linkedInFileIsReportedLineByLineAndSaved() throws {
    let db = try ScratchDatabase()
    let file = fixture("linkedin-connections.csv")
    let result = db.run("import", "leads", file)
    #expect(result.status == 0)
    #expect(
      result.out == """
        \(file):7: only a date and no name (LinkedIn writes these for connections who hide \
        their details); skipped
        \(file):8: 'sometime in 1940' is not a date like 09 Oct 2024 or 6-Feb-26; the \
        connection date was left out
        \(file):9: ada lovelace repeats line 5; skipped
        \(file):10: the row has no name, so it was not imported; add a name and import the \
        file again
        Added 4 prospects from \(file) (LinkedIn connections); 1 duplicate skipped; \
        1 date-only row skipped.

        """)
    let prospects = try Store(path: db.path).prospects()
    #expect(prospects.map(\.name) == ["Ada Lovelace", "Grace Hopper", "Alan Turing", "Linus"])
    #expect(prospects.map(\.channel) == [.dm, .dm, .dm, .email])
    #expect(prospects.allSatisfy { $0.stage == .toContact })
  }

  @Test func importingAgainSkipsSavedProspects() throws {
    let db = try ScratchDatabase()
    #expect(db.run("add", "prospect", "Frances Allen", "--company", "IBM").status == 0)
    let file = fixture("generic-leads.csv")
    let dry = db.run("import", "leads", file, "--dry-run")
    #expect(dry.status == 0)
    #expect(
      dry.out.hasSuffix(
        """
        Would add 1 prospect from \(file) (CSV); 2 duplicates skipped. Nothing was saved \
        (--dry-run).

        """))
    #expect(dry.out.contains("\(file):2: Frances Allen repeats the saved prospect Frances Allen"))
    #expect(try Store(path: db.path).prospects().count == 1)
    #expect(db.run("import", "leads", file).status == 0)
    #expect(try Store(path: db.path).prospects().map(\.name) == ["Frances Allen", "John Backus"])
    let again = db.run("import", "leads", file)
    #expect(
      again.out.hasSuffix(
        "Added 0 prospects from \(file) (CSV); 3 duplicates skipped.\n"))
    #expect(try Store(path: db.path).prospects().count == 2)
  }

  @Test func unreadableFilesSayWhereAndSaveNothing() throws {
    let db = try ScratchDatabase()
    let shape = fixture("no-name-column.csv")
    let wrong = db.run("import", "leads", shape)
    #expect(wrong.status == 1)
    #expect(wrong.err.hasPrefix("firstk: \(shape):1: no header with a name column was found"))
    let missing = db.run("import", "leads", db.directory + "/nope.csv")
    #expect(missing.status == 1)
    #expect(missing.err.hasPrefix("firstk: cannot read \(db.directory)/nope.csv: "))
    #expect(db.run("import", "leads").status == 2)
    #expect(try Store(path: db.path).prospects().isEmpty)
  }
}
