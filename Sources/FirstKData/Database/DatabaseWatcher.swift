import Glibc

/// Wakes the dashboard when another process writes the database: an inotify descriptor
/// on the database's directory that the run loop adds to its `poll()` set.
///
/// The directory is watched rather than the file because SQLite creates the `-wal` file
/// after the dashboard starts. A wake-up is only a hint: confirm with
/// `Store.changeCounter()`, which ignores this process's own commits.
public final class DatabaseWatcher {
  /// Readable when events are waiting; non-blocking and closed on exec.
  public let fileDescriptor: Int32
  private let watchedNames: Set<String>

  /// Starts watching the directory of `databasePath`.
  public init(databasePath: String) throws(DatabaseError) {
    let descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
    guard descriptor >= 0 else {
      throw .fileNotCreatable(
        path: databasePath, reason: "cannot watch it: \(DatabaseFile.lastErrorText())")
    }
    let mask = UInt32(IN_MODIFY | IN_CREATE | IN_MOVED_TO | IN_CLOSE_WRITE)
    guard inotify_add_watch(descriptor, DatabaseFile.directory(of: databasePath), mask) >= 0
    else {
      let reason = DatabaseFile.lastErrorText()
      close(descriptor)
      throw .fileNotCreatable(path: databasePath, reason: "cannot watch its directory: \(reason)")
    }
    fileDescriptor = descriptor
    let name = DatabaseFile.fileName(of: databasePath)
    watchedNames = [name, name + "-wal"]
  }

  deinit {
    close(fileDescriptor)
  }

  /// Reads every waiting event without blocking; true when one concerned the database
  /// file or its write-ahead log (other files in the directory are ignored).
  public func drainEvents() -> Bool {
    var relevant = false
    var buffer = [UInt8](repeating: 0, count: 4096)
    while true {
      let count = buffer.withUnsafeMutableBytes {
        read(fileDescriptor, $0.baseAddress, $0.count)
      }
      if count < 0 && errno == EINTR { continue }
      guard count > 0 else { return relevant }
      if names(in: buffer[..<count]).contains(where: watchedNames.contains) { relevant = true }
    }
  }

  /// The file names carried by a run of raw `inotify_event` records.
  private func names(in bytes: ArraySlice<UInt8>) -> [String] {
    let headerSize = MemoryLayout<inotify_event>.size
    let lengthOffset = MemoryLayout<inotify_event>.offset(of: \.len) ?? 12
    var names: [String] = []
    var offset = bytes.startIndex
    while offset + headerSize <= bytes.endIndex {
      let length = bytes[offset..<(offset + headerSize)].withUnsafeBytes {
        Int($0.loadUnaligned(fromByteOffset: lengthOffset, as: UInt32.self))
      }
      let nameStart = offset + headerSize
      let nameEnd = min(nameStart + length, bytes.endIndex)
      let name = bytes[nameStart..<nameEnd].prefix { $0 != 0 }
      names.append(String(decoding: name, as: UTF8.self))
      offset = nameStart + length
    }
    return names
  }
}
