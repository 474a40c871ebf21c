import FirstKCore
import FirstKData

/// The dashboard's link to the database: reads snapshots and performs the effects
/// that write. Every write is committed before the next frame is drawn.
final class DashboardData {
  let store: Store
  private var lastCounter: Int64
  private let today: () -> CivilDate
  /// The skipped follow-ups of the prospect deleted last, which the dashboard never
  /// loads, kept so that undoing the delete brings them back with the rest.
  private var deletedHistory: (prospect: Prospect, followUps: [FollowUp])?

  init(store: Store, today: @escaping () -> CivilDate) throws {
    self.store = store
    self.today = today
    lastCounter = try store.changeCounter()
  }

  /// Everything the dashboard shows, for the first frame.
  ///
  /// With thousands of rows, customers (in two halves), prospects and the rest are read
  /// on connections of their own, on other threads, so the reads share the cores and the
  /// caller can set up the terminal meanwhile; a small database is read at once, which
  /// costs less than starting the threads. `wait()` on the result gives the snapshot,
  /// with the prospects who ghosted marked.
  func beginSnapshot() -> PendingSnapshot {
    let path = store.database.path
    func ids(_ table: String) -> ClosedRange<Int64>? { (try? store.rowIDs(of: table)) ?? nil }
    let customerIDs = ids("customers")
    let spans = [customerIDs, ids("prospects"), ids("follow_ups")].map { range in
      range.map { $0.upperBound - $0.lowerBound + 1 } ?? 0
    }
    guard spans.reduce(0, +) >= DashboardData.splitRows else {
      return PendingSnapshot(source: .read(Result { try snapshot() }), today: today)
    }
    let customers = DashboardData.halves(of: customerIDs).map { part in
      ParallelRead(path: path) { try part.map($0.customers(ids:)) ?? $0.customers() }
    }
    return PendingSnapshot(
      source: .reading(
        prospects: ParallelRead(path: path) { try $0.prospects() }, customers: customers,
        rest: ParallelRead(path: path) { try DashboardData.smallerTables(of: $0) }),
      today: today)
  }

  /// Row ids from which one read is worth its own thread and connection.
  static let splitRows: Int64 = 2_000

  /// `ids` in two halves when there are enough rows for two readers, else one read of
  /// everything (nil).
  static func halves(of ids: ClosedRange<Int64>?) -> [ClosedRange<Int64>?] {
    guard let ids, ids.upperBound - ids.lowerBound >= splitRows else { return [nil] }
    let middle = ids.lowerBound + (ids.upperBound - ids.lowerBound) / 2
    return [ids.lowerBound...middle, (middle + 1)...ids.upperBound]
  }

  /// Everything the dashboard shows, read in one transaction on this connection, with
  /// the prospects who ghosted marked.
  func snapshot() throws -> DataSnapshot {
    var snapshot = try store.database.transaction { () throws(DatabaseError) in
      var snapshot = try DashboardData.smallerTables(of: store)
      snapshot.customers = try store.customers()
      snapshot.prospects = try store.prospects()
      return snapshot
    }
    snapshot.markGhosted(on: today())
    return snapshot
  }

  /// All but the customers and prospects, in one read transaction so it is consistent.
  static func smallerTables(of store: Store) throws(DatabaseError) -> DataSnapshot {
    try store.database.transaction { () throws(DatabaseError) in
      DataSnapshot(
        profile: try store.loadProfile(), customers: [], followUps: try store.liveFollowUps(),
        nextAction: try store.nextAction(), cadence: try store.followUpCadence())
    }
  }

  /// True when another connection committed since the last look.
  func changedElsewhere() -> Bool {
    guard let counter = try? store.changeCounter(), counter != lastCounter else { return false }
    lastCounter = counter
    return true
  }

  /// Writes one effect and returns a message for the status line, if it has one; the
  /// caller reloads afterwards so ids and derived figures are fresh.
  func perform(_ effect: Effect) throws -> String? {
    switch effect {
    case .quit:
      return nil
    case .saveProfile(let profile):
      try store.saveProfile(profile)
    case .saveCustomer(let customer):
      if customer.id == nil { try store.insert(customer) } else { try store.update(customer) }
    case .deleteCustomer(let customer):
      if let id = customer.id { try store.delete(id: id) }
    case .restoreCustomer(let customer):
      let id = try store.restore(customer)
      return DashboardData.restored(customer.name, was: customer.id, is: id)
    case .importFile(let kind, let path):
      return try importFile(kind, path: path)
    case .recordTalk(let prospect, let wouldPay, let day):
      let saved = try store.recordTalk(with: prospect, on: day, wouldPay: wouldPay)
      let answer = wouldPay ? "would pay" : "would not pay"
      return "Talk with \(TextPreview.short(saved.prospect.name)) recorded: \(answer). "
        + (try store.talkCounts()).sentence
    case .saveNextAction(let text):
      try store.saveNextAction(text, on: today())
    case .nextActionDone:
      try store.markNextActionDone(on: today())
    case .saveProspect(let prospect):
      _ = try store.save(prospect)
    case .saveFollowUp(let followUp):
      _ = try store.save(followUp)
    case .deleteProspect(let prospect):
      deletedHistory = nil
      if let id = prospect.id {
        let skipped = try store.followUps(of: id).filter { $0.status == .skipped }
        try store.deleteProspect(id: id)
        deletedHistory = (prospect, skipped)
      }
    case .restoreProspect(let prospect, let followUps):
      let all = withDeletedHistory(followUps, of: prospect)
      deletedHistory = nil
      let id = try store.restore(prospect, followUps: all)
      return DashboardData.restored(prospect.name, was: prospect.id, is: id)
    }
    return nil
  }

  /// The status line after an undo: nothing to add when the record got its number back,
  /// else the number it has now, since its old one went to a record added meanwhile.
  static func restored(_ name: String, was old: Int64?, is new: Int64) -> String? {
    guard let old, old != new else { return nil }
    return "Restored \(TextPreview.short(name)) as #\(new): #\(old) was given to a record "
      + "added since."
  }

  /// `followUps` with the skipped ones of the same prospect's delete added back, in the
  /// order the store read them before: by step, then by their old row ids.
  private func withDeletedHistory(_ followUps: [FollowUp], of prospect: Prospect) -> [FollowUp] {
    guard let deleted = deletedHistory, deleted.prospect == prospect else { return followUps }
    let skipped = deleted.followUps
    let kept = Set(followUps.compactMap(\.id))
    let all = followUps + skipped.filter { !kept.contains($0.id ?? 0) }
    return all.sorted { ($0.step, $0.id ?? .max) < ($1.step, $1.id ?? .max) }
  }

  /// Imports a file picked in the dashboard, with the same rules as `firstk import`.
  private func importFile(_ kind: ImportKind, path typed: String) throws -> String {
    let home = processEnvironment()["HOME"] ?? ""
    let path = typed.hasPrefix("~/") && !home.isEmpty ? home + typed.dropFirst() : typed
    let text = try TextFile.read(path)
    let format: CustomerFileImport.Format
    switch kind {
    case .stripe: format = .stripe
    case .customers: format = .customers
    case .leads:
      let lines = try LeadImportRunner.merge(text, path: path, into: store, dryRun: false)
      return lines.reversed().joined(separator: " ")
    }
    do {
      let parse = try format.parse(text, try store.loadProfile())
      let outcome = try CustomerFileImport.merge(parse, into: store, dryRun: false) { store }
      return outcome.summary(path: path)
    } catch let refusal as ImportRefusal {
      throw UserError("\(path):\(refusal.line): \(refusal.message) Nothing was imported.")
    }
  }
}
