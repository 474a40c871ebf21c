import FirstKCore
import FirstKData

/// `firstk profile`: shows the profile, or changes just the fields given.
enum ProfileCommand {
  static let command = Command(
    name: "profile", summary: "show or change your product, price, goal and currency",
    usage: usage, run: run)

  static let usage = """
    Usage: firstk profile [options]

    Without options, prints your profile. Each option changes just that field.

      --name TEXT              the product's name
      --problem TEXT           the problem it solves
      --audience TEXT          who it is for
      --price AMOUNT           monthly list price, e.g. 49 or 49.50
      --started YYYY-MM-DD     the day you started on it
      --built yes|no           whether something is built yet
      --goal AMOUNT            monthly recurring revenue to reach (default 1000)
      --currency CODE          primary currency, e.g. USD or EUR
      --first-weekday monday|sunday
                               first column of the calendar
      --grace-days N           days a past-due subscription still counts (default 30)
      --rate CODE=RATE[,...]   what one CODE is worth in the primary currency, e.g.
                               EUR=1.08; CODE=none removes that rate
      --follow-up-days LIST    days after an ask (day 1) to follow up on, for asks
                               from now on (default 3,7,14)

    """

  static let valued: Set<String> = [
    "--name", "--problem", "--audience", "--price", "--started", "--built", "--goal",
    "--currency", "--first-weekday", "--grace-days", "--rate", "--follow-up-days",
  ]

  static func run(_ context: CommandContext, _ arguments: [String]) throws -> Int32 {
    let options = try CommandOptions(arguments, command: "profile", valued: valued)
    if let extra = options.positionals.first {
      throw UsageError("profile: unexpected argument \"\(extra)\"")
    }
    let store = try context.openStore()
    let saved = try store.loadProfile()
    guard !options.isEmpty else {
      let lines = ProfileText.lines(saved, cadence: try store.followUpCadence())
      context.console.out(lines.joined(separator: "\n") + "\n")
      return 0
    }

    var notes: [String] = []
    let changed = try apply(options, to: saved, today: context.today, notes: &notes)
    let cadence = try options.value("--follow-up-days").map(followUpCadence)
    try store.saveProfile(changed)
    if let cadence {
      try store.saveFollowUpCadence(cadence)
      let days = cadence.days.map(String.init)
      let list = days.count == 1
        ? days[0] : days.dropLast().joined(separator: ", ") + " and " + days[days.count - 1]
      notes.append("Asks from now on plan follow-ups on day \(list) (the ask is day 1).")
    }
    let shown = try cadence ?? store.followUpCadence()
    let lines = ["Profile saved."] + ProfileText.lines(changed, cadence: shown) + notes
    context.console.out(lines.joined(separator: "\n") + "\n")
    return 0
  }

  /// The profile with every given option applied; throws before anything is saved.
  static func apply(
    _ options: CommandOptions, to saved: Profile, today: CivilDate, notes: inout [String]
  ) throws -> Profile {
    var profile = saved
    if let text = options.value("--name") { profile.productName = text.trimmingSpaces() }
    if let text = options.value("--problem") { profile.problem = text.trimmingSpaces() }
    if let text = options.value("--audience") { profile.audience = text.trimmingSpaces() }

    if let text = options.value("--currency") {
      let currency = try OptionValues.currency(text, option: "--currency")
      if currency != saved.currency {
        try changeCurrency(of: &profile, to: currency, options: options, notes: &notes)
      }
    }
    if let text = options.value("--price") {
      profile.listPrice = try OptionValues.money(
        text, option: "--price", currency: profile.currency, allowZero: false)
    }
    if let text = options.value("--goal") {
      profile.goal = try OptionValues.money(
        text, option: "--goal", currency: profile.currency, allowZero: false)
    }
    if let text = options.value("--started") {
      let day = try OptionValues.date(text, option: "--started")
      guard day <= today else {
        throw UserError("--started \(day) is after today (\(today)); give the day you began")
      }
      profile.started = day
    }
    if let text = options.value("--built") {
      profile.built = try OptionValues.choice(
        text, option: "--built", from: [("yes", true), ("no", false)])
    }
    if let text = options.value("--first-weekday") {
      profile.firstWeekday = try OptionValues.choice(
        text, option: "--first-weekday", from: [("monday", 1), ("sunday", 0)])
    }
    if let text = options.value("--grace-days") {
      profile.pastDueGraceDays = try OptionValues.integer(
        text, option: "--grace-days", range: Profile.graceDaysRange)
    }
    if let text = options.value("--rate") {
      try applyRates(text, to: &profile)
    }
    return profile
  }

  /// The follow-up days of `--follow-up-days`, such as `3,7,14`.
  private static func followUpCadence(_ text: String) throws -> FollowUpCadence {
    do {
      return try FollowUpCadence(parsing: text)
    } catch {
      throw UserError("--follow-up-days: \(error)")
    }
  }

  /// Moves goal and price to the new currency with the same major amounts, and drops rates
  /// that were relative to the old one.
  private static func changeCurrency(
    of profile: inout Profile, to currency: Currency, options: CommandOptions,
    notes: inout [String]
  ) throws {
    func moved(_ money: Money) -> Money {
      Money(minor: money.minor * currency.minorPerMajor / money.currency.minorPerMajor,
        currency: currency)
    }
    profile.currency = currency
    profile.goal = moved(profile.goal)
    profile.listPrice = profile.listPrice.map(moved)
    let priceKept = profile.listPrice != nil && options.value("--price") == nil
    if options.value("--goal") == nil || priceKept {
      notes.append(
        "Goal and price now count in \(currency.code) with the same numbers; "
          + "change them with --goal and --price if needed.")
    }
    if !profile.ratesInMillionths.isEmpty {
      profile.ratesInMillionths = [:]
      notes.append("Exchange rates were cleared because they were set against the old currency.")
    }
  }

  /// Applies `EUR=1.08,GBP=none`.
  private static func applyRates(_ text: String, to profile: inout Profile) throws {
    for item in text.split(separator: ",") {
      let pieces = item.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      guard pieces.count == 2 else {
        throw UserError("--rate wants CODE=RATE such as EUR=1.08, not \"\(item)\"")
      }
      let currency = try OptionValues.currency(String(pieces[0]), option: "--rate")
      guard currency != profile.currency else {
        throw UserError("--rate \(currency.code): that is the primary currency, it needs no rate")
      }
      if pieces[1].trimmingSpaces().lowercased() == "none" {
        profile.ratesInMillionths[currency] = nil
      } else {
        profile.ratesInMillionths[currency] = try OptionValues.rateInMillionths(
          String(pieces[1]), option: "--rate \(currency.code)")
      }
    }
  }
}
