extension Schema {
  /// Prospects, their follow-ups and validation talks, and a settings table for the
  /// follow-up cadence.
  ///
  /// A prospect row keeps the latest talk's answer (`talked_on`, `would_pay`) so the
  /// playbook's counts are one query; `talks` keeps every talk, oldest first, for the
  /// record. `name_key` is the name folded for case-insensitive lookups by name; it is
  /// written with the name by `ProspectRow` and never typed by the user. Dates are
  /// `YYYY-MM-DD` text, which sorts as the days do.
  static let version2 = Migration(
    "prospects, follow-ups, validation talks, settings",
    [
      """
      CREATE TABLE prospects (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        name_key TEXT NOT NULL,
        contact TEXT NOT NULL DEFAULT '',
        company TEXT NOT NULL DEFAULT '',
        channel TEXT NOT NULL DEFAULT 'other'
          CHECK (channel IN ('dm', 'email', 'community', 'other')),
        stage TEXT NOT NULL DEFAULT 'to_contact'
          CHECK (stage IN ('to_contact', 'talked', 'asked', 'won', 'lost', 'ghosted')),
        notes TEXT NOT NULL DEFAULT '',
        asked_on TEXT,
        would_pay INTEGER CHECK (would_pay IN (0, 1)),
        talked_on TEXT,
        replied_on TEXT,
        objection TEXT CHECK (objection IN ('expensive', 'fit', 'think', 'trust', 'other')),
        objection_note TEXT NOT NULL DEFAULT ''
      )
      """,
      "CREATE INDEX prospects_name_key ON prospects (name_key)",
      "CREATE INDEX prospects_asked_on ON prospects (asked_on)",
      """
      CREATE TABLE follow_ups (
        id INTEGER PRIMARY KEY,
        prospect_id INTEGER NOT NULL REFERENCES prospects (id) ON DELETE CASCADE,
        due TEXT NOT NULL,
        step INTEGER NOT NULL CHECK (step >= 1),
        step_count INTEGER NOT NULL CHECK (step_count >= step),
        day_number INTEGER NOT NULL CHECK (day_number > 1),
        status TEXT NOT NULL DEFAULT 'due' CHECK (status IN ('due', 'sent', 'skipped')),
        done_on TEXT,
        message TEXT NOT NULL DEFAULT ''
      )
      """,
      "CREATE INDEX follow_ups_due ON follow_ups (due)",
      "CREATE INDEX follow_ups_pending_due ON follow_ups (due) WHERE status = 'due'",
      "CREATE INDEX follow_ups_prospect ON follow_ups (prospect_id, step)",
      """
      CREATE TABLE talks (
        id INTEGER PRIMARY KEY,
        prospect_id INTEGER NOT NULL REFERENCES prospects (id) ON DELETE CASCADE,
        talked_on TEXT NOT NULL,
        would_pay INTEGER NOT NULL CHECK (would_pay IN (0, 1)),
        notes TEXT NOT NULL DEFAULT ''
      )
      """,
      "CREATE INDEX talks_prospect ON talks (prospect_id)",
      """
      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) WITHOUT ROWID
      """,
    ])
}
