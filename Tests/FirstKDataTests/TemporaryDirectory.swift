import Foundation

/// A fresh directory under /tmp for one test, removed when the test lets go of it.
final class TemporaryDirectory {
  let path: String

  init() throws {
    var template = Array("/tmp/firstk-data-XXXXXX".utf8CString)
    guard let made = mkdtemp(&template) else {
      throw CocoaError(.fileWriteUnknown)
    }
    path = String(cString: made)
  }

  deinit {
    chmod(path, 0o700)
    try? FileManager.default.removeItem(atPath: path)
  }

  /// A path inside the directory.
  func file(_ name: String) -> String { path + "/" + name }
}

/// The bytes of a file, to prove a refused file was left exactly as it was.
func contents(of path: String) throws -> Data {
  try Data(contentsOf: URL(fileURLWithPath: path))
}

/// The permission bits of a file or directory.
func permissions(of path: String) -> mode_t {
  var info = stat()
  stat(path, &info)
  return info.st_mode & 0o777
}
