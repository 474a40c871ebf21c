import FirstKCore

/// One subcommand: its name, a line for `--help`, and what it does.
public struct Command: Sendable {
  public let name: String
  public let summary: String
  public let usage: String
  public let run: @Sendable (CommandContext, [String]) throws -> Int32
}

/// The entry point: splits global options from the command and runs it.
public enum FirstKMain {
  /// Every subcommand, in the order `firstk --help` lists them.
  static let commands: [Command] = [
    ProfileCommand.command,
    AddCommand.command,
    CustomersCommand.command,
    ProspectsCommand.command,
    TalkCommand.command,
    AskCommand.command,
    OutcomeCommand.command,
    DueCommand.command,
    StatusCommand.command,
    MRRCommand.command,
    ImportCommand.command,
    ExportCommand.command,
    TreeCommand.command,
  ]

  public static func run(arguments: [String]) -> Int32 {
    let console = Console()
    return run(arguments: arguments, environment: processEnvironment(), console: console)
  }

  /// Runs firstk with explicit arguments, environment and console; returns the exit status.
  public static func run(
    arguments: [String], environment: [String: String], console: Console
  ) -> Int32 {
    do {
      let parsed = try ParsedArguments.parse(arguments)
      let context = CommandContext(
        global: parsed.global, environment: environment, console: console,
        today: parsed.global.today ?? SystemClock.today())
      if parsed.global.version {
        console.out("firstk \(firstkVersion)\n")
        return 0
      }
      guard let name = parsed.rest.first else {
        if parsed.global.help {
          console.out(usage)
          return 0
        }
        return try Dashboard.run(context)
      }
      guard let command = commands.first(where: { $0.name == name }) else {
        throw UsageError(
          name.hasPrefix("-") ? "unknown option \(name)" : "unknown command \"\(name)\"")
      }
      if parsed.global.help {
        console.out(command.usage)
        return 0
      }
      return try command.run(context, Array(parsed.rest.dropFirst()))
    } catch let error as UsageError {
      console.err("firstk: \(error.message)\n\(shortUsage)")
      return 2
    } catch let error as UserError {
      console.err("firstk: \(error.message)\n")
      return 1
    } catch {
      console.err("firstk: \(error)\n")
      return 1
    }
  }

  static let shortUsage = "Try 'firstk --help' for the commands and options.\n"

  static var usage: String {
    var text = """
      firstk: a terminal dashboard for your first $1,000 of monthly recurring revenue.

      Usage: firstk [options]            open the dashboard
             firstk COMMAND [options]    run one command and print the result

      Commands:

      """
    let width = (commands.map(\.name.count).max() ?? 0) + 2
    for command in commands {
      text += "  " + command.name + String(repeating: " ", count: width - command.name.count)
        + command.summary + "\n"
    }
    text += """

      Options (before or after a command):
        --db PATH            database file (default $XDG_DATA_HOME/firstk/firstk.db; or FIRSTK_DB)
        --today YYYY-MM-DD   pretend today is that date
        --theme NAME|PATH    colour theme: default, light, mono, solarized-dark, or a file
        --help               this help; after a command, that command's help
        --version            print the version

      """
    return text
  }
}
