import Foundation

/// Reads a fixture file written for these tests, from the Fixtures folder beside them.
enum FixtureText {
  static func read(_ name: String, filePath: String = #filePath) throws -> String {
    let folder = URL(fileURLWithPath: filePath).deletingLastPathComponent()
    let data = try Data(contentsOf: folder.appendingPathComponent("Fixtures/\(name)"))
    return String(decoding: data, as: UTF8.self)
  }
}
