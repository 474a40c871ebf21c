import FirstKCore

/// Which kind of file the leads came from; it decides the columns read and the channel.
public enum LeadSource: String, Equatable, Sendable {
  /// LinkedIn's `Connections.csv`: prospects reached by direct message.
  case linkedIn = "linkedin"
  /// A Google Contacts export.
  case googleContacts = "google"
  /// Any CSV with a name column.
  case generic = "csv"
}

/// A prospect read from one line of a lead file.
public struct ImportedLead: Equatable, Sendable {
  public var line: Int
  public var prospect: Prospect
  /// The email address in the row, also when the contact is a profile URL.
  public var email: String

  public init(line: Int, prospect: Prospect, email: String) {
    self.line = line
    self.prospect = prospect
    self.email = email
  }
}

/// A row left out because it repeats a lead already in the file or a saved prospect.
public struct LeadDuplicate: Equatable, Sendable {
  public var line: Int
  public var name: String
  /// What it repeats: "line 4" or "the saved prospect Ada Lovelace".
  public var original: String

  public init(line: Int, name: String, original: String) {
    self.line = line
    self.name = name
    self.original = original
  }
}

/// Something wrong with one line, said so that the user can fix the file.
public struct LeadProblem: Equatable, Sendable, CustomStringConvertible {
  public var line: Int
  public var message: String

  public init(line: Int, message: String) {
    self.line = line
    self.message = message
  }

  public var description: String { "line \(line): \(message)" }
}

/// What a lead file holds: the new prospects and a line-by-line account of the rest.
public struct LeadImport: Equatable, Sendable {
  public var source: LeadSource
  public var leads: [ImportedLead] = []
  /// Lines with nothing but a date, as LinkedIn writes for hidden connections.
  public var dateOnlyLines: [Int] = []
  public var duplicates: [LeadDuplicate] = []
  public var problems: [LeadProblem] = []

  public init(source: LeadSource) {
    self.source = source
  }

  /// The result without the leads that repeat a saved prospect: the same contact or
  /// email, or the same name at the same company. Those move to `duplicates`.
  public func removingExisting(_ existing: [Prospect]) -> LeadImport {
    var keys = LeadKeys()
    for prospect in existing {
      keys.insert(LeadKeys.of(prospect, email: ""), origin: "the saved prospect \(prospect.name)")
    }
    var result = self
    result.leads = []
    for lead in leads {
      if let original = keys.match(LeadKeys.of(lead.prospect, email: lead.email)) {
        result.duplicates.append(
          LeadDuplicate(line: lead.line, name: lead.prospect.name, original: original))
      } else {
        result.leads.append(lead)
      }
    }
    result.duplicates.sort { $0.line < $1.line }
    return result
  }
}

/// The ways two leads are the same person: a shared contact or email, or the same
/// name at the same company, compared without case and extra spaces.
struct LeadKeys {
  private var origins: [String: String] = [:]

  static func of(_ prospect: Prospect, email: String) -> [String] {
    var keys = [prospect.contact, email].map(normalize).filter { !$0.isEmpty }.map { "c:" + $0 }
    let name = normalize(prospect.name)
    if !name.isEmpty { keys.append("n:" + name + "\u{1F}" + normalize(prospect.company)) }
    return keys
  }

  func match(_ keys: [String]) -> String? {
    keys.lazy.compactMap { origins[$0] }.first
  }

  mutating func insert(_ keys: [String], origin: String) {
    for key in keys where origins[key] == nil { origins[key] = origin }
  }

  static func normalize(_ text: String) -> String {
    text.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
  }
}
