/// The Pricing Check and the Speed Check: verdicts on the price charged and on the time
/// spent so far.
extension PlaybookContent {
  static let pricingCheck = PlaybookNode(
    "pricing", .check, "Pricing Check",
    body: "You're probably charging too little.\nWhat are you charging?",
    children: [
      PlaybookNode(
        "pricing.under20", .answer, "Less than $20/mo",
        body: """
          Too low. At $20/mo you need 50 customers for $1k MRR. \
          Support will eat you alive.
          Raise to minimum $49/mo or find a different market.
          """,
        action: "Raise to minimum $49/mo"),
      PlaybookNode(
        "pricing.20to49", .answer, "$20-49/mo",
        body: """
          Acceptable for prosumer/creator tools. You need 20-50 customers. \
          Doable but tight.
          Consider adding a $99+ tier for power users.
          """,
        action: "Add a $99+ tier for power users"),
      PlaybookNode(
        "pricing.50to99", .answer, "$50-99/mo",
        body: """
          Good range. You need 10-20 customers. Very achievable with focused effort.
          """),
      PlaybookNode(
        "pricing.100up", .answer, "$100+/mo",
        body: """
          Solid. You need fewer than 10 customers.
          If you can't find 10 people to pay $100/mo for real value, \
          the problem is positioning or distribution, not price.
          """),
    ])

  static let speedCheck = PlaybookNode(
    "speed", .check, "Speed Check",
    body: "You're probably moving too slow.\nHow long have you been working on this?",
    children: [
      PlaybookNode(
        "speed.under1", .answer, "Less than 1 month",
        body: "Good. Keep moving.",
        items: [
          "Week 1: Build and ship v1",
          "Week 2: Get in front of 20 potential customers",
          "Week 3: First paying customer",
          "Week 4: 3-5 customers",
        ]),
      PlaybookNode(
        "speed.1to3", .answer, "1-3 months",
        body: """
          You should have paying customers by now.
          If you don't: Stop building features. Start selling. \
          The next line of code should be AFTER someone pays you.
          """,
        action: "Stop building features. Start selling."),
      PlaybookNode(
        "speed.over3", .answer, "3+ months, no/few customers",
        body: "Something is fundamentally wrong.\nHard questions:",
        items: [
          "Are you avoiding sales because building is comfortable?",
          "Is there actually a market? (Paying customers = market)",
          "Are you the right person? (Do you have access to customers?)",
          "Are you attached to the idea more than the outcome?",
        ]),
    ])
}
