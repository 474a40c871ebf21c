/// Applies one action to the state and returns the effects the run loop must perform.
public func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
  if case .helpScrolled = action {} else if state.showingHelp, action != .helpPressed,
    action != .quitPressed, action != .interrupted
  {
    if action == .escapePressed { state.showingHelp = false }
    return []
  }
  state.status = nil
  switch action {
  case .focusNextPressed:
    state.focus = PaneID(rawValue: (state.focus.rawValue + 1) % PaneID.allCases.count)!
    return []

  case .focusPreviousPressed:
    let count = PaneID.allCases.count
    state.focus = PaneID(rawValue: (state.focus.rawValue + count - 1) % count)!
    return []

  case .paneChosen(let pane):
    state.focus = pane
    return []

  case .helpPressed:
    state.showingHelp.toggle()
    state.helpScroll = 0
    return []

  case .helpScrolled(let delta):
    state.helpScroll = max(0, state.helpScroll + delta)
    return []

  case .escapePressed:
    if state.focus == .playbook {
      return state.reducePlaybook(.backPressed)
    }
    return []

  case .quitPressed, .interrupted:
    return [.quit]

  case .dayChanged(let day):
    let previous = state.today
    state.today = day
    return state.calendarDayChanged(from: previous)

  case .playbook(let playbookAction):
    return state.reducePlaybook(playbookAction)

  case .gauge(let gaugeAction):
    return state.reduceGauge(gaugeAction)

  case .calendar(let calendarAction):
    return state.reduceCalendar(calendarAction)
  }
}
