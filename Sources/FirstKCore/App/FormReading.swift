/// Reads domain values out of form fields, with a message naming the field at fault.
enum FormReading {
  static func customer(
    from form: Form, base: Customer?, profile: Profile, today: CivilDate
  ) throws(FormProblem) -> Customer {
    let currencyText = form.value("Currency")
    guard let currency = currencyText.isEmpty ? profile.currency : Currency(typed: currencyText)
    else {
      throw FormProblem("Currency: use a currency code such as USD, EUR or GBP.")
    }
    guard let amount = Money(major: form.value("Amount"), currency: currency) else {
      throw FormProblem("Amount: type a price such as 49 or 49.50 (at most a billion).")
    }
    guard let interval = BillingInterval(rawValue: form.value("Interval").lowercased()) else {
      throw FormProblem("Interval: day, week, month or year.")
    }
    guard let every = Int(form.value("Every")) else {
      throw FormProblem("Every: a whole number of intervals, usually 1.")
    }
    guard let quantity = Int(form.value("Quantity")) else {
      throw FormProblem("Quantity: a whole number of seats, usually 1.")
    }
    guard let status = SubscriptionStatus(rawValue: form.value("Status").lowercased()) else {
      throw FormProblem("Status: active, trialing, past_due or canceled.")
    }
    let started = try date(form.value("Started"), field: "Started")
    var customer = base ?? Customer(name: "", amount: amount)
    customer.name = form.value("Name")
    customer.amount = amount
    customer.interval = interval
    customer.intervalCount = every
    customer.quantity = quantity
    customer.status = status
    customer.started = started
    customer.source = form.value("Source")
    if status == .canceled && customer.canceledOn == nil { customer.canceledOn = today }
    if let problem = customer.validationProblem {
      throw FormProblem(problem.prefix(1).uppercased() + problem.dropFirst() + ".")
    }
    return customer
  }

  static func fill(_ prospect: inout Prospect, from form: Form) throws(FormProblem) {
    let name = form.value("Name")
    guard !name.isEmpty else { throw FormProblem("Name: who is this prospect?") }
    let channelText = form.value("Channel").lowercased()
    let guessed = Channel(guessedFrom: form.value("Contact"))
    guard let channel = channelText.isEmpty ? guessed : Channel(rawValue: channelText) else {
      throw FormProblem("Channel: dm, email, community or other.")
    }
    prospect.name = name
    prospect.contact = form.value("Contact")
    prospect.company = form.value("Company")
    prospect.channel = channel
    prospect.notes = form.value("Notes")
  }

  static func fill(
    _ profile: inout Profile, from form: Form, today: CivilDate
  ) throws(FormProblem) {
    let currencyText = form.value("Currency")
    guard let currency = currencyText.isEmpty ? profile.currency : Currency(typed: currencyText)
    else {
      throw FormProblem("Currency: use a currency code such as USD, EUR or GBP.")
    }
    let priceText = form.value("Price")
    var price: Money?
    if !priceText.isEmpty {
      guard let parsed = Money(major: priceText, currency: currency), parsed.minor > 0 else {
        throw FormProblem("Price: your monthly price, such as 49 or 49.50.")
      }
      price = parsed
    }
    guard let goal = Money(major: form.value("Goal"), currency: currency), goal.minor > 0 else {
      throw FormProblem("Goal: monthly revenue to reach, such as 1000.")
    }
    let builtText = form.value("Built").lowercased()
    let built: Bool?
    switch builtText {
    case "": built = nil
    case "yes", "y": built = true
    case "no", "n": built = false
    default: throw FormProblem("Built: yes or no.")
    }
    let started = try date(form.value("Started"), field: "Started")
    if let started, started > today {
      throw FormProblem("Started: the start date cannot be after today.")
    }
    profile.productName = form.value("Product")
    profile.problem = form.value("Problem")
    profile.audience = form.value("Audience")
    profile.listPrice = price
    profile.goal = goal
    if currency != profile.currency { profile.ratesInMillionths = [:] }
    profile.currency = currency
    profile.built = built
    profile.started = started
  }

  static func date(_ text: String, field: String) throws(FormProblem) -> CivilDate? {
    guard !text.isEmpty else { return nil }
    guard let day = CivilDate(iso: text) else {
      throw FormProblem("\(field): a real date as YYYY-MM-DD, or leave it empty.")
    }
    return day
  }
}

/// The forms the dashboard opens, filled with the values being edited.
public enum Forms {
  public static func customer(_ customer: Customer?, profile: Profile, today: CivilDate) -> Form {
    let amount = customer.map { $0.amount.majorString } ?? profile.listPrice?.majorString ?? ""
    let fields = [
      FormField("Name", customer?.name ?? ""),
      FormField("Amount", amount, hint: "per interval"),
      FormField("Interval", customer?.interval.rawValue ?? "month", hint: "day/week/month/year"),
      FormField("Every", String(customer?.intervalCount ?? 1), hint: "intervals"),
      FormField("Quantity", String(customer?.quantity ?? 1)),
      FormField("Currency", (customer?.amount.currency ?? profile.currency).code),
      FormField("Status", customer?.status.rawValue ?? "active",
        hint: "active/trialing/past_due/canceled"),
      FormField("Started", (customer?.started ?? today).description, hint: "YYYY-MM-DD"),
      FormField("Source", customer?.source ?? ""),
    ]
    let purpose = customer?.id.map(FormPurpose.editCustomer) ?? .addCustomer
    return Form(title: customer == nil ? "New customer" : "Edit customer", purpose: purpose,
      fields: fields)
  }

  public static func prospect(_ prospect: Prospect?) -> Form {
    let fields = [
      FormField("Name", prospect?.name ?? ""),
      FormField("Contact", prospect?.contact ?? "", hint: "email or handle"),
      FormField("Company", prospect?.company ?? ""),
      FormField(
        "Channel", prospect?.channel.rawValue ?? "",
        hint: "dm, email, community or other; empty: from the contact"),
      FormField("Notes", prospect?.notes ?? ""),
    ]
    let purpose = prospect?.id.map(FormPurpose.editProspect) ?? .addProspect
    return Form(title: prospect == nil ? "New prospect" : "Edit prospect", purpose: purpose,
      fields: fields)
  }

  public static func profile(_ profile: Profile) -> Form {
    let built = profile.built.map { $0 ? "yes" : "no" } ?? ""
    let fields = [
      FormField("Product", profile.productName),
      FormField("Problem", profile.problem, hint: "the problem it solves"),
      FormField("Audience", profile.audience, hint: "who it is for"),
      FormField("Price", profile.listPrice?.majorString ?? "", hint: "monthly list price"),
      FormField("Goal", profile.goal.majorString, hint: "monthly"),
      FormField("Currency", profile.currency.code),
      FormField("Built", built, hint: "yes/no"),
      FormField("Started", profile.started?.description ?? "", hint: "YYYY-MM-DD"),
    ]
    return Form(title: "Your product", purpose: .editProfile, fields: fields)
  }

  public static func importFile(_ kind: ImportKind) -> Form {
    let hint: String
    switch kind {
    case .stripe: hint = "Stripe subscriptions export (.csv)"
    case .customers: hint = "CSV with name and amount columns"
    case .leads: hint = "LinkedIn, Google Contacts or any CSV with names"
    }
    return Form(title: "Import \(kind.rawValue)", purpose: .importFile(kind),
      fields: [FormField("File", "", hint: hint)])
  }
}
