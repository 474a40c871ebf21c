/// Where the database file lives: `--db`, then `FIRSTK_DB`, then
/// `$XDG_DATA_HOME/firstk/firstk.db`, then `~/.local/share/firstk/firstk.db`.
public enum DatabaseLocation {
  public static func resolve(option: String?, environment: [String: String]) -> String {
    if let option, !option.isEmpty { return option }
    if let fromEnvironment = environment["FIRSTK_DB"], !fromEnvironment.isEmpty {
      return fromEnvironment
    }
    if let dataHome = environment["XDG_DATA_HOME"], dataHome.hasPrefix("/") {
      return dataHome + "/firstk/firstk.db"
    }
    let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? "."
    return home + "/.local/share/firstk/firstk.db"
  }
}
