/// Applies one action to the state and returns the effects the run loop must perform.
public func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
  if action.isKeyPress { state.status = nil }
  switch action {
  case .focusNextPressed:
    state.focus = state.focus.neighbour(by: 1)
    return []

  case .focusPreviousPressed:
    state.focus = state.focus.neighbour(by: -1)
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
    if state.openList != nil {
      state.openList = nil
      return []
    }
    switch state.focus {
    case .playbook: return state.reducePlaybook(.backPressed)
    case .gauge: return state.reduceGauge(.whatIfReset)
    case .followUps: return []
    }

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

  case .records(let recordsAction):
    return state.reduceRecords(recordsAction)

  case .prompt(let promptAction):
    return state.reducePrompt(promptAction)

  case .dataReloaded(let snapshot):
    return state.load(snapshot)

  case .failed(let message):
    state.status = StatusMessage(message, kind: .error)
    return []

  case .reported(let message):
    state.status = StatusMessage(message)
    return []
  }
}

extension Action {
  /// False for events that come from outside (a reload, a new day), which must not wipe
  /// a message the user has not read yet.
  var isKeyPress: Bool {
    switch self {
    case .dayChanged, .dataReloaded, .interrupted, .failed, .reported:
      return false
    case .focusNextPressed, .focusPreviousPressed, .paneChosen, .helpPressed, .helpScrolled,
      .escapePressed, .quitPressed, .playbook, .gauge, .calendar, .records, .prompt:
      return true
    }
  }
}

extension PaneID {
  /// The pane `offset` places further in focus order, wrapping around.
  func neighbour(by offset: Int) -> PaneID {
    let all = PaneID.allCases
    let index = all.firstIndex(of: self) ?? 0
    return all[(index + offset % all.count + all.count) % all.count]
  }
}
