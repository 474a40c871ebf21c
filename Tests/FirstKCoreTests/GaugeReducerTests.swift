import Testing

@testable import FirstKCore

@Suite struct GaugeReducerTests {
  static let day = CivilDate(year: 2025, month: 6, day: 15)!
  static let usd = Currency.usd

  static func dollars(_ major: Int64) -> Money { Money(minor: major * 100, currency: usd) }

  static func state(listPrice: Money? = nil, whatIf: Int64? = nil) -> AppState {
    var state = AppState(today: day)
    state.profile.listPrice = listPrice
    state.gauge.whatIfPrice = whatIf
    return state
  }

  @Test func nudgingStartsFromTheListPriceAndSnapsToTheGrid() {
    var state = Self.state(listPrice: Self.dollars(49))
    #expect(reduce(&state, .gauge(.whatIfRaised)) == [])
    #expect(state == Self.state(listPrice: Self.dollars(49), whatIf: 5000))
    _ = reduce(&state, .gauge(.whatIfRaised))
    #expect(state.gauge.whatIfPrice == 5500)
    _ = reduce(&state, .gauge(.whatIfLowered))
    _ = reduce(&state, .gauge(.whatIfLowered))
    _ = reduce(&state, .gauge(.whatIfLowered))
    #expect(state.gauge.whatIfPrice == 4000)
    #expect(state.profile.listPrice == Self.dollars(49))
  }

  @Test func stepsAreOneBelowTwentyFiveBelowAHundredTenAbove() {
    let raised = [150, 1900, 2000, 2350, 9500, 10_000, 10_400].map {
      GaugeState.raised(Int64($0), unit: 100)
    }
    #expect(raised == [200, 2000, 2500, 2500, 10_000, 11_000, 11_000])
    let lowered = [50, 100, 150, 2000, 2100, 2350, 10_000, 11_000, 10_400].map {
      GaugeState.lowered(Int64($0), unit: 100)
    }
    #expect(lowered == [50, 100, 100, 1900, 2000, 2000, 9500, 10_000, 10_000])
    #expect(GaugeState.raised(100_000_000_000, unit: 100) == 100_000_000_000)
    #expect(GaugeState.raised(-500, unit: 100) == 100)
    #expect(GaugeState.raised(19, unit: 1) == 20)  // yen: whole yen steps
  }

  @Test func withoutAPriceNudgingStartsFromARPUElseFortyNine() {
    var empty = Self.state()
    _ = reduce(&empty, .gauge(.whatIfLowered))
    #expect(empty.gauge.whatIfPrice == 4500)

    var paying = Self.state()
    paying.customers = [8433, 8433, 8434].map {
      Customer(name: "c", amount: Money(minor: $0, currency: Self.usd))
    }
    #expect(paying.mrr.report.arpu?.minor == 8433)
    _ = reduce(&paying, .gauge(.whatIfRaised))
    #expect(paying.gauge.whatIfPrice == 8500)
  }

  @Test func adoptingSavesTheProfileWithTheNewPrice() {
    var state = Self.state(listPrice: Self.dollars(49), whatIf: 5900)
    let effects = reduce(&state, .gauge(.whatIfAdopted))

    var expected = Self.state(listPrice: Self.dollars(59))
    expected.status = StatusMessage("List price is now $59/mo.")
    #expect(state == expected)
    #expect(effects == [.saveProfile(expected.profile)])
    #expect(state.mrr.report.listPrice == Self.dollars(59))
  }

  @Test func adoptingWithoutAWhatIfDoesNothing() {
    var state = Self.state(listPrice: Self.dollars(49))
    #expect(reduce(&state, .gauge(.whatIfAdopted)) == [])
    #expect(state == Self.state(listPrice: Self.dollars(49)))
  }

  @Test func resetDropsTheWhatIf() {
    var state = Self.state(listPrice: Self.dollars(49), whatIf: 7000)
    #expect(reduce(&state, .gauge(.whatIfReset)) == [])
    #expect(state == Self.state(listPrice: Self.dollars(49)))
  }

  @Test func derivedFiguresFollowCustomersProfileAndDay() {
    var state = AppState(today: Self.day)
    #expect(state.mrr.report.mrr.minor == 0)
    #expect(state.mrr.history == Array(repeating: 0, count: 12))
    state.customers.append(
      Customer(
        name: "a", amount: Self.dollars(30), started: CivilDate(year: 2025, month: 7, day: 1)))
    #expect(state.mrr.report.mrr.minor == 0)
    state.today = CivilDate(year: 2025, month: 7, day: 1)!
    #expect(state.mrr.report.mrr.minor == 3000)
    state.profile.goal = Self.dollars(100)
    #expect(state.mrr.report.percent == 30)
    state.customers[0].quantity = 2
    #expect(state.mrr.report.mrr.minor == 6000)
    let fresh = MRRFigures(customers: state.customers, profile: state.profile, on: state.today)
    #expect(state.mrr == fresh)
  }
}
