import FirstKCore

/// The profile as the human-readable lines `firstk profile` prints.
enum ProfileText {
  static func lines(_ profile: Profile, cadence: FollowUpCadence) -> [String] {
    let rates = profile.ratesInMillionths.sorted { $0.key < $1.key }.map {
      "1 \($0.key.code) = \(decimal(millionths: $0.value)) \(profile.currency.code)"
    }
    let weekday = CivilDate.weekdayNames[profile.firstWeekday == 0 ? 0 : 1]
    let rows: [(String, String)] = [
      ("Product", orNotSet(profile.productName)),
      ("Problem", orNotSet(profile.problem)),
      ("Audience", orNotSet(profile.audience)),
      ("Price", profile.listPrice.map { $0.formatted() + " a month" } ?? "not set"),
      ("Started", profile.started?.description ?? "not set"),
      ("Built", profile.built.map { $0 ? "yes" : "no" } ?? "not set"),
      ("Goal", profile.goal.formatted(showMinor: false) + " a month"),
      ("Currency", profile.currency.code),
      ("First weekday", weekday),
      ("Past-due grace", "\(profile.pastDueGraceDays) days"),
      ("Rates", rates.isEmpty ? "none" : rates.joined(separator: ", ")),
      ("Follow-ups", "day " + cadence.days.map(String.init).joined(separator: ", ")
        + " after an ask on day 1"),
    ]
    return rows.map { label, value in
      (label + ":").padding(to: 16) + value
    }
  }

  private static func orNotSet(_ text: String) -> String {
    text.isEmpty ? "not set" : text
  }

  /// `1_080_000` -> `1.08`, `2_000_000` -> `2`.
  static func decimal(millionths: Int64) -> String {
    let whole = millionths / 1_000_000
    var fraction = String(millionths % 1_000_000)
    while fraction.count < 6 { fraction = "0" + fraction }
    while fraction.hasSuffix("0") { fraction.removeLast() }
    return fraction.isEmpty ? String(whole) : "\(whole).\(fraction)"
  }
}

extension String {
  /// The string followed by spaces up to `width` characters (never cut).
  func padding(to width: Int) -> String {
    count >= width ? self : self + String(repeating: " ", count: width - count)
  }
}
