import Glibc

/// Replacing a file in one step: the new text goes to a temporary file in the same
/// directory, which is then renamed over the target, so a reader (a calendar app that
/// subscribes to the file) never sees it half written.
enum AtomicFile {
  /// Writes `text` to `path`, keeping the permission bits of a file already there.
  static func write(_ text: String, to path: String) throws(UserError) {
    let slash = path.lastIndex(of: "/")
    let directory = slash.map { $0 == path.startIndex ? "/" : String(path[..<$0]) } ?? "."
    let base = slash.map { String(path[path.index(after: $0)...]) } ?? path
    guard !base.isEmpty else {
      throw UserError(
        "cannot write \(TextTable.inert(path)): it names a directory; give a file name")
    }
    var template = Array("\(directory)/.\(base).XXXXXX".utf8CString)
    let descriptor = mkstemp(&template)
    guard descriptor >= 0 else {
      let reason = String(cString: strerror(errno))
      throw failure(path, "cannot create a file in \(directory): \(reason)")
    }
    let temporary = template
    var written = false
    defer {
      if !written { unlink(temporary) }
    }
    fchmod(descriptor, mode(keeping: path))
    let bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
      let count = bytes[offset...].withUnsafeBytes {
        Glibc.write(descriptor, $0.baseAddress, $0.count)
      }
      if count < 0 && errno == EINTR { continue }
      guard count > 0 else {
        let reason = String(cString: strerror(errno))
        close(descriptor)
        throw failure(path, reason)
      }
      offset += count
    }
    let synced = fsync(descriptor) == 0
    let reason = String(cString: strerror(errno))
    guard close(descriptor) == 0, synced else { throw failure(path, reason) }
    guard rename(temporary, path) == 0 else {
      throw failure(path, String(cString: strerror(errno)))
    }
    written = true
  }

  /// The mode of the file being replaced, or rw for everyone less the umask.
  private static func mode(keeping path: String) -> mode_t {
    var info = stat()
    if stat(path, &info) == 0 { return info.st_mode & 0o7777 }
    let mask = umask(0o022)
    umask(mask)
    return 0o666 & ~mask
  }

  private static func failure(_ path: String, _ reason: String) -> UserError {
    UserError(
      "cannot write \(TextTable.inert(path)): \(reason); check the directory exists and is "
        + "writable, or choose another --out")
  }
}
