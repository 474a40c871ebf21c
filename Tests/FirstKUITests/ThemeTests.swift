import Foundation
import Testing

@testable import FirstKUI

@Suite struct ThemeTests {
  static let themesFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Themes")

  @Test func everyThemeFileParsesAndIsBuiltIn() throws {
    let files = try FileManager.default.contentsOfDirectory(atPath: Self.themesFolder.path)
      .filter { $0.hasSuffix(".theme") }.sorted()
    #expect(files.count >= 4)
    for file in files {
      let text = try String(contentsOf: Self.themesFolder.appendingPathComponent(file), encoding: .utf8)
      let name = String(file.dropLast(6))
      let theme = try Theme.parse(text, name: name, file: file).get()
      #expect(Set(theme.looks.keys) == Set(Slot.allCases), "\(file) must set every slot")
      #expect(ThemeCatalog.builtIn(name) == theme, "\(file) is built into the binary")
    }
    #expect(ThemeCatalog.builtInNames == files.map { String($0.dropLast(6)) })
  }

  @Test func monoUsesNoColour() {
    #expect(ThemeCatalog.builtIn("mono")?.usesColor == false)
    #expect(ThemeCatalog.builtIn("default")?.usesColor == true)
  }

  @Test func malformedLineIsNamed() {
    let result = Theme.parse("text = default\nborder = chartreuse\n", name: "x", file: "x.theme")
    #expect(throws: ThemeProblem(file: "x.theme", line: 2, reason: "unknown colour or style \"chartreuse\"")) {
      try result.get()
    }
    let unknownSlot = Theme.parse("# c\nfoo = red\n", name: "x", file: "x.theme")
    #expect(throws: ThemeProblem(file: "x.theme", line: 2, reason: "unknown slot \"foo\"")) {
      try unknownSlot.get()
    }
  }

  @Test func coloursMapToThePalette() {
    #expect(ThemeColor.rgb(0xff, 0x00, 0x00).number(forPalette: 256) == 196)
    #expect(ThemeColor.rgb(0xff, 0x00, 0x00).number(forPalette: 8) == 1)
    #expect(ThemeColor.index(196).number(forPalette: 8) == 1)
    #expect(ThemeColor.index(75).number(forPalette: 256) == 75)
    #expect(ThemeColor.index(3).number(forPalette: 0) == nil)
    #expect(ThemeColor.terminalDefault.number(forPalette: 8) == -1)
    #expect(ThemeColor(parsing: "bright-blue") == .index(12))
    #expect(ThemeColor(parsing: "#0a0B0c") == .rgb(10, 11, 12))
    #expect(ThemeColor(parsing: "256") == nil)
  }
}
