import CNcursesw
import Glibc

/// Turns SIGINT, SIGTERM, SIGHUP and SIGWINCH into a readable file descriptor, so the
/// run loop sees them in `poll`: it leaves through its normal exit path (which restores
/// the terminal) instead of dying inside ncurses' handlers, and no resize can slip in
/// between a draw and the next sleep.
final class SignalWatch {
  let descriptor: Int32
  private var previousMask = sigset_t()

  init() throws {
    var mask = sigset_t()
    sigemptyset(&mask)
    for signal in [SIGINT, SIGTERM, SIGHUP, SIGWINCH] { sigaddset(&mask, signal) }
    guard pthread_sigmask(SIG_BLOCK, &mask, &previousMask) == 0 else {
      throw TerminalError(description: "cannot watch for signals")
    }
    descriptor = signalfd(-1, &mask, Int32(SFD_CLOEXEC | SFD_NONBLOCK))
    guard descriptor >= 0 else {
      throw TerminalError(description: "cannot watch for signals")
    }
  }

  /// The signal that arrived, if any.
  func take() -> Int32? {
    var info = signalfd_siginfo()
    let count = Glibc.read(descriptor, &info, MemoryLayout<signalfd_siginfo>.size)
    return count == MemoryLayout<signalfd_siginfo>.size ? Int32(info.ssi_signo) : nil
  }

  deinit {
    Glibc.close(descriptor)
    pthread_sigmask(SIG_SETMASK, &previousMask, nil)
  }
}

/// Restores the terminal when the process crashes, then hands the signal to whatever
/// handled it before (the Swift runtime's backtracer), so the backtrace is readable.
enum CrashGuard {
  static let signals = [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGTRAP, SIGABRT]
  nonisolated(unsafe) static var previous: [Int32: sigaction] = [:]

  /// Turns bracketed paste off; made before any crash, since a handler must not allocate.
  static let pasteOff = Array(TerminalScreen.bracketedPasteOff.utf8)

  static func install() {
    _ = pasteOff.count
    for signal in signals {
      var action = sigaction()
      action.__sigaction_handler.sa_handler = { number in
        _ = CrashGuard.pasteOff.withUnsafeBufferPointer { write(1, $0.baseAddress, $0.count) }
        _ = keypad(fk_stdscr(), false)
        _ = curs_set(1)
        endwin()
        // The handler from before runs now, while this one waits: the runtime's
        // backtracer prints, and may return for a signal sent with kill(1). Whatever
        // it does, the default action then ends the process as the signal asked.
        var only = sigset_t()
        sigemptyset(&only)
        sigaddset(&only, number)
        if var before = CrashGuard.previous[number] {
          sigaction(number, &before, nil)
          pthread_sigmask(SIG_UNBLOCK, &only, nil)
          raise(number)
        }
        Glibc.signal(number, SIG_DFL)
        pthread_sigmask(SIG_UNBLOCK, &only, nil)
        raise(number)
      }
      sigemptyset(&action.sa_mask)
      action.sa_flags = 0
      var old = sigaction()
      sigaction(signal, &action, &old)
      previous[signal] = old
    }
  }
}
