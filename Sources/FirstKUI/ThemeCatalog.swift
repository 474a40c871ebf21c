/// The themes built into the binary and how a `--theme` request picks one.
public enum ThemeCatalog {
  public static let defaultName = "default"

  /// Names of the built-in themes, sorted.
  public static var builtInNames: [String] { builtInThemeFiles.map(\.name).sorted() }

  /// A built-in theme by name, parsed from the text embedded at build time.
  public static func builtIn(_ name: String) -> Theme? {
    guard let file = builtInThemeFiles.first(where: { $0.name == name }) else { return nil }
    return try? Theme.parse(file.text, name: name, file: "Themes/\(name).theme").get()
  }

  /// The default theme; it is checked by the tests, so it always parses.
  public static var fallback: Theme {
    builtIn(defaultName) ?? Theme(name: defaultName, looks: [:], usesColor: false)
  }

  /// Fills the slots a user theme leaves out from the default theme.
  public static func completed(_ theme: Theme) -> Theme {
    var looks = fallback.looks
    for (slot, look) in theme.looks { looks[slot] = look }
    return Theme(name: theme.name, looks: looks, usesColor: theme.usesColor)
  }
}
