/// The words of the playbook: the opening, the math, "Where are you?", the uncomfortable
/// truth and the closing question. Sections A to C and the checks have their own files.
enum PlaybookContent {
  /// The tree in reading order.
  static func tree() -> PlaybookNode {
    PlaybookNode(
      "root", .section, "First $1k MRR",
      body: "A decision tree for builders. Stop guessing. Start deciding.",
      children: [
        math, whereAreYou, sectionA, sectionB, sectionC, pricingCheck, speedCheck, truth,
        nextAction,
      ])
  }

  static let math = PlaybookNode(
    "math", .note, "The Math",
    body: "$1,000/month requires:",
    items: [
      "10 customers @ $100/mo",
      "20 customers @ $50/mo",
      "40 customers @ $25/mo",
    ],
    closing: """
      That's it. Not thousands of users. Not viral growth. \
      10-40 people who value what you built.
      """)

  static let whereAreYou = PlaybookNode(
    "start", .question, "Where are you?",
    body: "Start here to find your path.\nDo you have something built?",
    children: [
      PlaybookNode(
        "start.nothing", .answer, "No, nothing yet",
        body: "Go to Section A: validate before building.", link: "A"),
      PlaybookNode(
        "start.noSales", .answer, "Yes, but no paying customers",
        body: "Go to Section B: get your first sale.", link: "B"),
      PlaybookNode(
        "start.someCustomers", .answer, "Yes, with some customers (under $1k)",
        body: "Go to Section C: scale to $1k.", link: "C"),
    ])

  static let truth = PlaybookNode(
    "truth", .list, "The Uncomfortable Truth",
    body: "Most people who don't hit $1k MRR fail for one of three reasons:",
    children: [
      PlaybookNode(
        "truth.ask", .note, "1. They don't ask for money",
        body: """
          Building feels safe. Selling feels vulnerable. \
          But nobody will pay you if you don't ask.
          """),
      PlaybookNode(
        "truth.build", .note, "2. They build for themselves, not customers",
        body: "\"I needed this\" isn't validation. Other people paying for it is validation."),
      PlaybookNode(
        "truth.quit", .note, "3. They quit before the math works",
        body: """
          10-40 customers takes time. Most quit after 10 rejections. \
          The ones who win keep going to 100 asks.
          """,
        action: "Keep going to 100 asks"),
    ])

  static let nextAction = PlaybookNode(
    "next", .note, "What's your ONE next action?",
    body: "Based on where you are in this tree, write it down. Do it today.",
    closing: "Not tomorrow. Today.")
}
