import FirstKCore

/// Which part of the screen a key binding belongs to; also the headings of the help.
public enum KeyGroup: String, CaseIterable, Sendable {
  case global = "Everywhere"
  case playbook = "Playbook"
  case gauge = "MRR"
  case followUps = "Follow-ups"

  var pane: PaneID? {
    switch self {
    case .global: return nil
    case .playbook: return .playbook
    case .gauge: return .gauge
    case .followUps: return .followUps
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
    KeyBinding([.character("?")], .helpPressed, "help", .global, footer: true),
    KeyBinding([.character("q"), .control("c")], .quitPressed, "quit", .global, footer: true),

    KeyBinding([.up, .character("k")], .playbook(.upPressed), "previous choice", .playbook),
    KeyBinding([.down, .character("j")], .playbook(.downPressed), "next choice", .playbook,
      footer: true),
    KeyBinding([.enter, .right, .character("l")], .playbook(.openPressed), "open", .playbook,
      footer: true),
    KeyBinding([.escape, .backspace, .left, .character("h")], .playbook(.backPressed), "back",
      .playbook, footer: true),
  ]

  /// The action a key triggers with the current focus: the focused pane's bindings
  /// first, then the global ones. Keys in the help overlay only scroll or close it.
  public static func action(for key: Key, in state: AppState) -> Action? {
    if state.showingHelp {
      switch key {
      case .up, .character("k"): return .helpScrolled(-1)
      case .down, .character("j"): return .helpScrolled(1)
      case .pageUp: return .helpScrolled(-10)
      case .pageDown, .character(" "): return .helpScrolled(10)
      case .escape, .character("?"): return .helpPressed
      case .character("q"), .control("c"): return .quitPressed
      default: return nil
      }
    }
    let focused = bindings.first { $0.group.pane == state.focus && $0.keys.contains(key) }
    let global = bindings.first { $0.group == .global && $0.keys.contains(key) }
    return (focused ?? global)?.action
  }

  /// The footer's hints for the focused pane, pane keys before global ones.
  public static func footerHints(for pane: PaneID) -> [KeyBinding] {
    let paneHints = bindings.filter { $0.inFooter && $0.group.pane == pane }
    let globalHints = bindings.filter { $0.inFooter && $0.group == .global }
    return paneHints + globalHints
  }
}
