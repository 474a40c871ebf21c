import FirstKCore

/// One record of a CSV file and the line of the file where it starts.
public struct CSVRecord: Equatable, Sendable {
  public var line: Int
  public var fields: [String]

  public init(line: Int, fields: [String]) {
    self.line = line
    self.fields = fields
  }

  /// True when every field is empty or spaces.
  public var isBlank: Bool { fields.allSatisfy { $0.trimmingSpaces().isEmpty } }
}

/// Why a file could not be read as CSV.
public struct CSVError: Error, Equatable, Sendable {
  public var line: Int
  public var reason: String
}

/// Reads CSV as spreadsheets and payment dashboards write it: an optional UTF-8
/// byte-order mark, LF or CRLF line ends, fields quoted with `"` that may hold the
/// delimiter, doubled quotes and line ends.
public enum CSVReader {
  /// Splits `text` into records. `delimiter` nil means guess from the first line:
  /// a semicolon when it has more semicolons than commas, else a comma.
  public static func records(
    in text: String, delimiter: Character? = nil
  ) throws(CSVError) -> [CSVRecord] {
    var scalars = Substring(text).unicodeScalars[...]
    if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }
    let separator = delimiter.flatMap(\.unicodeScalars.first)
      ?? guessDelimiter(String(String.UnicodeScalarView(scalars.prefix(while: { $0 != "\n" }))))

    var records: [CSVRecord] = []
    var fields: [String] = []
    var field = String.UnicodeScalarView()
    var line = 1
    var recordLine = 1
    var inQuotes = false
    var quoteOpenedOn = 1
    var fieldWasQuoted = false
    var index = scalars.startIndex

    func endRecord() {
      fields.append(String(field))
      records.append(CSVRecord(line: recordLine, fields: fields))
      fields = []
      field = String.UnicodeScalarView()
      fieldWasQuoted = false
    }

    while index < scalars.endIndex {
      let scalar = scalars[index]
      index = scalars.index(after: index)
      if inQuotes {
        if scalar == "\"" {
          if index < scalars.endIndex && scalars[index] == "\"" {
            field.append("\"")
            index = scalars.index(after: index)
          } else {
            inQuotes = false
          }
        } else {
          if scalar == "\n" { line += 1 }
          field.append(scalar)
        }
        continue
      }
      switch scalar {
      case "\"" where field.isEmpty && !fieldWasQuoted:
        inQuotes = true
        fieldWasQuoted = true
        quoteOpenedOn = line
      case separator:
        fields.append(String(field))
        field = String.UnicodeScalarView()
        fieldWasQuoted = false
      case "\r" where index < scalars.endIndex && scalars[index] == "\n":
        break
      case "\n":
        endRecord()
        line += 1
        recordLine = line
      default:
        field.append(scalar)
      }
    }
    if inQuotes {
      throw CSVError(line: quoteOpenedOn, reason: "a quoted field is never closed")
    }
    if !field.isEmpty || !fields.isEmpty || fieldWasQuoted { endRecord() }
    return records
  }

  static func guessDelimiter(_ firstLine: String) -> Unicode.Scalar {
    var commas = 0
    var semicolons = 0
    var tabs = 0
    for scalar in firstLine.unicodeScalars {
      switch scalar {
      case ",": commas += 1
      case ";": semicolons += 1
      case "\t": tabs += 1
      default: break
      }
    }
    if tabs > commas && tabs > semicolons { return "\t" }
    return semicolons > commas ? ";" : ","
  }
}

/// Finds columns of a header row by name, ignoring case, spaces around names and
/// any columns it was not asked about.
public struct CSVHeader: Sendable {
  public let names: [String]
  private let positions: [String: Int]

  public init(_ fields: [String]) {
    names = fields
    var positions: [String: Int] = [:]
    for (index, name) in fields.enumerated() {
      let key = CSVHeader.normalize(name)
      if positions[key] == nil { positions[key] = index }
    }
    self.positions = positions
  }

  /// The position of the first column whose name matches one of `candidates`.
  public func column(_ candidates: String...) -> Int? {
    for candidate in candidates {
      if let position = positions[CSVHeader.normalize(candidate)] { return position }
    }
    return nil
  }

  /// The trimmed value of `column` in `record`, or "" when absent.
  public func value(_ column: Int?, in record: CSVRecord) -> String {
    guard let column, column < record.fields.count else { return "" }
    return record.fields[column].trimmingSpaces()
  }

  static func normalize(_ name: String) -> String {
    name.trimmingSpaces().lowercased()
  }
}
