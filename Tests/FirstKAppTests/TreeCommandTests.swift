import Testing

@testable import FirstKApp
@testable import FirstKCore

@Suite struct TreeCommandTests {
  @Test func printsTheWholePlaybook() {
    let console = Console(capturing: true)
    let status = FirstKMain.run(arguments: ["tree"], environment: [:], console: console)
    #expect(status == 0)
    #expect(console.capturedErr == "")
    #expect(console.capturedOut == Playbook.outline())
    let lines = console.capturedOut.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(
      Array(lines.prefix(4)) == [
        "First $1k MRR  [section root]",
        "  A decision tree for builders. Stop guessing. Start deciding.",
        "",
        "  The Math  [note math]",
      ])
    #expect(lines.contains("    - 10 customers @ $100/mo"))
    #expect(lines.contains("      \"Too expensive\"  [objection B.asked.expensive]"))
    #expect(lines.contains("        - Day 3: \"Hey, any questions about [product]?\""))
    #expect(
      lines.suffix(3) == [
        "    Based on where you are in this tree, write it down. Do it today.",
        "    Not tomorrow. Today.",
        "",
      ])
  }

  @Test func refusesArguments() {
    let console = Console(capturing: true)
    let status = FirstKMain.run(
      arguments: ["tree", "extra"], environment: [:], console: console)
    #expect(status == 2)
    #expect(console.capturedErr.hasPrefix("firstk: tree takes no arguments, but got \"extra\"\n"))
  }

  @Test func helpDescribesIt() {
    let console = Console(capturing: true)
    let status = FirstKMain.run(
      arguments: ["tree", "--help"], environment: [:], console: console)
    #expect(status == 0)
    #expect(console.capturedOut.hasPrefix("Usage: firstk tree\n"))
    let top = Console(capturing: true)
    #expect(FirstKMain.run(arguments: ["--help"], environment: [:], console: top) == 0)
    let treeLine = top.capturedOut.split(separator: "\n").first { $0.hasPrefix("  tree ") }
    #expect(treeLine?.hasSuffix(" print the whole playbook as an outline") == true)
  }
}
