/// A small question on top of the panes: pick one of a few keys, or fill in a form.
public enum Prompt: Equatable, Sendable {
  case menu(Menu)
  case form(Form)
}

/// One choice of a menu, picked by its key.
public struct MenuOption: Equatable, Sendable {
  public var key: Character
  public var label: String
  public var action: Action

  public init(_ key: Character, _ label: String, _ action: Action) {
    self.key = key
    self.label = label
    self.action = action
  }
}

/// A few choices, each on its own key; Esc dismisses it.
public struct Menu: Equatable, Sendable {
  public var title: String
  public var options: [MenuOption]

  public init(title: String, options: [MenuOption]) {
    self.title = title
    self.options = options
  }
}

/// One text field of a form.
public struct FormField: Equatable, Sendable {
  public var label: String
  public var text: String
  /// What the field accepts, shown beside it.
  public var hint: String

  public init(_ label: String, _ text: String = "", hint: String = "") {
    self.label = label
    self.text = text
    self.hint = hint
  }
}

/// What a form is for; decides how its fields are checked and saved.
public enum FormPurpose: Equatable, Sendable {
  case addCustomer
  case editCustomer(Int64)
  case addProspect
  case editProspect(Int64)
  case editProfile
  case importFile(ImportKind)
  /// The note for an "other" objection from the selected agenda entry.
  case objectionNote
}

/// The kinds of file the dashboard can import.
public enum ImportKind: String, CaseIterable, Equatable, Sendable {
  case stripe
  case customers
  case leads
}

/// A form being filled in. Text is edited at the end of the focused field.
public struct Form: Equatable, Sendable {
  public var title: String
  public var purpose: FormPurpose
  public var fields: [FormField]
  public var focused = 0
  /// Why the last submission was refused, shown in the form.
  public var error: String?

  public init(title: String, purpose: FormPurpose, fields: [FormField]) {
    self.title = title
    self.purpose = purpose
    self.fields = fields
  }

  /// The text of the field labelled `label`, trimmed.
  public func value(_ label: String) -> String {
    fields.first { $0.label == label }?.text.trimmingSpaces() ?? ""
  }
}

/// Keys typed while a prompt is open.
public enum PromptAction: Equatable, Sendable {
  case menuKeyPressed(Character)
  case typed(Character)
  case erased
  case fieldCleared
  case nextFieldPressed
  case previousFieldPressed
  case submitted
  case dismissed
}

extension AppState {
  mutating func reducePrompt(_ action: PromptAction) -> [Effect] {
    switch (prompt, action) {
    case (.menu(let menu), .menuKeyPressed(let key)):
      guard let option = menu.options.first(where: { $0.key == key }) else { return [] }
      prompt = nil
      return reduce(&self, option.action)

    case (_, .dismissed):
      prompt = nil
      return []

    case (.form(var form), _):
      switch action {
      case .typed(let character):
        form.fields[form.focused].text.append(character)
      case .erased:
        if !form.fields[form.focused].text.isEmpty {
          form.fields[form.focused].text.removeLast()
        }
      case .fieldCleared:
        form.fields[form.focused].text = ""
      case .nextFieldPressed:
        form.focused = (form.focused + 1) % form.fields.count
      case .previousFieldPressed:
        form.focused = (form.focused + form.fields.count - 1) % form.fields.count
      case .submitted:
        return submit(form)
      case .menuKeyPressed, .dismissed:
        break
      }
      prompt = .form(form)
      return []

    case (.menu, _), (nil, _):
      return []
    }
  }

  /// Checks a form; on success closes it and returns what saves it, else keeps it open
  /// with the reason.
  mutating func submit(_ form: Form) -> [Effect] {
    do {
      let effects = try apply(form)
      if case .form(let open) = prompt, open == form { prompt = nil }
      return effects
    } catch {
      var refused = form
      refused.error = error.message
      prompt = .form(refused)
      return []
    }
  }
}
