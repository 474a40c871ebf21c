import Glibc

/// Reading and writing whole text files with errors a user can act on.
enum TextFile {
  /// The file's bytes decoded as UTF-8 (invalid bytes become U+FFFD).
  static func read(_ path: String) throws(UserError) -> String {
    guard let file = fopen(path, "rb") else {
      throw UserError("cannot read \(path): \(String(cString: strerror(errno)))")
    }
    defer { fclose(file) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65_536)
    while true {
      let count = fread(&buffer, 1, buffer.count, file)
      if count > 0 { bytes.append(contentsOf: buffer[0..<count]) }
      if count < buffer.count {
        if ferror(file) != 0 {
          throw UserError("cannot read \(path): \(String(cString: strerror(errno)))")
        }
        break
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  static func exists(_ path: String) -> Bool {
    access(path, F_OK) == 0
  }
}
