/// Finding a prospect by the name the user typed: exact without regard to case and
/// spacing, and, when nothing matches, the names they probably meant.
public enum ProspectNames {
  /// The name folded for comparison: lower case, trimmed, inner runs of spaces as one.
  public static func key(_ name: String) -> String {
    name.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0.isNewline })
      .joined(separator: " ")
  }

  /// Another prospect among `others` that `prospect` would duplicate: the same name and
  /// the same company, up to case and spacing. Two people may share a name only when
  /// their companies tell them apart.
  public static func twin(of prospect: Prospect, among others: [Prospect]) -> Prospect? {
    let name = key(prospect.name)
    let company = key(prospect.company)
    return others.first { other in
      (prospect.id == nil || other.id != prospect.id) && key(other.name) == name
        && key(other.company) == company
    }
  }

  /// Up to `limit` names close to `typed`, in alphabetical order: names starting with or
  /// containing it, and names (or one of their words) a typo or two away from it.
  public static func closeMatches(
    to typed: String, among names: [String], limit: Int = 5
  ) -> [String] {
    let wanted = Array(key(typed))
    guard !wanted.isEmpty, limit > 0 else { return [] }
    let allowed = max(1, wanted.count / 3)
    var ranked: [(rank: Int, name: String)] = []
    for name in names {
      let rank = distance(from: wanted, to: key(name), within: allowed)
      if rank <= allowed { ranked.append((rank, name)) }
    }
    ranked.sort { ($0.rank, $0.name) < ($1.rank, $1.name) }
    var chosen: [String] = []
    for (_, name) in ranked where !chosen.contains(name) {
      chosen.append(name)
      if chosen.count == limit { break }
    }
    return chosen.sorted { ($0.lowercased(), $0) < ($1.lowercased(), $1) }
  }

  /// How far `candidate` is from what was typed: 0 when it starts with it or has it as
  /// a word, 1 when it contains it, else the smallest edit distance to the whole name,
  /// to one of its words, or to its start.
  static func distance(from wanted: [Character], to candidate: String, within limit: Int) -> Int {
    let full = Array(candidate)
    if full.starts(with: wanted) { return 0 }
    let words = candidate.split(separator: " ").map(Array.init)
    if words.contains(where: { $0.starts(with: wanted) }) { return 0 }
    if candidate.contains(String(wanted)) { return 1 }
    var best = editDistance(wanted, full, cap: limit + 1)
    for word in words where best > 0 {
      best = min(best, editDistance(wanted, word, cap: best))
    }
    if full.count > wanted.count {
      best = min(best, editDistance(wanted, Array(full.prefix(wanted.count)), cap: best))
    }
    return best
  }

  /// Levenshtein distance, giving up at `cap` once every path costs that much.
  static func editDistance(_ a: [Character], _ b: [Character], cap: Int) -> Int {
    if abs(a.count - b.count) >= cap { return cap }
    guard !a.isEmpty, !b.isEmpty else { return min(max(a.count, b.count), cap) }
    var previous = Array(0...b.count)
    var current = previous
    for i in 1...a.count {
      current[0] = i
      var rowBest = i
      for j in 1...b.count {
        let substitute = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
        current[j] = min(substitute, previous[j] + 1, current[j - 1] + 1)
        rowBest = min(rowBest, current[j])
      }
      if rowBest >= cap { return cap }
      swap(&previous, &current)
    }
    return min(previous[b.count], cap)
  }
}
