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
  case records(RecordsAction)
  case prompt(PromptAction)
  /// The data was read again (after a save, or another process changed it).
  case dataReloaded(DataSnapshot)
  /// Something the run loop did went wrong; the message is for the status line.
  case failed(String)
  /// Something the run loop did has a result to tell; the message is for the status line.
  case reported(String)
}

/// Work the run loop does after a reducer: the reducer itself never touches the
/// terminal, the clock or the disk.
public enum Effect: Equatable, Sendable {
  case quit
  /// Store the user's ONE next action (set today, not done).
  case saveNextAction(String)
  /// Mark the ONE next action done today.
  case nextActionDone
  /// Insert the prospect when its id is nil, else update it.
  case saveProspect(Prospect)
  /// Insert the follow-up when its id is nil, else update it.
  case saveFollowUp(FollowUp)
  /// Write the profile to the database.
  case saveProfile(Profile)
  /// Insert the customer when its id is nil, else update it.
  case saveCustomer(Customer)
  case deleteCustomer(Customer)
  /// Insert a deleted customer again, under its old id if that is free.
  case restoreCustomer(Customer)
  /// Delete the prospect and its follow-ups.
  case deleteProspect(Prospect)
  /// Insert a deleted prospect again, with the follow-ups it had, under their old ids
  /// if those are free.
  case restoreProspect(Prospect, followUps: [FollowUp])
  /// Record a validation talk with the prospect on the day, and their answer.
  case recordTalk(Prospect, wouldPay: Bool, on: CivilDate)
  /// Import a file of the given kind and report what happened on the status line.
  case importFile(ImportKind, path: String)
}
