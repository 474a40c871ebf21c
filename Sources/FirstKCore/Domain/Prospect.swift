/// Where a prospect is reached; decides how an ask or a follow-up is sent.
public enum Channel: String, CaseIterable, Equatable, Sendable {
  case dm
  case email
  case community
  case other

  /// The channel a contact suggests when none is given: email for an email address,
  /// other for anything else (a handle, a profile link, nothing).
  public init(guessedFrom contact: String) {
    let trimmed = contact.trimmingSpaces()
    self = trimmed.contains("@") && !trimmed.hasPrefix("@") ? .email : .other
  }
}

/// How far a sale has come, in the playbook's order: contact, talk, ask, then an end.
public enum ProspectStage: String, CaseIterable, Equatable, Sendable {
  case toContact = "to_contact"
  case talked
  case asked
  case won
  case lost
  case ghosted

  /// True for a prospect who has not been asked to pay yet.
  public var isBeforeAsk: Bool { self == .toContact || self == .talked }
}

/// The playbook's objections to a price, plus anything else the prospect said.
public enum ObjectionKind: String, CaseIterable, Equatable, Sendable {
  case expensive
  case fit
  case think
  case trust
  case other

  /// The objection in the prospect's words, as the playbook quotes it.
  public var label: String {
    switch self {
    case .expensive: return "Too expensive"
    case .fit: return "Doesn't solve my problem"
    case .think: return "Need to think about it"
    case .trust: return "Don't trust this"
    case .other: return "Other"
    }
  }
}

/// Someone who might pay: talked to, asked, followed up, and finally won or lost.
public struct Prospect: Equatable, Sendable, Identifiable {
  /// The database row id; nil until saved.
  public var id: Int64?
  public var name: String
  /// An email address, a handle or a profile URL.
  public var contact: String
  public var company: String
  public var channel: Channel
  public var stage: ProspectStage
  public var notes: String
  /// The day they were last asked to pay; follow-ups count from it.
  public var askedOn: CivilDate?
  /// Their answer to "would you pay?" in a validation talk; nil when not asked.
  public var wouldPay: Bool?
  public var talkedOn: CivilDate?
  /// The last day they replied; a reply since the ask means they are not ghosting.
  public var repliedOn: CivilDate?
  public var objection: ObjectionKind?
  /// The objection in their own words.
  public var objectionNote: String

  public init(
    id: Int64? = nil, name: String, contact: String = "", company: String = "",
    channel: Channel = .other, stage: ProspectStage = .toContact, notes: String = "",
    askedOn: CivilDate? = nil, wouldPay: Bool? = nil, talkedOn: CivilDate? = nil,
    repliedOn: CivilDate? = nil, objection: ObjectionKind? = nil, objectionNote: String = ""
  ) {
    self.id = id
    self.name = name
    self.contact = contact
    self.company = company
    self.channel = channel
    self.stage = stage
    self.notes = notes
    self.askedOn = askedOn
    self.wouldPay = wouldPay
    self.talkedOn = talkedOn
    self.repliedOn = repliedOn
    self.objection = objection
    self.objectionNote = objectionNote
  }

  /// True for someone counted as talked to: a validation talk, or an answer to "would
  /// you pay?", is on record. `Store.talkCounts` counts by the same rule.
  public var hasTalked: Bool { talkedOn != nil || wouldPay != nil }

  /// True when a reply was recorded on or after the latest ask.
  public var repliedSinceAsk: Bool {
    guard let repliedOn else { return false }
    guard let askedOn else { return true }
    return repliedOn >= askedOn
  }
}
