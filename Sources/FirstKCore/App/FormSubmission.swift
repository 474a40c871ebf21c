/// Why a form's values cannot be saved, in words for the user.
public struct FormProblem: Error, Equatable, Sendable {
  public var message: String
  public init(_ message: String) { self.message = message }
}

extension AppState {
  /// For a form whose record was deleted while it was open (in another dashboard or by
  /// a command): saving it would bring back a stranger under the same name.
  static let goneElsewhere = FormProblem(
    "This was deleted elsewhere while the form was open; nothing was saved. Esc closes.")

  /// Turns a filled-in form into the effects that save it; the state changes at once
  /// where the change is the user's own (the profile), the rest arrives by reload.
  mutating func apply(_ form: Form) throws(FormProblem) -> [Effect] {
    switch form.purpose {
    case .addCustomer:
      let customer = try FormReading.customer(from: form, base: nil, profile: profile, today: today)
      status = StatusMessage("Added \(TextPreview.sentence(customer.name))")
      return [.saveCustomer(customer)]

    case .editCustomer(let id):
      guard let base = customers.first(where: { $0.id == id }) else { throw Self.goneElsewhere }
      let customer = try FormReading.customer(
        from: form, base: base, profile: profile, today: today)
      status = StatusMessage("Saved \(TextPreview.sentence(customer.name))")
      return [.saveCustomer(customer)]

    case .addProspect, .editProspect:
      var prospect = Prospect(name: "")
      if case .editProspect(let id) = form.purpose {
        guard let existing = prospects.first(where: { $0.id == id }) else {
          throw Self.goneElsewhere
        }
        prospect = existing
      }
      try FormReading.fill(&prospect, from: form)
      if let twin = ProspectNames.twin(of: prospect, among: prospects) {
        let at = twin.company.isEmpty ? "" : " at \(TextPreview.short(twin.company))"
        throw FormProblem(
          "\(TextPreview.short(twin.name))\(at) is already saved (#\(twin.id ?? 0)). "
            + "Give another name, or the company that tells them apart.")
      }
      status = StatusMessage("Saved prospect \(TextPreview.sentence(prospect.name))")
      return [.saveProspect(prospect)]

    case .editProfile:
      var edited = profile
      try FormReading.fill(&edited, from: form, today: today)
      profile = edited
      status = StatusMessage("Profile saved.")
      return [.saveProfile(edited)]

    case .importFile(let kind):
      let path = form.value("File")
      guard !path.isEmpty else { throw FormProblem("Type the path of the file to import.") }
      return [.importFile(kind, path: path)]

    case .objectionNote:
      let note = form.value("Objection")
      guard !note.trimmingSpaces().isEmpty else {
        throw FormProblem("Objection: type what they said, or Esc to record none.")
      }
      prompt = nil
      return reduceCalendar(.objectionChosen(.other, note: note))
    }
  }
}
