/// Something that happened: a key the keymap recognised, or an event from outside
/// (a resize, the date changing, the database changing under us).
public enum Action: Equatable, Sendable {
  case focusNextPressed
  case focusPreviousPressed
  case paneChosen(PaneID)
  case helpPressed
  case helpScrolled(Int)
  case escapePressed
  case quitPressed
  case interrupted
  case dayChanged(CivilDate)
  case playbook(PlaybookAction)
  case gauge(GaugeAction)
}

/// Work the run loop does after a reducer: the reducer itself never touches the
/// terminal, the clock or the disk.
public enum Effect: Equatable, Sendable {
  case quit
  /// Write the profile to the database.
  case saveProfile(Profile)
}
