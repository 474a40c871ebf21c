/// Sections A, B and C of the playbook: before building, built without sales, and
/// some customers but under $1k.
extension PlaybookContent {
  static let sectionA = PlaybookNode(
    "A", .section, "A. Nothing Built Yet",
    body: """
      Validate before you write code.
      Have you talked to 5+ potential customers about their problem?
      """,
    children: [
      PlaybookNode(
        "A.no", .answer, "No",
        body: "STOP BUILDING. START TALKING.",
        children: [
          PlaybookNode(
            "A.no.talk", .action, "Find 5 people with the problem and ask",
            body: "Find 5 people with the problem you want to solve. Ask:",
            items: [
              "\"What's the hardest part about [problem]?\"",
              "\"What have you tried?\"",
              "\"Would you pay $X/mo if something solved this?\"",
            ],
            closing: "Do this before writing any code.")
        ]),
      PlaybookNode(
        "A.yes", .answer, "Yes, talked to 5+",
        body: "Did 3+ say they'd pay for a solution?",
        children: [
          PlaybookNode(
            "A.yes.build", .action, "Yes: build the smallest thing",
            body: """
              Build the smallest thing that solves the core problem. \
              One feature. One week max. Ugly is fine.
              """,
            action: "Build the smallest thing: one feature, one week max"),
          PlaybookNode(
            "A.yes.rethink", .action, "No: wrong problem or wrong audience",
            body: """
              Wrong problem or wrong audience. Try a different audience (same problem) \
              or a different problem (same audience).
              """,
            action: "Try a different audience or a different problem"),
        ]),
    ])

  static let sectionB = PlaybookNode(
    "B", .section, "B. Built, No Paying Customers",
    body: "Distribution and sales problems.\nHave you asked anyone to pay?",
    children: [
      PlaybookNode(
        "B.notAsked", .answer, "No, haven't asked",
        body: "THIS IS THE PROBLEM.\nYou're not getting rejected. You're not asking.",
        children: [
          PlaybookNode(
            "B.notAsked.contact", .action, "Contact 10 people TODAY",
            body: "Send each of them the script. Where to find them:",
            items: [
              "DM people who complained about the problem on Twitter",
              "Email people from your customer conversations",
              "Post in communities where your customers hang out",
            ]),
          PlaybookNode(
            "B.notAsked.script", .script, "Script for the ask",
            body: Playbook.askScript,
            action: "Send the ask to 10 people today"),
        ]),
      PlaybookNode(
        "B.asked", .answer, "Yes, asked but no sales",
        body: "What's the objection?",
        children: objections),
      PlaybookNode(
        "B.ghost", .answer, "Asked, got interest, they ghost",
        body: "Follow up. Most sales happen on follow-up 2-5.",
        children: [
          PlaybookNode(
            "B.ghost.followUps", .followUps, "Follow up on day 3, 7 and 14",
            items: ["Day 1: Initial ask"]
              + Playbook.followUpMessages.map { "Day \($0.day): \"\($0.template)\"" },
            closing: "Not pushy. Persistent. There's a difference.",
            action: "Follow up on day 3, 7 and 14 after each ask")
        ]),
    ])

  static let objections = [
    PlaybookNode(
      "B.asked.expensive", .objection, "\"Too expensive\"",
      body: """
        Test: Offer 50% discount to next 3 prospects. \
        If still no buy, price isn't the problem - value isn't clear.
        """,
      action: "Offer 50% discount to the next 3 prospects"),
    PlaybookNode(
      "B.asked.fit", .objection, "\"Doesn't solve my problem\"",
      body: """
        Ask: "What WOULD solve your problem?"
        If it's a small change, make it. If it's a big change: wrong audience or product.
        """,
      action: "Ask: \"What WOULD solve your problem?\""),
    PlaybookNode(
      "B.asked.think", .objection, "\"Need to think about it\"",
      body: "This means no. Ask: \"What would need to be true for this to be a yes?\"",
      action: "Ask: \"What would need to be true for this to be a yes?\""),
    PlaybookNode(
      "B.asked.trust", .objection, "\"Don't trust this\"",
      body: "Build trust:",
      items: [
        "Offer a free trial", "Show testimonials", "Give a money-back guarantee",
        "Build in public",
      ],
      action: "Offer a free trial, testimonials and a money-back guarantee"),
  ]

  static let sectionC = PlaybookNode(
    "C", .section, "C. Have Customers, Under $1k",
    body: "Scale and pricing problems.\nHow many paying customers?",
    children: [
      PlaybookNode(
        "C.few", .answer, "1-3 customers",
        body: "You've proven someone will pay. Now prove it's repeatable.",
        children: [
          PlaybookNode(
            "C.few.ask", .action, "Ask your customers three questions",
            body: "Ask your customers:",
            items: [
              "\"Why did you buy?\"",
              "\"Where do you hang out online?\"",
              "\"Who else has this problem?\"",
            ],
            closing: "Their answers are your marketing strategy."),
          PlaybookNode(
            "C.few.more", .action, "Find 10 more people exactly like them",
            body: "Use their answers: go where they hang out and reach people like them."),
        ]),
      PlaybookNode(
        "C.some", .answer, "4-10 customers",
        body: "You're close. Do the math:\nCurrent MRR = [customers] x [price]",
        children: [
          PlaybookNode(
            "C.some.repeat", .action, "Do more of what brought your last 3",
            body: """
              Need more customers? Double down on what's working. \
              Where did your last 3 come from? Do more of that.
              """),
          PlaybookNode(
            "C.some.price", .note, "Price too low?",
            body: "See the Pricing Check.", link: "pricing"),
        ]),
      PlaybookNode(
        "C.many", .answer, "10+ customers but under $1k",
        body: """
          YOUR PRICE IS TOO LOW.
          10+ customers and not at $1k MRR means you're charging less than $100/mo.
          """,
        children: [
          PlaybookNode(
            "C.many.raise", .action, "Raise your prices",
            items: [
              "New customers: new price immediately",
              "Existing: grandfather or raise with notice",
              "Test: Raise price 50% for next 10 prospects",
            ]),
          PlaybookNode(
            "C.many.lose", .note, "\"But I'll lose customers!\"",
            body: """
              Some will leave. The ones who stay value it more. \
              You need fewer customers at higher prices.
              """),
        ]),
    ])
}
