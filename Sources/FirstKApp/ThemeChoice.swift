import FirstKUI

/// Which theme the dashboard uses and whether it may use colour.
struct ThemeChoice {
  var theme: Theme
  var colorAllowed: Bool
  /// A problem to show on the status line (the default theme is then in use).
  var problem: String?

  /// Resolves `--theme NAME|PATH`: a built-in name, a file in the user's theme folder,
  /// or a path. `NO_COLOR` turns colour off unless a theme was asked for.
  static func resolve(request: String?, environment: [String: String]) throws -> ThemeChoice {
    let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
    guard let request, !request.isEmpty else {
      return ThemeChoice(theme: ThemeCatalog.fallback, colorAllowed: !noColor, problem: nil)
    }
    let path: String
    if request.contains("/") || request.hasSuffix(".theme") {
      path = request
    } else if let userPath = userThemePath(request, environment: environment),
      TextFile.exists(userPath)
    {
      path = userPath
    } else if let builtIn = ThemeCatalog.builtIn(request) {
      return ThemeChoice(theme: builtIn, colorAllowed: true, problem: nil)
    } else {
      let names = ThemeCatalog.builtInNames.joined(separator: ", ")
      throw UserError("no theme named \"\(request)\"; built in: \(names); "
        + "or give a path to a .theme file")
    }
    let text = try TextFile.read(path)
    let name = String(path.split(separator: "/").last ?? "theme")
    switch Theme.parse(text, name: name, file: path) {
    case .success(let theme):
      return ThemeChoice(theme: ThemeCatalog.completed(theme), colorAllowed: true, problem: nil)
    case .failure(let problem):
      return ThemeChoice(
        theme: ThemeCatalog.fallback, colorAllowed: !noColor,
        problem: "theme not used: \(problem); using the default theme")
    }
  }

  static func userThemePath(_ name: String, environment: [String: String]) -> String? {
    if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
      return "\(config)/firstk/themes/\(name).theme"
    }
    guard let home = environment["HOME"], !home.isEmpty else { return nil }
    return "\(home)/.config/firstk/themes/\(name).theme"
  }
}
