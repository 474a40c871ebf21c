import Dispatch
import FirstKCore
import FirstKData

/// A read of the database on its own connection and thread, waited for later.
///
/// Only the value crosses threads: the connection is opened, used and closed on the
/// worker, and the result is handed over once, after `wait()` has seen the worker finish.
final class ParallelRead<Value>: @unchecked Sendable {
  private let done = DispatchSemaphore(value: 0)
  private var result: Result<Value, Error>?

  init(path: String, _ read: @escaping @Sendable (Store) throws -> Value) {
    DispatchQueue.global(qos: .userInitiated).async { [self] in
      result = Result { try read(Store(path: path)) }
      done.signal()
    }
  }

  /// The value read, or the error the read threw.
  func wait() throws -> Value {
    done.wait()
    guard let result else { throw UserError("the database could not be read") }
    return try result.get()
  }
}

/// The first snapshot, read in three parts at once.
struct PendingSnapshot {
  let prospects: ParallelRead<[Prospect]>
  let customers: ParallelRead<[Customer]>
  let rest: ParallelRead<DataSnapshot>

  func wait() throws -> DataSnapshot {
    var snapshot = try rest.wait()
    snapshot.customers = try customers.wait()
    snapshot.prospects = try prospects.wait()
    return snapshot
  }
}
