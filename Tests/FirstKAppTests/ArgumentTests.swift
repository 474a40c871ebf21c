import Testing

@testable import FirstKApp
@testable import FirstKCore

@Suite struct ArgumentTests {
  @Test func globalOptionsAnywhere() throws {
    let parsed = try ParsedArguments.parse(["status", "--today", "2025-11-01", "--db=/x.db", "--json"])
    #expect(parsed.global.today == CivilDate(year: 2025, month: 11, day: 1))
    #expect(parsed.global.databasePath == "/x.db")
    #expect(parsed.rest == ["status", "--json"])
  }

  @Test func badDateIsUsageError() {
    #expect(throws: UsageError.self) { try ParsedArguments.parse(["--today", "2025-02-30"]) }
  }

  @Test func unknownCommandExitsTwo() {
    let console = Console(capturing: true)
    let status = FirstKMain.run(arguments: ["frobnicate"], environment: [:], console: console)
    #expect(status == 2)
    #expect(console.capturedErr.contains("unknown command \"frobnicate\""))
  }

  @Test func versionPrints() {
    let console = Console(capturing: true)
    #expect(FirstKMain.run(arguments: ["--version"], environment: [:], console: console) == 0)
    #expect(console.capturedOut == "firstk \(firstkVersion)\n")
  }
}
