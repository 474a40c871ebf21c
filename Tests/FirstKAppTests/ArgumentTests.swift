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

  @Test func anImpossibleTodayExitsOneLikeEveryOtherBadDate() throws {
    let scratch = try ScratchDatabase()
    for arguments in [["--today", "2025-02-30", "status"], ["profile", "--started", "2025-02-30"]] {
      let result = scratch.run(arguments)
      #expect(result.status == 1)
      #expect(result.err.contains("wants a real date as YYYY-MM-DD, not \"2025-02-30\""))
    }
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
