import Testing

@testable import FirstKCore

@Suite struct PlaybookContentTests {
  let nodes = Playbook.root.allNodes

  @Test func everyNodeIsReachableByItsPath() throws {
    #expect(nodes.count == 47)
    for node in nodes {
      let path = try #require(Playbook.path(to: node.id), "no path to \(node.id)")
      #expect(Playbook.node(at: path)?.id == node.id)
      #expect(Playbook.node(id: node.id) == node)
    }
    #expect(Playbook.path(to: "root") == [])
    #expect(Playbook.path(to: "B.asked.think") == [3, 1, 2])
    #expect(Playbook.path(to: "no.such.step") == nil)
    #expect(Playbook.node(at: [3, 9]) == nil)
  }

  @Test func idsAreUniqueAndLinksResolve() {
    #expect(Set(nodes.map(\.id)).count == nodes.count)
    let links = nodes.compactMap(\.link)
    #expect(links == ["A", "B", "C", "pricing"])
    for link in links { #expect(Playbook.node(id: link) != nil) }
  }

  @Test func sectionsInReadingOrder() {
    #expect(Playbook.root.title == "First $1k MRR")
    #expect(Playbook.root.body == "A decision tree for builders. Stop guessing. Start deciding.")
    #expect(
      Playbook.root.children.map(\.id)
        == ["math", "start", "A", "B", "C", "pricing", "speed", "truth", "next"])
    #expect(Playbook.node(id: "start")?.children.map(\.link) == ["A", "B", "C"])
  }

  @Test func everyNumberOfTheSeedIsInTheTree() {
    let text = nodes.flatMap(\.allText).joined(separator: "\n").lowercased()
    let expected = [
      "10 customers @ $100/mo", "20 customers @ $50/mo", "40 customers @ $25/mo",
      "$1,000/month", "$1k mrr", "10-40 people", "5+ potential customers",
      "did 3+ say they'd pay", "one feature. one week max", "contact 10 people today",
      "50% discount to next 3 prospects", "day 1: initial ask", "day 3:", "day 7:", "day 14:",
      "follow-up 2-5", "not pushy. persistent.", "1-3 customers", "4-10 customers",
      "10+ customers but under $1k", "less than $100/mo", "find 10 more people",
      "current mrr = [customers] x [price]", "where did your last 3 come from",
      "raise price 50% for next 10 prospects", "less than $20/mo",
      "at $20/mo you need 50 customers", "minimum $49/mo", "$20-49/mo", "20-50 customers",
      "$99+ tier", "$50-99/mo", "10-20 customers", "$100+/mo", "fewer than 10 customers",
      "10 people to pay $100/mo", "less than 1 month", "week 1:", "week 2:",
      "20 potential customers", "week 3:", "week 4: 3-5 customers", "1-3 months",
      "3+ months", "10 rejections", "100 asks", "one of three reasons",
      "not tomorrow. today.",
    ]
    for phrase in expected {
      #expect(text.contains(phrase), "missing \"\(phrase)\"")
    }
  }

  @Test func scriptsAndMessagesAreVerbatim() {
    #expect(
      Playbook.node(id: "B.notAsked.script")?.body
        == "I built [X] that solves [Y]. It's $[Z]/mo. Want to try it?")
    #expect(
      Playbook.followUpMessages == [
        FollowUpMessage(day: 3, template: "Hey, any questions about [product]?"),
        FollowUpMessage(
          day: 7, template: "Checking in - still interested in solving [problem]?"),
        FollowUpMessage(day: 14, template: "Last follow-up. Here if you need [solution]."),
      ])
    #expect(Playbook.followUpMessage(day: 7) == Playbook.followUpMessages[1].template)
    #expect(Playbook.followUpMessage(day: 1) == nil)
    #expect(
      Playbook.node(id: "B.ghost.followUps")?.items == [
        "Day 1: Initial ask",
        "Day 3: \"Hey, any questions about [product]?\"",
        "Day 7: \"Checking in - still interested in solving [problem]?\"",
        "Day 14: \"Last follow-up. Here if you need [solution].\"",
      ])
  }

  @Test func objectionsResolveToTheirAdvice() {
    for objection in Objection.allCases {
      let node = Playbook.node(id: objection.nodeID)
      #expect(node?.kind == .objection)
      #expect(node?.title == "\"\(objection.quote)\"")
    }
    #expect(
      Playbook.node(id: Objection.expensive.nodeID)?.body.hasPrefix(
        "Test: Offer 50% discount to next 3 prospects.") == true)
  }

  @Test func fillReplacesPlaceholdersOnce() {
    let fill = PlaybookFill(
      productName: "Invoicer", problem: "late invoices",
      price: Money(minor: 4900, currency: .usd))
    #expect(
      Playbook.fill(Playbook.askScript, with: fill)
        == "I built Invoicer that solves late invoices. It's $49/mo. Want to try it?")
    #expect(
      Playbook.fill("Last follow-up. Here if you need [solution].", with: fill)
        == "Last follow-up. Here if you need Invoicer.")
    #expect(
      Playbook.fill("Would you pay $X/mo if something solved this?", with: fill)
        == "Would you pay $49/mo if something solved this?")
    let tricky = PlaybookFill(productName: "[Y]", problem: "x", price: nil)
    #expect(Playbook.fill("[X] vs [Y] at $[Z]", with: tricky) == "[Y] vs x at $[Z]")
  }

  @Test func emptyFillKeepsPlaceholders() {
    #expect(Playbook.fill(Playbook.askScript, with: PlaybookFill()) == Playbook.askScript)
    let spaces = PlaybookFill(productName: "  ", problem: "", price: nil)
    #expect(Playbook.fill("about [product]?", with: spaces) == "about [product]?")
    let euro = PlaybookFill(price: Money(minor: 1950, currency: Currency("EUR")!))
    #expect(Playbook.fill("It's $[Z]/mo.", with: euro) == "It's €19.50/mo.")
  }

  @Test func outlineListsEveryNode() {
    let outline = Playbook.outline()
    let lines = outline.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.first == "First $1k MRR  [section root]")
    #expect(lines.contains("  Where are you?  [question start]"))
    #expect(lines.contains("      -> A. Nothing Built Yet [A]"))
    #expect(
      lines.contains("        \"I built [X] that solves [Y]. It's $[Z]/mo. Want to try it?\""))
    #expect(lines.contains("        - Day 14: \"Last follow-up. Here if you need [solution].\""))
    #expect(lines.last == "")
    for node in nodes {
      #expect(outline.contains("[\(node.kind.rawValue) \(node.id)]"))
    }
  }
}
