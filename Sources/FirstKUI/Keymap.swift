import FirstKCore

/// Which part of the screen a key binding belongs to; also the headings of the help.
public enum KeyGroup: String, CaseIterable, Sendable {
  case global = "Everywhere"
  case playbook = "Playbook"
  case gauge = "MRR"
  case customers = "Customer list (c in MRR)"
  case followUps = "Follow-ups"
  case prospects = "Prospect list (p in Follow-ups)"

  /// True when the group's keys work in `state`.
  func isActive(in state: AppState) -> Bool {
    switch self {
    case .global: return true
    case .playbook: return state.focus == .playbook
    case .gauge: return state.focus == .gauge && state.openList != .customers
    case .customers: return state.focus == .gauge && state.openList == .customers
    case .followUps: return state.focus == .followUps && state.openList != .prospects
    case .prospects: return state.focus == .followUps && state.openList == .prospects
    }
  }
}

/// One row of the keymap: the keys, what they do, the help text and where they work.
public struct KeyBinding: Sendable {
  public let keys: [Key]
  public let action: Action
  public let help: String
  public let group: KeyGroup
  /// Shown in the footer when its pane has focus (the help overlay shows all).
  public let inFooter: Bool

  init(_ keys: [Key], _ action: Action, _ help: String, _ group: KeyGroup, footer: Bool = false) {
    self.keys = keys
    self.action = action
    self.help = help
    self.group = group
    self.inFooter = footer
  }

  /// The keys as one label, e.g. "Down/j".
  public var keyLabel: String { keys.map(\.label).joined(separator: "/") }
}

