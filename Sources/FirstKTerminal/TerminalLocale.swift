import CNcursesw
import Glibc

/// Chooses the locale for drawing and tells whether the terminal can show UTF-8.
///
/// Users often set `LANG=en_US.UTF-8` on machines that only have `C.UTF-8`; the
/// locale then falls back to plain C. When the environment asks for UTF-8 but the
/// named locale is missing, `C.UTF-8` keeps wide characters working.
public enum TerminalLocale {
  /// Sets the process locale from the environment and returns true when text is UTF-8.
  public static func configure(environment: [String: String]) -> Bool {
    _ = setlocale(LC_ALL, "")
    if isUTF8() { return true }
    let wanted = ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap { environment[$0] }
      .first { !$0.isEmpty } ?? ""
    let asksForUTF8 = wanted.lowercased().contains("utf-8") || wanted.lowercased().contains("utf8")
    if asksForUTF8, setlocale(LC_CTYPE, "C.UTF-8") != nil { return isUTF8() }
    return false
  }

  static func isUTF8() -> Bool {
    guard let codeset = fk_codeset() else { return false }
    return String(cString: codeset).uppercased().filter { $0 != "-" } == "UTF8"
  }
}
