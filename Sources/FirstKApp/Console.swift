import FirstKCore
import Glibc

/// Where a command writes: the real stdout and stderr, or buffers in tests.
public final class Console {
  public private(set) var capturedOut = ""
  public private(set) var capturedErr = ""
  private let captures: Bool

  public init(capturing: Bool = false) {
    captures = capturing
  }

  public func out(_ text: String) {
    if captures { capturedOut += text } else { Console.write(text, to: 1) }
  }

  public func err(_ text: String) {
    if captures { capturedErr += text } else { Console.write(text, to: 2) }
  }

  /// Writes all of `text` to a file descriptor, retrying short writes.
  static func write(_ text: String, to descriptor: Int32) {
    var bytes = Array(text.utf8)[...]
    while !bytes.isEmpty {
      let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
      if written < 0 && errno == EINTR { continue }
      if written <= 0 { return }
      bytes = bytes.dropFirst(written)
    }
  }
}

/// Everything a command needs from the outside world, passed in so tests can fake it.
public struct CommandContext {
  public var global: GlobalOptions
  public var environment: [String: String]
  public var console: Console
  /// The real date, or `--today` when given.
  public var today: CivilDate

  public init(
    global: GlobalOptions, environment: [String: String], console: Console, today: CivilDate
  ) {
    self.global = global
    self.environment = environment
    self.console = console
    self.today = today
  }
}

/// Today's date in the user's time zone (the C library honours `TZ`).
public enum SystemClock {
  public static func today() -> CivilDate {
    var now = time(nil)
    var parts = tm()
    localtime_r(&now, &parts)
    return CivilDate(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1,
      day: Int(parts.tm_mday)) ?? CivilDate(daysSinceEpoch: Int(now) / 86_400)
  }

  /// Milliseconds until the local date changes, plus a little so the new day has begun.
  public static func millisecondsToMidnight() -> Int32 {
    var now = time(nil)
    var parts = tm()
    localtime_r(&now, &parts)
    let secondsIntoDay = Int(parts.tm_hour) * 3600 + Int(parts.tm_min) * 60 + Int(parts.tm_sec)
    return Int32(max(1, 86_400 - secondsIntoDay) * 1000 + 200)
  }
}


/// The process environment as a dictionary.
public func processEnvironment() -> [String: String] {
  var result: [String: String] = [:]
  var pointer = environ
  while let entry = pointer.pointee {
    let text = String(cString: entry)
    if let equals = text.firstIndex(of: "=") {
      result[String(text[..<equals])] = String(text[text.index(after: equals)...])
    }
    pointer += 1
  }
  return result
}
