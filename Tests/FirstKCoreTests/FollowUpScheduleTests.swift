import Foundation
import Testing

@testable import FirstKCore

@Suite struct FollowUpScheduleTests {
  let profile = Profile(productName: "Invoicer", problem: "late invoices")

  func plan(_ askedOn: String, cadence: FollowUpCadence = .playbook) -> [FollowUp] {
    FollowUpSchedule.make(
      prospectID: 7, askedOn: civil(askedOn), cadence: cadence,
      messages: FollowUpMessages.playbook.filled(with: profile))
  }

  @Test func playbookCadenceFallsOnDays3And7And14() {
    let plan = plan("2025-11-01")
    #expect(plan == [
      FollowUp(
        prospectID: 7, due: civil("2025-11-03"), step: 1, stepCount: 3, dayNumber: 3,
        message: "Hey, any questions about Invoicer?"),
      FollowUp(
        prospectID: 7, due: civil("2025-11-07"), step: 2, stepCount: 3, dayNumber: 7,
        message: "Checking in - still interested in solving late invoices?"),
      FollowUp(
        prospectID: 7, due: civil("2025-11-14"), step: 3, stepCount: 3, dayNumber: 14,
        message: "Last follow-up. Here if you need Invoicer."),
    ])
    #expect(plan.map(\.isLast) == [false, false, true])
    #expect(plan.map(\.stepLabel) == ["follow-up 1 of 3", "follow-up 2 of 3", "last follow-up"])
  }

  @Test func timeZoneChangesNothing() {
    let saved = ProcessInfo.processInfo.environment["TZ"]
    setenv("TZ", "America/New_York", 1)
    tzset()
    defer {
      if let saved { setenv("TZ", saved, 1) } else { unsetenv("TZ") }
      tzset()
    }
    #expect(String(cString: getenv("TZ")) == "America/New_York")
    #expect(plan("2025-11-01").map(\.due) == [
      civil("2025-11-03"), civil("2025-11-07"), civil("2025-11-14"),
    ])
    #expect(plan("2025-03-07").map(\.due) == [
      civil("2025-03-09"), civil("2025-03-13"), civil("2025-03-20"),
    ])
  }

  @Test func crossesMonthAndYearEnds() {
    #expect(plan("2025-12-25").map(\.due) == [
      civil("2025-12-27"), civil("2025-12-31"), civil("2026-01-07"),
    ])
    #expect(plan("2025-01-30").map(\.due) == [
      civil("2025-02-01"), civil("2025-02-05"), civil("2025-02-12"),
    ])
    #expect(plan("2025-04-29").map(\.due) == [
      civil("2025-05-01"), civil("2025-05-05"), civil("2025-05-12"),
    ])
  }

  @Test func leapYears() {
    #expect(plan("2028-02-27").map(\.due) == [
      civil("2028-02-29"), civil("2028-03-04"), civil("2028-03-11"),
    ])
    #expect(plan("2027-02-27").map(\.due) == [
      civil("2027-03-01"), civil("2027-03-05"), civil("2027-03-12"),
    ])
    #expect(plan("2100-02-27").map(\.due).first == civil("2100-03-01"))
    #expect(plan("2000-02-27").map(\.due).first == civil("2000-02-29"))
  }

  @Test func cadenceIsValidated() throws {
    #expect(try FollowUpCadence(days: [2, 5]).days == [2, 5])
    #expect(try FollowUpCadence(parsing: " 3, 7 ,14").days == [3, 7, 14])
    #expect(throws: FollowUpCadenceError(days: [1, 3], reason: "include the ask day or earlier")) {
      try FollowUpCadence(days: [1, 3])
    }
    #expect(throws: FollowUpCadenceError(days: [3, 3], reason: "are not in increasing order")) {
      try FollowUpCadence(days: [3, 3])
    }
    #expect(throws: FollowUpCadenceError(days: [], reason: "are empty")) {
      try FollowUpCadence(days: [])
    }
    #expect(throws: FollowUpCadenceError(
      listed: "3, x", reason: "include 'x', which is not a number")
    ) {
      try FollowUpCadence(parsing: " 3, x")
    }
    let error = FollowUpCadenceError(days: [7, 3], reason: "are not in increasing order")
    #expect(error.description == "follow-up days 7,3 are not in increasing order; give days "
      + "after the ask, which is day 1, in increasing order, such as 3,7,14")
  }

  @Test func longerAndShorterCadencesReuseTheMiddleAndLastMessages() throws {
    let five = plan("2025-11-01", cadence: try FollowUpCadence(days: [2, 4, 7, 10, 21]))
    #expect(five.map(\.message) == [
      "Hey, any questions about Invoicer?",
      "Checking in - still interested in solving late invoices?",
      "Checking in - still interested in solving late invoices?",
      "Checking in - still interested in solving late invoices?",
      "Last follow-up. Here if you need Invoicer.",
    ])
    #expect(five.map(\.due).last == civil("2025-11-21"))
    #expect(five.map(\.dayNumber) == [2, 4, 7, 10, 21])
    let two = plan("2025-11-01", cadence: try FollowUpCadence(days: [5, 10]))
    #expect(two.map(\.message) == [
      "Hey, any questions about Invoicer?", "Last follow-up. Here if you need Invoicer.",
    ])
    let one = plan("2025-11-01", cadence: try FollowUpCadence(days: [8]))
    #expect(one.map(\.message) == ["Last follow-up. Here if you need Invoicer."])
    #expect(one.map(\.isLast) == [true])
  }

  @Test func emptyFieldsKeepTheirPlaceholders() {
    let messages = FollowUpMessages.playbook.filled(with: Profile(productName: "  ", problem: "x"))
    #expect(messages.templates == [
      "Hey, any questions about [product]?",
      "Checking in - still interested in solving x?",
      "Last follow-up. Here if you need [solution].",
    ])
    let tricky = FollowUpMessages.playbook.filled(
      with: Profile(productName: "[problem] tool", problem: "a [product] gap"))
    #expect(tricky.templates[0] == "Hey, any questions about [problem] tool?")
    #expect(tricky.templates[1] == "Checking in - still interested in solving a [product] gap?")
    let odd = FollowUpMessages(templates: ["[unknown] and [product", "]["])
      .filled(with: profile)
    #expect(odd.templates == ["[unknown] and [product", "]["])
  }
}
