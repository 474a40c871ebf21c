import FirstKCore
import FirstKData

/// The dashboard's link to the database: reads snapshots and performs the effects
/// that write. Every write is committed before the next frame is drawn.
final class DashboardData {
  let store: Store
  private var lastCounter: Int64

  init(store: Store) throws {
    self.store = store
    lastCounter = try store.changeCounter()
  }

  /// Everything the dashboard shows, read in one go.
  func snapshot() throws -> DataSnapshot {
    DataSnapshot(profile: try store.loadProfile(), customers: try store.customers())
  }

  /// True when another connection committed since the last look.
  func changedElsewhere() -> Bool {
    guard let counter = try? store.changeCounter(), counter != lastCounter else { return false }
    lastCounter = counter
    return true
  }

  /// Writes one effect; the caller reloads afterwards so ids and derived figures are fresh.
  func perform(_ effect: Effect) throws {
    switch effect {
    case .quit:
      break
    case .saveProfile(let profile):
      try store.saveProfile(profile)
    case .saveCustomer(let customer), .addCustomer(let customer):
      if customer.id == nil { try store.insert(customer) } else { try store.update(customer) }
    case .deleteCustomer(let customer):
      if let id = customer.id { try store.delete(id: id) }
    case .saveNextAction, .saveProspect, .saveFollowUp, .deleteProspect, .restoreProspect,
      .importFile:
      throw UserError("this change cannot be saved by this version of firstk")
    }
  }
}
