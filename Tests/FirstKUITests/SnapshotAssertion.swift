import Foundation
import Testing

@testable import FirstKUI

/// Compares a frame's text with `Snapshots/<name>.txt` beside this file. A missing
/// snapshot is recorded and the test fails once, so a new picture is always looked at.
func expectSnapshot(
  _ canvas: GridCanvas, named name: String, filePath: String = #filePath,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  let folder = URL(fileURLWithPath: filePath).deletingLastPathComponent()
    .appendingPathComponent("Snapshots")
  let file = folder.appendingPathComponent(name + ".txt")
  let actual = canvas.lines.map { line in
    var trimmed = Substring(line)
    while trimmed.last == " " { trimmed = trimmed.dropLast() }
    return String(trimmed) + "|"
  }.joined(separator: "\n") + "\n"
  guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try? actual.write(to: file, atomically: true, encoding: .utf8)
    Issue.record("recorded a new snapshot \(name); check it and run again", sourceLocation: sourceLocation)
    return
  }
  if expected != actual {
    let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
    let firstDifference = zip(expectedLines, actualLines).enumerated()
      .first { $0.element.0 != $0.element.1 }?.offset ?? min(expectedLines.count, actualLines.count)
    Issue.record(
      """
      snapshot \(name) differs at line \(firstDifference + 1)
      expected: \(firstDifference < expectedLines.count ? expectedLines[firstDifference] : "")
      actual:   \(firstDifference < actualLines.count ? actualLines[firstDifference] : "")
      whole frame:
      \(actual)
      """, sourceLocation: sourceLocation)
  }
}
