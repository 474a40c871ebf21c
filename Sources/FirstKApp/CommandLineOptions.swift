import FirstKCore

/// A command-line mistake: the message is printed with the usage hint, exit status 2.
public struct UsageError: Error, Equatable {
  public var message: String
  public init(_ message: String) { self.message = message }
}

/// A user error: a one-line message on stderr, exit status 1.
public struct UserError: Error, Equatable {
  public var message: String
  public init(_ message: String) { self.message = message }
}

/// The options every command accepts, before or after the subcommand name.
public struct GlobalOptions: Equatable, Sendable {
  public var databasePath: String?
  public var today: CivilDate?
  public var theme: String?
  public var help = false
  public var version = false

  public init() {}
}

/// Arguments split into global options, the command words and the command's own options.
public struct ParsedArguments: Equatable {
  public var global = GlobalOptions()
  /// Everything that is not a global option, in order.
  public var rest: [String] = []

  /// Pulls the global options out of `arguments`, wherever they stand.
  public static func parse(_ arguments: [String]) throws -> ParsedArguments {
    var parsed = ParsedArguments()
    var index = 0
    while index < arguments.count {
      let argument = arguments[index]
      let (name, inlineValue) = splitOption(argument)
      func value() throws -> String {
        if let inlineValue { return inlineValue }
        index += 1
        guard index < arguments.count else { throw UsageError("\(name) needs a value") }
        return arguments[index]
      }
      switch name {
      case "--db":
        parsed.global.databasePath = try value()
      case "--today":
        parsed.global.today = try OptionValues.date(try value(), option: "--today")
      case "--theme":
        parsed.global.theme = try value()
      case "--help", "-h":
        parsed.global.help = true
      case "--version", "-V":
        parsed.global.version = true
      case "--":
        parsed.rest.append(contentsOf: arguments[(index + 1)...])
        index = arguments.count
      default:
        parsed.rest.append(argument)
      }
      index += 1
    }
    return parsed
  }

  static func splitOption(_ argument: String) -> (String, String?) {
    guard argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") else {
      return (argument, nil)
    }
    return (String(argument[..<equals]), String(argument[argument.index(after: equals)...]))
  }
}

/// A command's own options: `--name value`, `--name=value` and bare flags, plus positionals.
public struct CommandOptions {
  public private(set) var positionals: [String] = []
  private var values: [String: String] = [:]
  private var flags: Set<String> = []

  /// Parses `arguments` knowing which options take a value and which are flags;
  /// anything else starting with `--` is a usage error.
  public init(
    _ arguments: [String], command: String, valued: Set<String>, flags knownFlags: Set<String> = []
  ) throws {
    var index = 0
    while index < arguments.count {
      let argument = arguments[index]
      let (name, inline) = ParsedArguments.splitOption(argument)
      if valued.contains(name) {
        if let inline {
          values[name] = inline
        } else {
          index += 1
          guard index < arguments.count else {
            throw UsageError("\(command): \(name) needs a value")
          }
          values[name] = arguments[index]
        }
      } else if knownFlags.contains(name), inline == nil {
        flags.insert(name)
      } else if argument.hasPrefix("--") || (argument.hasPrefix("-") && argument.count > 1
        && !argument.dropFirst().allSatisfy({ $0.isNumber || $0 == "." }))
      {
        throw UsageError("\(command): unknown option \(argument)")
      } else {
        positionals.append(argument)
      }
      index += 1
    }
  }

  public func value(_ name: String) -> String? { values[name] }
  public func flag(_ name: String) -> Bool { flags.contains(name) }
  public var isEmpty: Bool { values.isEmpty && flags.isEmpty && positionals.isEmpty }
}
