import FirstKCore
import FirstKData

/// `firstk add customer NAME --amount 49 ...`: records a subscription by hand.
enum AddCustomerCommand {
  static let usage = """
    Usage: firstk add customer NAME --amount AMOUNT [options]

      --amount AMOUNT        what one unit costs each billing period, e.g. 49 or 49.50
      --interval day|week|month|year
                             billing interval (default month)
      --every N              bills every N intervals, 1 to 100 (default 1)
      --quantity N           seats or units, 1 to 1000000 (default 1)
      --currency CODE        currency of the amount (default: the profile's)
      --status active|trialing|past_due|canceled
                             subscription status (default active)
      --started YYYY-MM-DD   first day of the subscription (default today)
      --source TEXT          where the customer came from
      --contact TEXT         email address or handle

    """

  static let valued: Set<String> = [
    "--amount", "--interval", "--every", "--quantity", "--currency", "--status", "--started",
    "--source", "--contact",
  ]

  static let statuses: [(String, SubscriptionStatus)] =
    SubscriptionStatus.allCases.map { ($0.rawValue, $0) } + [("cancelled", .canceled)]

  static func run(_ context: CommandContext, _ arguments: [String]) throws -> Int32 {
    let options = try CommandOptions(arguments, command: "add customer", valued: valued)
    let name = options.positionals.joined(separator: " ").trimmingSpaces()
    guard !name.isEmpty else { throw UsageError("add customer: give the customer's name") }
    guard let amountText = options.value("--amount") else {
      throw UsageError("add customer: --amount is required, e.g. --amount 49")
    }
    let chosenCurrency = try options.value("--currency").map {
      try OptionValues.currency($0, option: "--currency")
    }
    var customer = Customer(
      name: name, amount: Money(minor: 0, currency: chosenCurrency ?? .usd),
      started: context.today)
    try fill(&customer, from: options)

    let store = try context.openStore()
    let currency = try chosenCurrency ?? store.loadProfile().currency
    customer.amount = try OptionValues.money(
      amountText, option: "--amount", currency: currency, allowZero: true)
    let id = try store.insert(customer)
    context.console.out(
      "Added customer \(id): \(TextTable.inert(CustomerText.summary(of: customer))).\n")
    return 0
  }

  /// Applies every option except the name, amount and currency.
  private static func fill(_ customer: inout Customer, from options: CommandOptions) throws {
    if let text = options.value("--interval") {
      customer.interval = try OptionValues.choice(
        text, option: "--interval", from: BillingInterval.allCases.map { ($0.rawValue, $0) })
    }
    if let text = options.value("--every") {
      customer.intervalCount = try OptionValues.integer(
        text, option: "--every", range: Customer.intervalCountRange)
    }
    if let text = options.value("--quantity") {
      customer.quantity = try OptionValues.integer(
        text, option: "--quantity", range: Customer.quantityRange)
    }
    if let text = options.value("--status") {
      customer.status = try OptionValues.choice(text, option: "--status", from: statuses)
    }
    if let text = options.value("--started") {
      customer.started = try OptionValues.date(text, option: "--started")
    }
    if let text = options.value("--source") { customer.source = text.trimmingSpaces() }
    if let text = options.value("--contact") { customer.contact = text.trimmingSpaces() }
  }
}
