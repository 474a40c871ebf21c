import FirstKCore
import FirstKData

/// Finding the prospect a command names, and the words every prospect command shares.
enum ProspectLookup {
  /// The one saved prospect `name` means: its name up to case and spacing, or `#ID`.
  /// Refuses, changing nothing, an unknown name (listing close matches) and a name
  /// two prospects share (listing their numbers).
  static func find(_ name: String, in store: Store) throws -> Prospect {
    if name.hasPrefix("#"), let id = Int64(name.dropFirst()) {
      guard let prospect = try store.prospect(id: id) else {
        throw UserError("there is no prospect #\(id); list them with firstk prospects")
      }
      return prospect
    }
    let matches = try store.prospects(named: name)
    if matches.count > 1 {
      let list = matches.map { prospect in
        let company = prospect.company.isEmpty ? "" : " at \(quoted(prospect.company))"
        return "#\(prospect.id ?? 0)\(company)"
      }
      throw UserError(
        "\(matches.count) prospects are named \"\(TextTable.inert(name))\" "
          + "(\(list.joined(separator: ", "))); give the number instead, e.g. "
          + "\"#\(matches[0].id ?? 0)\"")
    }
    if let prospect = matches.first { return prospect }
    throw try unknown(name, in: store)
  }

  /// The error for a name nobody has, with the names the user may have meant.
  static func unknown(_ name: String, in store: Store) throws -> UserError {
    let shown = TextTable.inert(name)
    let close = try store.closeMatches(to: name)
    guard !close.isEmpty else {
      return UserError(
        "no prospect named \"\(shown)\"; list them with firstk prospects, or add one with "
          + "firstk add prospect NAME")
    }
    return UserError(
      "no prospect named \"\(shown)\"; did you mean: "
        + close.map(TextTable.inert).joined(separator: ", ") + "?")
  }

  /// The name from the command's positional words, which may be one quoted argument or
  /// several unquoted ones.
  static func name(_ words: some Collection<String>, command: String) throws -> String {
    let name = words.joined(separator: " ").trimmingSpaces()
    guard !name.isEmpty else { throw UsageError("\(command): give the prospect's name") }
    return name
  }

  /// The day of `--on`, or today when it is not given; an impossible day is refused.
  static func day(_ options: CommandOptions, today: CivilDate) throws -> CivilDate {
    guard let text = options.value("--on") else { return today }
    return try OptionValues.date(text, option: "--on")
  }

  /// The `--on` day of something that has happened: today or earlier.
  static func pastDay(_ options: CommandOptions, today: CivilDate) throws -> CivilDate {
    let day = try self.day(options, today: today)
    guard day <= today else {
      throw UserError("--on \(day) is after today (\(today)); record it once it has happened")
    }
    return day
  }

  /// Refuses a `day` before the prospect's last ask, for what can only follow it: a new
  /// ask, or anything that happened with the prospect since.
  static func check(_ day: CivilDate, isNotBeforeTheAskOf prospect: Prospect) throws {
    guard let asked = prospect.askedOn, day < asked else { return }
    throw UserError(
      "\(TextTable.inert(prospect.name)) was asked on \(asked), after \(day); "
        + "give a day on or after the ask. Nothing was changed.")
  }

  /// A name or other user text in quotes, made safe to print.
  static func quoted(_ text: String) -> String {
    "\"\(TextTable.inert(text))\""
  }
}
