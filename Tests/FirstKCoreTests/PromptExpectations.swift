import Testing

@testable import FirstKCore

/// The form the state shows, or a recorded failure when none is open.
func openForm(
  _ state: AppState, sourceLocation: SourceLocation = #_sourceLocation
) -> Form? {
  guard case .form(let form) = state.prompt else {
    Issue.record("no form is open", sourceLocation: sourceLocation)
    return nil
  }
  return form
}

/// The menu the state shows, or a recorded failure when none is open.
func openMenu(
  _ state: AppState, sourceLocation: SourceLocation = #_sourceLocation
) -> Menu? {
  guard case .menu(let menu) = state.prompt else {
    Issue.record("no menu is open", sourceLocation: sourceLocation)
    return nil
  }
  return menu
}