/// The single table from which dispatch, the footer, the help overlay and the README's
/// key list all come.
public enum Keymap {
  public static let bindings: [KeyBinding] = [
    KeyBinding([.tab], .focusNextPressed, "next pane", .global, footer: true),
    KeyBinding([.backTab], .focusPreviousPressed, "previous pane", .global),
    KeyBinding([.character("1")], .paneChosen(.playbook), "Playbook pane", .global),
    KeyBinding([.character("2")], .paneChosen(.gauge), "MRR pane", .global),
    KeyBinding([.character("3")], .paneChosen(.followUps), "Follow-ups pane", .global),
    KeyBinding([.character("P")], .records(.profilePressed), "edit your product and goal",
      .global),
    KeyBinding([.character("?")], .helpPressed, "help", .global, footer: true),
    KeyBinding([.character("q"), .control("c")], .quitPressed, "quit", .global, footer: true),

    KeyBinding([.up, .character("k")], .playbook(.upPressed), "previous choice", .playbook),
    KeyBinding([.down, .character("j")], .playbook(.downPressed), "next choice", .playbook,
      footer: true),
    KeyBinding([.enter, .right, .character("l")], .playbook(.openPressed), "open", .playbook,
      footer: true),
    KeyBinding([.escape, .backspace, .left, .character("h")], .playbook(.backPressed), "back",
      .playbook, footer: true),
    KeyBinding([.pageDown, .character(" ")], .playbook(.pageDownPressed), "scroll text down",
      .playbook),
    KeyBinding([.pageUp], .playbook(.pageUpPressed), "scroll text up", .playbook),
    KeyBinding([.home, .character("g")], .playbook(.topPressed), "first choice", .playbook),
    KeyBinding([.end, .character("G")], .playbook(.bottomPressed), "last choice", .playbook),
    KeyBinding([.character("w")], .playbook(.youAreHerePressed), "where am I?", .playbook,
      footer: true),
    KeyBinding([.character("n")], .playbook(.nextActionChosen), "make it my ONE next action",
      .playbook, footer: true),
    KeyBinding([.character("D")], .playbook(.nextActionDone), "ONE next action done",
      .playbook),

    KeyBinding([.character("+"), .character("="), .up, .character("k")], .gauge(.whatIfRaised),
      "what-if price up", .gauge, footer: true),
    KeyBinding([.character("-"), .down, .character("j")], .gauge(.whatIfLowered),
      "what-if price down", .gauge, footer: true),
    KeyBinding([.enter], .gauge(.whatIfAdopted), "adopt what-if as list price", .gauge,
      footer: true),
    KeyBinding([.escape, .character("0")], .gauge(.whatIfReset), "reset what-if", .gauge),
    KeyBinding([.character("c")], .records(.listToggled(.customers)), "customer list", .gauge,
      footer: true),
    KeyBinding([.character("n")], .records(.newPressed(.customers)), "new customer", .gauge,
      footer: true),
    KeyBinding([.character("i")], .records(.importMenuPressed), "import Stripe or CSV", .gauge,
      footer: true),

    KeyBinding([.up, .character("k")], .records(.upPressed), "previous customer", .customers),
    KeyBinding([.down, .character("j")], .records(.downPressed), "next customer", .customers),
    KeyBinding([.character("n")], .records(.newPressed(.customers)), "new customer", .customers,
      footer: true),
    KeyBinding([.enter, .character("e")], .records(.editPressed), "edit", .customers,
      footer: true),
    KeyBinding([.character("d"), .delete], .records(.deletePressed), "delete", .customers,
      footer: true),
    KeyBinding([.character("u")], .records(.undoPressed), "undo delete", .customers,
      footer: true),
    KeyBinding([.escape, .character("c")], .records(.listToggled(.customers)), "close list",
      .customers, footer: true),

    KeyBinding([.left, .character("h")], .calendar(.dayLeftPressed), "previous day", .followUps),
    KeyBinding([.right, .character("l")], .calendar(.dayRightPressed), "next day", .followUps),
    KeyBinding([.up, .character("k")], .calendar(.weekUpPressed), "week before", .followUps),
    KeyBinding([.down, .character("j")], .calendar(.weekDownPressed), "week after", .followUps),
    KeyBinding([.pageUp, .character("[")], .calendar(.monthPreviousPressed), "month before",
      .followUps),
    KeyBinding([.pageDown, .character("]")], .calendar(.monthNextPressed), "month after",
      .followUps),
    KeyBinding([.character("t"), .home], .calendar(.todayPressed), "today", .followUps),
    KeyBinding([.character("J")], .calendar(.agendaDownPressed), "next in agenda", .followUps),
    KeyBinding([.character("K")], .calendar(.agendaUpPressed), "previous in agenda",
      .followUps),
    KeyBinding([.character("a")], .calendar(.askPressed), "ask to pay (plans follow-ups)",
      .followUps, footer: true),
    KeyBinding([.character("s")], .calendar(.sentPressed), "follow-up sent", .followUps,
      footer: true),
    KeyBinding([.character("r")], .calendar(.repliedPressed), "replied", .followUps,
      footer: true),
    KeyBinding([.character("$")], .calendar(.paidPressed), "paid: becomes a customer",
      .followUps, footer: true),
    KeyBinding([.character("o")], .calendar(.objectionMenuPressed), "objection...", .followUps,
      footer: true),
    KeyBinding([.character("x")], .calendar(.lostPressed), "lost", .followUps),
    KeyBinding([.character("z")], .calendar(.snoozeMenuPressed), "snooze...", .followUps),
    KeyBinding([.character("p")], .records(.listToggled(.prospects)), "prospect list",
      .followUps, footer: true),
    KeyBinding([.character("n")], .records(.newPressed(.prospects)), "new prospect",
      .followUps, footer: true),
    KeyBinding([.character("i")], .records(.importPressed(.leads)), "import leads",
      .followUps),

    KeyBinding([.up, .character("k")], .records(.upPressed), "previous prospect", .prospects),
    KeyBinding([.down, .character("j")], .records(.downPressed), "next prospect", .prospects),
    KeyBinding([.character("n")], .records(.newPressed(.prospects)), "new prospect",
      .prospects, footer: true),
    KeyBinding([.enter, .character("e")], .records(.editPressed), "edit", .prospects,
      footer: true),
    KeyBinding([.character("t")], .records(.talkMenuPressed), "talk: would they pay?",
      .prospects, footer: true),
    KeyBinding([.character("d"), .delete], .records(.deletePressed), "delete", .prospects,
      footer: true),
    KeyBinding([.character("u")], .records(.undoPressed), "undo delete", .prospects,
      footer: true),
    KeyBinding([.escape, .character("p")], .records(.listToggled(.prospects)), "close list",
      .prospects, footer: true),
  ]

