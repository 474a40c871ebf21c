import CNcursesw
import FirstKCore
import FirstKUI
import Glibc

/// What the run loop needs from the rest of the program: how to perform effects, an
/// optional file descriptor that signals outside changes, and the clock.
///
/// Effects and outside changes answer with actions (a reload, a message), which go
/// through the reducer like key presses do.
public struct DashboardHooks {
  /// Performs one effect and returns the actions that report its result.
  public var perform: (Effect) -> [Action]
  /// Called once after the effects of one key were performed (for one reload, not many).
  public var afterEffects: () -> [Action]
  /// Becomes readable when another process changed the data.
  public var watchedDescriptor: Int32?
  /// Called when `watchedDescriptor` is readable: the actions that bring in the change.
  public var watchedChanged: () -> [Action]
  /// The real date and the milliseconds until it changes; nil when the date is pinned.
  public var clock: (() -> (today: CivilDate, millisecondsToMidnight: Int32))?

  public init(
    perform: @escaping (Effect) -> [Action],
    afterEffects: @escaping () -> [Action] = { [] },
    watchedDescriptor: Int32? = nil,
    watchedChanged: @escaping () -> [Action] = { [] },
    clock: (() -> (today: CivilDate, millisecondsToMidnight: Int32))? = nil
  ) {
    self.perform = perform
    self.afterEffects = afterEffects
    self.watchedDescriptor = watchedDescriptor
    self.watchedChanged = watchedChanged
    self.clock = clock
  }
}

/// Key press -> keymap -> reduce -> effects -> draw, until an effect says quit.
///
/// It sleeps in `poll` with no timeout while nothing happens (only until midnight when
/// the date is live), so an idle dashboard costs no CPU and writes nothing.
public enum DashboardRunLoop {
  public static func run(
    state: inout AppState, screen: TerminalScreen, hooks: DashboardHooks
  ) throws {
    let signals = try SignalWatch()
    CrashGuard.install()
    let glyphs = screen.unicode ? Glyphs.unicode : Glyphs.ascii
    var running = true

    func dispatch(_ action: Action) {
      var pending = [action]
      var performed = false
      while !pending.isEmpty || performed {
        if pending.isEmpty {
          pending = hooks.afterEffects()
          performed = false
          continue
        }
        for effect in reduce(&state, pending.removeFirst()) {
          if effect == .quit {
            running = false
          } else {
            pending += hooks.perform(effect)
            performed = true
          }
        }
      }
    }

    func draw() {
      var frame = GridCanvas(width: screen.width, height: screen.height)
      frame.asciiOnly = !screen.unicode
      Screen.draw(state, glyphs: glyphs, canvas: &frame)
      screen.show(frame)
    }

    draw()
    var paste = PasteReader()
    var recheckAt: Int64?
    while running {
      var descriptors = [
        pollfd(fd: 0, events: Int16(POLLIN), revents: 0),
        pollfd(fd: signals.descriptor, events: Int16(POLLIN), revents: 0),
      ]
      if let watched = hooks.watchedDescriptor {
        descriptors.append(pollfd(fd: watched, events: Int16(POLLIN), revents: 0))
      }
      let ready = poll(&descriptors, nfds_t(descriptors.count), timeout(until: recheckAt, hooks))
      if ready < 0 && errno != EINTR { break }
      var changed = false

      while descriptors[1].revents != 0, let signal = signals.take() {
        if signal == SIGWINCH {
          screen.adoptWindowSize()
          changed = true
        } else {
          dispatch(.interrupted)
          running = false
        }
      }
      if !running { break }
      if descriptors[0].revents & Int16(POLLHUP | POLLERR) != 0 {
        break
      }
      func handle(_ outputs: [PasteReader.Output]) {
        for output in outputs where running {
          switch output {
          case .key(let key):
            if let action = Keymap.action(for: key, in: state, screenHeight: screen.height) {
              dispatch(action)
            }
          case .paste(let text):
            Keymap.actions(forPasted: text, in: state).forEach(dispatch)
          }
        }
      }
      while let input = screen.read() {
        changed = true
        switch input {
        case .resize:
          screen.invalidate()
        case .key(let key):
          handle(paste.feed(key))
        case nil:
          break
        }
        if !running { break }
      }
      handle(paste.flush())
      // A commit elsewhere can wake us before it is visible; look once more shortly after.
      let watcherWoke = descriptors.count > 2 && descriptors[2].revents != 0
      if watcherWoke || recheckAt.map({ Monotonic.milliseconds() >= $0 }) == true {
        let actions = hooks.watchedChanged()
        actions.forEach(dispatch)
        changed = changed || !actions.isEmpty
        recheckAt = watcherWoke ? Monotonic.milliseconds() + 250 : nil
      }
      if let today = hooks.clock?().today, today != state.today {
        dispatch(.dayChanged(today))
        changed = true
      }
      if running && changed { draw() }
    }
  }

  /// How long `poll` may sleep: until a pending re-check, else until midnight when the
  /// date is live, else for ever.
  static func timeout(until recheck: Int64?, _ hooks: DashboardHooks) -> Int32 {
    let midnight = hooks.clock.map { $0().millisecondsToMidnight }
    guard let recheck else { return midnight ?? -1 }
    let wait = Int32(clamping: max(0, recheck - Monotonic.milliseconds()))
    return min(wait, midnight ?? wait)
  }
}

/// Milliseconds of a clock that never jumps, for short timers.
enum Monotonic {
  static func milliseconds() -> Int64 {
    var now = timespec()
    clock_gettime(CLOCK_MONOTONIC, &now)
    return Int64(now.tv_sec) * 1000 + Int64(now.tv_nsec) / 1_000_000
  }
}
