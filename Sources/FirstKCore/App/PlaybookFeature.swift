/// Where the reader is in the playbook tree.
public struct PlaybookState: Equatable, Sendable {
  public var path: [Int] = []
  public var selection = 0
  public var scroll = 0

  public init() {}
}

/// Keys of the Playbook pane.
public enum PlaybookAction: Equatable, Sendable {
  case upPressed
  case downPressed
  case openPressed
  case backPressed
}

extension AppState {
  mutating func reducePlaybook(_ action: PlaybookAction) -> [Effect] {
    switch action {
    case .upPressed:
      playbook.selection = max(0, playbook.selection - 1)
    case .downPressed:
      playbook.selection += 1
    case .openPressed:
      playbook.path.append(playbook.selection)
      playbook.selection = 0
    case .backPressed:
      if let last = playbook.path.popLast() { playbook.selection = last }
    }
    return []
  }
}
