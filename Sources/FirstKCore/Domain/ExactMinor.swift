/// One subscription's monthly value in minor units as an exact fraction.
struct MonthlyValue: Equatable, Sendable {
  var numerator: Int128
  var denominator: Int128

  /// The value alone rounded half up, for showing one subscription.
  var roundedHalfUp: Int64 {
    let (quotient, remainder) = numerator.quotientAndRemainder(dividingBy: denominator)
    let rounded = quotient + (remainder >= denominator - remainder && remainder > 0 ? 1 : 0)
    return rounded >= ExactMinor.cap ? Int64.max : Int64(rounded)
  }
}

/// A non-negative amount of minor units kept as whole units plus exact fractions, so a
/// sum of monthly values is rounded once at the end instead of once per subscription.
///
/// Numerators are summed per denominator (a third, a fifty-second) and only divided
/// when rounding, which keeps adding cheap; the few distinct denominators a set of
/// billing periods has are searched linearly. Amounts past `Int64.max` saturate: no MRR
/// that large can be shown, and saturating never traps.
struct ExactMinor: Sendable {
  /// Whole minor units at or above this are reported as `Int64.max`.
  static let cap = Int128(Int64.max) + 1
  /// Numerators are divided into whole units before they grow past this.
  private static let carryLimit: Int128 = 1 << 120

  private var whole: Int128 = 0
  private var parts: [MonthlyValue] = []

  init() {}

  mutating func add(_ value: MonthlyValue) {
    var numerator = value.numerator
    if numerator >= ExactMinor.carryLimit / 2 {
      addWhole(numerator / value.denominator)
      numerator %= value.denominator
    }
    guard numerator > 0 else { return }
    guard let index = parts.firstIndex(where: { $0.denominator == value.denominator }) else {
      parts.append(MonthlyValue(numerator: numerator, denominator: value.denominator))
      return
    }
    parts[index].numerator += numerator
    if parts[index].numerator >= ExactMinor.carryLimit / 2 {
      addWhole(parts[index].numerator / value.denominator)
      parts[index].numerator %= value.denominator
    }
  }

  /// This amount times `numerator / denominator`, for a currency conversion.
  func scaled(by numerator: Int128, over denominator: Int128) -> ExactMinor {
    var out = ExactMinor()
    var pieces = [MonthlyValue(numerator: whole, denominator: 1)]
    for part in parts {
      let (quotient, remainder) = part.numerator.quotientAndRemainder(dividingBy: part.denominator)
      pieces[0].numerator = min(ExactMinor.cap, pieces[0].numerator + quotient)
      pieces.append(MonthlyValue(numerator: remainder, denominator: part.denominator))
    }
    for piece in pieces {
      let (top, topOverflow) = piece.numerator.multipliedReportingOverflow(by: numerator)
      let (bottom, bottomOverflow) = piece.denominator.multipliedReportingOverflow(by: denominator)
      if topOverflow || bottomOverflow {
        out.addWhole(ExactMinor.cap)
      } else {
        out.add(MonthlyValue(numerator: top, denominator: bottom))
      }
    }
    return out
  }

  /// The amount rounded half up to a whole minor unit, saturating at `Int64.max`.
  var roundedHalfUp: Int64 {
    var total = whole
    var remainders: [MonthlyValue] = []
    for part in parts {
      let (quotient, remainder) = part.numerator.quotientAndRemainder(dividingBy: part.denominator)
      total = min(ExactMinor.cap, total + quotient)
      if remainder > 0 {
        remainders.append(MonthlyValue(numerator: remainder, denominator: part.denominator))
      }
    }
    total += ExactMinor.exactRounded(remainders) ?? ExactMinor.approximateRounded(remainders)
    return total >= ExactMinor.cap ? Int64.max : Int64(total)
  }

  /// Proper fractions summed over their least common denominator and rounded half up;
  /// nil when that denominator does not fit in 128 bits.
  private static func exactRounded(_ fractions: [MonthlyValue]) -> Int128? {
    var numerator: Int128 = 0
    var denominator: Int128 = 1
    for part in fractions {
      let step = denominator / greatestCommonDivisor(denominator, part.denominator)
      let (common, overflow) = step.multipliedReportingOverflow(by: part.denominator)
      guard !overflow else { return nil }
      let (left, leftOverflow) = numerator.multipliedReportingOverflow(by: common / denominator)
      let (right, rightOverflow) = part.numerator.multipliedReportingOverflow(
        by: common / part.denominator)
      guard !leftOverflow, !rightOverflow else { return nil }
      let (sum, sumOverflow) = left.addingReportingOverflow(right)
      guard !sumOverflow else { return nil }
      let reduce = greatestCommonDivisor(sum, common)
      numerator = sum / reduce
      denominator = common / reduce
    }
    let (quotient, remainder) = numerator.quotientAndRemainder(dividingBy: denominator)
    return quotient + (remainder >= denominator - remainder ? 1 : 0)
  }

  /// Proper fractions summed in steps of 2^-64 minor units, each rounded up so a true tie
  /// still rounds up. Only reached when the denominators have no 128-bit common multiple,
  /// which the ten-year limit on billing periods makes all but impossible.
  private static func approximateRounded(_ fractions: [MonthlyValue]) -> Int128 {
    var fixed: Int128 = 0
    for part in fractions {
      fixed += (part.numerator << 64 + part.denominator - 1) / part.denominator
    }
    let half: Int128 = 1 << 63
    return (fixed >> 64) + ((fixed & (1 << 64 - 1)) >= half ? 1 : 0)
  }

  private mutating func addWhole(_ amount: Int128) {
    whole = amount >= ExactMinor.cap - whole ? ExactMinor.cap : whole + amount
  }
}

/// Greatest common divisor of two non-negative numbers; gcd(0, 0) is taken as 1.
func greatestCommonDivisor(_ a: Int128, _ b: Int128) -> Int128 {
  var (x, y) = (a, b)
  while y != 0 { (x, y) = (y, x % y) }
  return x == 0 ? 1 : x
}
