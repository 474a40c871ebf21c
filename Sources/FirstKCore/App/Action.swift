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
  case calendar(CalendarAction)
}

/// Work the run loop does after a reducer: the reducer itself never touches the
/// terminal, the clock or the disk.
public enum Effect: Equatable, Sendable {
  case quit
  /// Store the user's ONE next action (set today, not done).
  case saveNextAction(String)
  /// Insert the prospect when its id is nil, else update it.
  case saveProspect(Prospect)
  /// Insert the follow-up when its id is nil, else update it.
  case saveFollowUp(FollowUp)
  /// Insert a new customer (a prospect who paid).
  case addCustomer(Customer)
  /// Write the profile to the database.
  case saveProfile(Profile)
}