  /// The action a key triggers in `state`. An open prompt or the help overlay takes
  /// every key; otherwise the focused pane's bindings come before the global ones. With
  /// the screen's height, scrolling the help stops where its end shows.
  public static func action(
    for key: Key, in state: AppState, screenHeight: Int? = nil
  ) -> Action? {
    if case .control("c") = key { return .quitPressed }
    switch state.prompt {
    case .menu:
      switch key {
      case .escape: return .prompt(.dismissed)
      case .character(let c): return .prompt(.menuKeyPressed(c))
      default: return nil
      }
    case .form:
      return formAction(for: key)
    case nil:
      break
    }
    if state.showingHelp {
      guard case .helpScrolled(let delta) = helpAction(for: key), let screenHeight else {
        return helpAction(for: key)
      }
      let limit = HelpOverlay.maxScroll(screenHeight: screenHeight)
      let target = min(max(0, min(state.helpScroll, limit) + delta), limit)
      return .helpScrolled(target - state.helpScroll)
    }
    let active = bindings.filter { $0.keys.contains(key) && $0.group.isActive(in: state) }
    return (active.first { $0.group != .global } ?? active.first)?.action
  }

  static func formAction(for key: Key) -> Action? {
    switch key {
    case .escape: return .prompt(.dismissed)
    case .enter: return .prompt(.submitted)
    case .tab, .down: return .prompt(.nextFieldPressed)
    case .backTab, .up: return .prompt(.previousFieldPressed)
    case .backspace: return .prompt(.erased)
    case .control("u"): return .prompt(.fieldCleared)
    case .character(let c): return .prompt(.typed(c))
    default: return nil
    }
  }

  static func helpAction(for key: Key) -> Action? {
    switch key {
    case .up, .character("k"): return .helpScrolled(-1)
    case .down, .character("j"): return .helpScrolled(1)
    case .pageUp: return .helpScrolled(-10)
    case .pageDown, .character(" "): return .helpScrolled(10)
    case .escape, .character("?"): return .helpPressed
    case .character("q"): return .quitPressed
    default: return nil
    }
  }

  /// What pasted text does: typed into an open form's field, a character at a time with
  /// control characters left out; anywhere else it does nothing, and says so, since a
  /// pasted letter must never act as a key.
  public static func actions(forPasted text: String, in state: AppState) -> [Action] {
    guard case .form = state.prompt else {
      return [.failed("Pasted text goes into a form's field; nothing was done.")]
    }
    return text.filter { !$0.unicodeScalars.contains(where: TextWidth.isControl) }
      .map { .prompt(.typed($0)) }
  }

  /// The keys of an open form, menu or help overlay, which take every key, as the
  /// footer shows them; nil when none is open.
  public static func modalHints(for state: AppState) -> [(key: String, does: String)]? {
    switch state.prompt {
    case .form: return [("Enter", "save"), ("Tab", "next field"), ("Esc", "cancel")]
    case .menu: return [("Esc", "cancel")]
    case nil: break
    }
    guard state.showingHelp else { return nil }
    return [("Down", "scroll"), ("Esc", "close"), ("q", "quit")]
  }

  /// The footer's hints where the focus is, pane keys before global ones.
  public static func footerHints(for state: AppState) -> [KeyBinding] {
    let active = bindings.filter { $0.inFooter && $0.group.isActive(in: state) }
    return active.filter { $0.group != .global } + active.filter { $0.group == .global }
  }
}
