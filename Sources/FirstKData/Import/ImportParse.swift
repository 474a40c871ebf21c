import FirstKCore

/// What an importer read from a file, before anything is stored: the customers of the
/// good rows and a reason for each row it could not read, both by line of the file.
public struct ImportParse: Sendable {
  public var customers: [(line: Int, customer: Customer)] = []
  public var problems: [(line: Int, reason: String)] = []
  /// Blank rows passed over.
  public var skipped = 0

  /// An empty result, to which an importer adds rows.
  public init() {}
}

/// Why a whole file was refused: it is not CSV, or not the shape the importer reads.
/// `message` names no file; the caller puts the path and `line` in front of it.
public struct ImportRefusal: Error, Equatable, Sendable {
  public var line: Int
  public var message: String

  /// A refusal pointing at `line` of the file.
  public init(line: Int, message: String) {
    self.line = line
    self.message = message
  }
}

/// The steps both CSV importers share: reading records, finding the header, and
/// walking the rows with their line numbers.
enum ImportRows {
  /// The header record and the records after it; refuses unreadable or empty files.
  static func read(
    _ text: String, delimiter: Character? = nil
  ) throws(ImportRefusal) -> (header: CSVRecord, rows: ArraySlice<CSVRecord>) {
    let records: [CSVRecord]
    do {
      records = try CSVReader.records(in: text, delimiter: delimiter)
    } catch {
      throw ImportRefusal(
        line: error.line, message: "\(error.reason); close it with a double quote (\").")
    }
    guard let first = records.firstIndex(where: { !$0.isBlank }) else {
      throw ImportRefusal(line: 1, message: "the file is empty; expected a CSV with a header row.")
    }
    return (records[first], records[(first + 1)...])
  }

  /// Calls `row` for each non-blank record; a thrown reason becomes a problem of that line.
  static func collect(
    _ rows: ArraySlice<CSVRecord>, _ row: (CSVRecord) throws(RowProblem) -> Customer
  ) -> ImportParse {
    var parse = ImportParse()
    for record in rows {
      if record.isBlank {
        parse.skipped += 1
        continue
      }
      do {
        parse.customers.append((record.line, try row(record)))
      } catch {
        parse.problems.append((record.line, error.reason))
      }
    }
    return parse
  }

  /// `a`, `a and b`, `a, b and c` (or `a, b or c`).
  static func list(_ items: [String], or: Bool = false) -> String {
    guard let last = items.last else { return "" }
    let head = items.dropLast()
    return head.isEmpty ? last : head.joined(separator: ", ") + (or ? " or " : " and ") + last
  }
}

/// Why one row could not be read; several reasons are joined with semicolons.
struct RowProblem: Error, Sendable {
  var reason: String
}
