import Glibc

/// Makes sure the database file can be handed to SQLite: its directories exist (0700), a new
/// file is created private (0600), and an existing file starts like an SQLite database.
///
/// Everything here happens before SQLite sees the file, so a file that is not a database
/// is refused without a single byte written to it.
enum DatabaseFile {
  /// The 16 bytes every SQLite 3 database begins with.
  static let magic: [UInt8] = Array("SQLite format 3\0".utf8)

  /// Directory and file permissions for anything firstk creates.
  static let directoryMode: mode_t = 0o700
  static let fileMode: mode_t = 0o600

  /// Creates what is missing and checks what exists; returns true when the file was created.
  @discardableResult
  static func prepare(_ path: String) throws(DatabaseError) -> Bool {
    try createDirectories(for: path)
    var info = stat()
    if stat(path, &info) == 0 {
      if (info.st_mode & S_IFMT) == S_IFDIR {
        throw .fileNotCreatable(path: path, reason: "it is a directory, not a file")
      }
      try checkHeader(path, size: Int(info.st_size))
      return false
    }
    guard errno == ENOENT else {
      throw .fileNotCreatable(path: path, reason: lastErrorText())
    }
    return try createFile(path)
  }

  /// The directory part of `path` ("." for a bare file name).
  static func directory(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    let head = String(path[..<slash])
    return head.isEmpty ? "/" : head
  }

  /// The file-name part of `path`.
  static func fileName(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return path }
    return String(path[path.index(after: slash)...])
  }

  private static func createDirectories(for path: String) throws(DatabaseError) {
    let parent = directory(of: path)
    var prefix = parent.hasPrefix("/") ? "" : "."
    for component in parent.split(separator: "/") {
      prefix += "/" + component
      var info = stat()
      if stat(prefix, &info) == 0 {
        guard (info.st_mode & S_IFMT) == S_IFDIR else {
          throw .directoryNotCreatable(
            path: path, blocker: prefix, reason: "is a file, not a directory")
        }
        continue
      }
      if mkdir(prefix, directoryMode) == 0 {
        chmod(prefix, directoryMode)
      } else if errno != EEXIST {
        throw .directoryNotCreatable(
          path: path, blocker: prefix, reason: "cannot be created (\(lastErrorText()))")
      }
    }
  }

  private static func createFile(_ path: String) throws(DatabaseError) -> Bool {
    let descriptor = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, fileMode)
    if descriptor < 0 {
      if errno == EEXIST { return false }
      if errno == ENOTDIR {
        throw .directoryNotCreatable(
          path: path, blocker: directory(of: path), reason: "is not a directory")
      }
      throw .fileNotCreatable(path: path, reason: lastErrorText())
    }
    defer { close(descriptor) }
    var info = stat()
    guard fchmod(descriptor, fileMode) == 0, fstat(descriptor, &info) == 0,
      info.st_mode & 0o777 == fileMode
    else {
      unlink(path)
      throw .fileNotCreatable(path: path, reason: "its permissions could not be set to 0600")
    }
    return true
  }

  /// An empty file is a new database; anything else must start with SQLite's magic bytes.
  /// It opens and closes the file, which drops every lock this process holds on it, so it
  /// runs only before the process's first connection to the file.
  private static func checkHeader(_ path: String, size: Int) throws(DatabaseError) {
    guard size > 0 else { return }
    guard size >= 100 else { throw .notADatabase(path: path) }
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else {
      throw .fileNotCreatable(path: path, reason: lastErrorText())
    }
    defer { close(descriptor) }
    var header = [UInt8](repeating: 0, count: magic.count)
    let count = header.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
    guard count == magic.count, header == magic else { throw .notADatabase(path: path) }
  }

  /// The C library's text for the current `errno`, lower-cased like the rest of a message.
  static func lastErrorText() -> String {
    let text = String(cString: strerror(errno))
    guard let first = text.first else { return text }
    return first.lowercased() + text.dropFirst()
  }
}
