import FirstKCore
import FirstKTerminal
import FirstKUI
import Glibc

/// Opens the full-screen dashboard and runs it until the user quits.
enum Dashboard {
  static func run(_ context: CommandContext) throws -> Int32 {
    let choice = try ThemeChoice.resolve(
      request: context.global.theme, environment: context.environment)
    do {
      try TerminalScreen.checkUsable(environment: context.environment)
    } catch let error as TerminalError {
      throw UserError(error.description)
    }
    let pinned = context.global.today != nil
    let data = try DashboardData(
      store: context.openStore(), today: { pinned ? context.today : SystemClock.today() })
    let watcher = try data.store.makeWatcher()
    let firstRead = data.beginSnapshot()
    var state = AppState(today: context.today)
    let screen: TerminalScreen
    do {
      screen = try TerminalScreen(
        environment: context.environment, theme: choice.theme, colorAllowed: choice.colorAllowed)
    } catch let error as TerminalError {
      throw UserError(error.description)
    }
    defer { screen.close() }

    func reloaded() -> [Action] {
      do {
        return [.dataReloaded(try data.snapshot())]
      } catch {
        return [.failed("could not read the database: \(error)")]
      }
    }

    _ = reduce(&state, .dataReloaded(try firstRead.wait()))
    if let problem = choice.problem {
      state.status = StatusMessage(problem, kind: .error)
    }
    let hooks = DashboardHooks(
      perform: { effect in
        do {
          return try data.perform(effect).map { [.reported($0)] } ?? []
        } catch let error as UserError {
          return [.failed(error.message)]
        } catch {
          return [.failed("not saved: \(error)")]
        }
      },
      afterEffects: reloaded,
      watchedDescriptor: watcher.fileDescriptor,
      watchedChanged: {
        _ = watcher.drainEvents()
        return data.changedElsewhere() ? reloaded() : []
      },
      clock: pinned ? nil : { (SystemClock.today(), SystemClock.millisecondsToMidnight()) })
    do {
      try DashboardRunLoop.run(state: &state, screen: screen, hooks: hooks)
    } catch let error as TerminalError {
      screen.close()
      throw UserError(error.description)
    }
    return 0
  }
}
