import Testing

@testable import FirstKData

@Suite struct CSVReaderTests {
  @Test func quotesCommasNewlinesAndBOM() throws {
    let text = "\u{FEFF}name,note\r\n\"Doe, Jane\",\"said \"\"hi\"\"\r\nthen left\"\r\nBob,\r\n"
    let records = try CSVReader.records(in: text)
    #expect(records.count == 3)
    #expect(records[0].fields == ["name", "note"])
    #expect(records[1].fields == ["Doe, Jane", "said \"hi\"\r\nthen left"])
    #expect(records[1].line == 2)
    #expect(records[2].fields == ["Bob", ""])
    #expect(records[2].line == 4)
  }

  @Test func guessesSemicolons() throws {
    let records = try CSVReader.records(in: "name;amount\nAda;49,50")
    #expect(records[1].fields == ["Ada", "49,50"])
  }

  @Test func unclosedQuoteNamesTheLine() {
    #expect(throws: CSVError(line: 2, reason: "a quoted field is never closed")) {
      try CSVReader.records(in: "a,b\n\"open,1\n")
    }
  }

  @Test func headerLookupIgnoresCaseAndOrder() throws {
    let header = CSVHeader(["Amount", " Customer Name ", "id"])
    #expect(header.column("customer name") == 1)
    #expect(header.column("missing", "ID") == 2)
    #expect(header.column("plan") == nil)
  }
}
