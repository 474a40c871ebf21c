/// firstk's tables, as the ordered list of migrations that builds them. Adding a table or
/// column later is one more entry at the end; entries already released never change.
public enum Schema {
  public static let migrations: [Migration] = [version1, version2]

  /// The newest schema version this firstk knows.
  public static var latestVersion: Int { migrations.count }

  /// Profile, exchange rates, customers and the ONE next action.
  static let version1 = Migration(
    "profile, exchange rates, customers, next action",
    [
      """
      CREATE TABLE profile (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        product_name TEXT NOT NULL DEFAULT '',
        problem TEXT NOT NULL DEFAULT '',
        audience TEXT NOT NULL DEFAULT '',
        list_price_minor INTEGER CHECK (list_price_minor > 0),
        list_price_currency TEXT,
        started TEXT,
        built INTEGER CHECK (built IN (0, 1)),
        goal_minor INTEGER NOT NULL CHECK (goal_minor > 0),
        goal_currency TEXT NOT NULL,
        currency TEXT NOT NULL,
        first_weekday INTEGER NOT NULL DEFAULT 1 CHECK (first_weekday IN (0, 1)),
        grace_days INTEGER NOT NULL DEFAULT 30 CHECK (grace_days BETWEEN 0 AND 365)
      )
      """,
      """
      CREATE TABLE exchange_rates (
        currency TEXT PRIMARY KEY,
        millionths INTEGER NOT NULL CHECK (millionths > 0)
      )
      """,
      """
      CREATE TABLE customers (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        contact TEXT NOT NULL DEFAULT '',
        amount_minor INTEGER NOT NULL CHECK (amount_minor >= 0),
        currency TEXT NOT NULL,
        interval TEXT NOT NULL CHECK (interval IN ('day', 'week', 'month', 'year')),
        interval_count INTEGER NOT NULL DEFAULT 1 CHECK (interval_count BETWEEN 1 AND 100),
        quantity INTEGER NOT NULL DEFAULT 1 CHECK (quantity BETWEEN 1 AND 1000000),
        status TEXT NOT NULL,
        started TEXT,
        canceled_on TEXT,
        cancel_at_period_end INTEGER NOT NULL DEFAULT 0 CHECK (cancel_at_period_end IN (0, 1)),
        current_period_end TEXT,
        past_due_since TEXT,
        trial_end TEXT,
        source TEXT NOT NULL DEFAULT '',
        plan TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        external_id TEXT UNIQUE
      )
      """,
      """
      CREATE TABLE next_action (
        id INTEGER PRIMARY KEY,
        text TEXT NOT NULL,
        set_on TEXT NOT NULL,
        done_on TEXT
      )
      """,
    ])
}
