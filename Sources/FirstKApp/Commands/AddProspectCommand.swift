import FirstKCore
import FirstKData

/// `firstk add prospect NAME ...`: someone to talk to and, later, ask to pay.
enum AddProspectCommand {
  static let usage = """
    Usage: firstk add prospect NAME [options]

      --contact TEXT         email address, handle or profile URL
      --company TEXT         where they work
      --channel dm|email|community|other
                             how you reach them (default: email when the contact is an
                             email address, else other)
      --notes TEXT           anything worth remembering

    """

  static let valued: Set<String> = ["--contact", "--company", "--channel", "--notes"]

  static func run(_ context: CommandContext, _ arguments: [String]) throws -> Int32 {
    let options = try CommandOptions(arguments, command: "add prospect", valued: valued)
    let name = try ProspectLookup.name(options.positionals, command: "add prospect")
    var prospect = Prospect(name: name)
    prospect.contact = options.value("--contact")?.trimmingSpaces() ?? ""
    prospect.company = options.value("--company")?.trimmingSpaces() ?? ""
    prospect.notes = options.value("--notes")?.trimmingSpaces() ?? ""
    if let text = options.value("--channel") {
      prospect.channel = try OptionValues.choice(
        text, option: "--channel", from: Channel.allCases.map { ($0.rawValue, $0) })
    } else {
      prospect.channel = Channel(guessedFrom: prospect.contact)
    }

    let store = try context.openStore()
    if let twin = ProspectNames.twin(of: prospect, among: try store.prospects(named: name)) {
      let at = twin.company.isEmpty ? "" : " at \(ProspectLookup.quoted(twin.company))"
      throw UserError(
        "a prospect named \(ProspectLookup.quoted(twin.name))\(at) is already saved "
          + "(#\(twin.id ?? 0)); nothing was added. Use a different name or --company to "
          + "add another person")
    }
    let id = try store.insert(prospect)
    var details = [prospect.channel.rawValue]
    if !prospect.company.isEmpty { details.insert(TextTable.inert(prospect.company), at: 0) }
    if !prospect.contact.isEmpty { details.append(TextTable.inert(prospect.contact)) }
    context.console.out(
      "Added prospect \(id): \(TextTable.inert(name)) (\(details.joined(separator: ", "))).\n"
        + "When you have asked them to pay: firstk ask \(typedAgain(name, id: id))\n")
    return 0
  }

  /// How to name the prospect in a later command: the name, unless it holds characters
  /// that cannot be typed or shown, then its number.
  static func typedAgain(_ name: String, id: Int64) -> String {
    TextTable.inert(name) == name ? shellQuoted(name) : "'#\(id)'"
  }

  /// The name as the user would type it again: quoted when it has spaces or quotes.
  static func shellQuoted(_ name: String) -> String {
    let safe = name.allSatisfy { $0.isLetter || $0.isNumber || "-_.@".contains($0) }
    let inert = TextTable.inert(name)
    return safe ? inert : "'" + inert.replacing("'", with: "'\\''") + "'"
  }
}
