import FirstKCore
import FirstKData
import Glibc

/// A read of the database on its own connection and thread, waited for later.
///
/// The thread is a plain POSIX thread that ends with the read, so nothing is left behind
/// to wake the idle dashboard. Only the value crosses threads: the connection is opened,
/// used and closed on the worker, and the result is taken after joining it.
final class ParallelRead<Value>: @unchecked Sendable {
  private var result: Result<Value, Error>?
  private var thread: pthread_t?

  init(path: String, _ read: @escaping (Store) throws -> Value) {
    let work = { [self] in result = Result { try read(Store(readingAlongside: path)) } }
    thread = WorkerThread.start(work)
    if thread == nil { work() }
  }

  deinit {
    if let thread { pthread_join(thread, nil) }
  }

  /// The value read, or the error the read threw; handed over once, so the caller holds
  /// the only reference and can change it without a copy.
  func wait() throws -> Value {
    if let thread {
      pthread_join(thread, nil)
      self.thread = nil
    }
    guard let result else { throw UserError("the database could not be read") }
    self.result = nil
    return try result.get()
  }
}

/// Starts a POSIX thread running a Swift closure.
enum WorkerThread {
  private final class Body {
    let run: () -> Void
    init(_ run: @escaping () -> Void) { self.run = run }
  }

  /// The running thread, or nil when none could be started (the caller then does the work).
  static func start(_ run: @escaping () -> Void) -> pthread_t? {
    let body = Unmanaged.passRetained(Body(run)).toOpaque()
    var thread = pthread_t()
    let status = pthread_create(&thread, nil, { raw in
      guard let raw else { return nil }
      Unmanaged<Body>.fromOpaque(raw).takeRetainedValue().run()
      return nil
    }, body)
    guard status == 0 else {
      Unmanaged<Body>.fromOpaque(body).release()
      return nil
    }
    return thread
  }
}

/// The first snapshot: already read, for a small database, or being read in parts at
/// once, the customers in one part or two.
struct PendingSnapshot {
  enum Source {
    case read(Result<DataSnapshot, Error>)
    case reading(
      prospects: ParallelRead<[Prospect]>, customers: [ParallelRead<[Customer]>],
      rest: ParallelRead<DataSnapshot>)
  }

  let source: Source
  let today: () -> CivilDate

  func wait() throws -> DataSnapshot {
    switch source {
    case .read(let result):
      return try result.get()
    case .reading(let prospects, let customers, let rest):
      var snapshot = try rest.wait()
      for part in customers {
        // The first part becomes the list as it is; the second is added to its end.
        if snapshot.customers.isEmpty {
          snapshot.customers = try part.wait()
        } else {
          snapshot.customers += try part.wait()
        }
      }
      snapshot.prospects = try prospects.wait()
      snapshot.markGhosted(on: today())
      return snapshot
    }
  }
}
