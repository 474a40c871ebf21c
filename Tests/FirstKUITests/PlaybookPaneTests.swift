import Testing

@testable import FirstKCore
@testable import FirstKUI

@Suite struct PlaybookPaneTests {
  func state(path: [Int] = [], selection: Int = 0, here: String? = "B.notAsked") -> AppState {
    var state = AppState(today: CivilDate(year: 2025, month: 11, day: 1)!)
    state.profile = Profile(
      productName: "Invoicer", problem: "late invoices",
      listPrice: Money(minor: 4900, currency: .usd))
    state.playbook.path = path
    state.playbook.selection = selection
    state.playbook.youAreHere = here
    return state
  }

  func render(
    _ state: AppState, _ width: Int, _ height: Int, glyphs: Glyphs = .unicode
  ) -> GridCanvas {
    var canvas = GridCanvas(width: width, height: height)
    PlaybookPane.draw(state, in: canvas.bounds, glyphs: glyphs, canvas: &canvas)
    return canvas
  }

  @Test func rootAt38Columns() {
    let canvas = render(state(), 38, 16)
    #expect(
      canvas.lines == [
        "First $1k MRR                         ",
        "                                      ",
        "A decision tree for builders. Stop    ",
        "guessing. Start deciding.             ",
        "                                      ",
        "▸  The Math                           ",
        "   Where are you?                     ",
        "   A. Nothing Built Yet               ",
        " • B. Built, No Paying Customers      ",
        "   C. Have Customers, Under $1k       ",
        "   Pricing Check                      ",
        "   Speed Check                        ",
        "   The Uncomfortable Truth            ",
        "   What's your ONE next action?       ",
        "                                      ",
        "                                      ",
      ])
    #expect(canvas[0, 0].style == Style(.title, bold: true))
    #expect(canvas[37, 5].style == Style(.selection, bold: true))
    #expect(canvas[3, 6].style == .plain)
    #expect(canvas[1, 8].style == Style(.youAreHere))
  }

  @Test func markedAnswerAndLinksAt38Columns() {
    let section = render(state(path: [3], selection: 2), 38, 10)
    #expect(
      section.text == """
        … › B. Built, No Paying Customers
        
        Distribution and sales problems.
        Have you asked anyone to pay?
        
         • No, haven't asked ← you are here
           Yes, asked but no sales
        ▸  Asked, got interest, they ghost
        
        
        """)
    #expect(section[1, 5].style == Style(.youAreHere, bold: true))
    #expect(section[21, 5].style == Style(.youAreHere))
    #expect(section[5, 7].style == Style(.selection, bold: true))
    #expect(section[0, 7].text == "▸")

    let question = render(state(path: [1], here: nil), 38, 8, glyphs: .ascii)
    #expect(
      question.text == """
        First $1k MRR > Where are you?
        
        Start here to find your path.
        Do you have something built?
        
        >  No, nothing yet -> A
           Yes, but no paying customers -> B
           Yes, with some customers (under $1~
        """)
  }

  @Test func scriptsAreFilledAndWrapped() {
    let canvas = render(state(path: [3, 0, 1]), 38, 6)
    #expect(
      canvas.text == """
        … › Script for the ask
        
        "I built Invoicer that solves late
        invoices. It's $49/mo. Want to try
        it?"
        
        """)
    #expect(canvas[1, 2].style == Style(.accent, bold: true))
  }

  @Test func youAreHereAndItemsAt58Columns() {
    let canvas = render(state(path: [3, 0]), 58, 9)
    #expect(
      canvas.text == """
        … › B. Built, No Paying Customers › No, haven't asked
        
        ▸ You are here
        THIS IS THE PROBLEM.
        You're not getting rejected. You're not asking.
        
        ▸  Contact 10 people TODAY
           Script for the ask
        
        """)

    let wide = render(state(path: [6, 0]), 78, 8)
    #expect(
      wide.text == """
        First $1k MRR › Speed Check › Less than 1 month
        
        Good. Keep moving.
        • Week 1: Build and ship v1
        • Week 2: Get in front of 20 potential customers
        • Week 3: First paying customer
        • Week 4: 3-5 customers
        
        """)
  }

  @Test func longTextIsCutWithAMarkAndScrolls() {
    var scrolled = state(path: [2, 0, 0])
    let cut = render(scrolled, 38, 5)
    #expect(
      cut.text == """
        Find 5 people with the problem and ask
        Find 5 people with the problem you
        want to solve. Ask:
        • "What's the hardest part about late
        … more
        """)
    scrolled.playbook.textScroll = 3
    #expect(
      render(scrolled, 38, 5).text == """
        Find 5 people with the problem and ask
        
        • "Would you pay $49/mo if something
          solved this?"
        Do this before writing any code.
        """)
  }

  @Test func selectionStaysVisibleInAShortList() {
    let canvas = render(state(selection: 8, here: nil), 38, 6)
    #expect(
      canvas.text == """
        First $1k MRR
        A decision tree for builders. Stop
        
           Speed Check
           The Uncomfortable Truth
        ▸  What's your ONE next action?
        """)
    #expect(canvas[0, 5].style == Style(.selection, bold: true))
  }

  @Test func chosenNextActionIsShown() {
    var chosen = state(path: [8])
    chosen.playbook.nextAction = "Contact 10 people TODAY"
    #expect(
      render(chosen, 38, 8).text == """
        … › What's your ONE next action?
        
        Based on where you are in this tree,
        write it down. Do it today.
        Not tomorrow. Today.
        Your ONE next action:
        Contact 10 people TODAY
        
        """)
    var marked = state(path: [3, 0], here: nil)
    marked.playbook.nextActionNodeID = "B.notAsked.contact"
    let canvas = render(marked, 38, 9)
    #expect(canvas.lines[6] == "▸✓ Contact 10 people TODAY            ")
    #expect(canvas[1, 6].style == Style(.selection, bold: true))
    marked.playbook.selection = 1
    #expect(render(marked, 38, 9)[1, 6].style == Style(.good, bold: true))
    marked.playbook.selection = 0
    marked.playbook.path = [3, 0, 0]
    let action = render(marked, 38, 14)
    #expect(action.lines[2] == "✓ Your ONE next action                ")
    #expect(action[0, 2].style == Style(.good, bold: true))
  }

  @Test func tinySizesNeverCrash() {
    let states = [
      state(), state(path: [3, 2, 0], here: nil), state(path: [4, 2], selection: 1),
      state(path: [99, 3], selection: -4), state(path: [1], selection: 99),
    ]
    for state in states {
      for width in 0...5 {
        for height in 0...3 {
          let canvas = render(state, width, height)
          #expect(canvas.lines.count == height)
        }
      }
    }
    #expect(render(state(), 3, 2).lines == ["Fi…", "▸  "])
    #expect(render(state(), 1, 1).lines == ["…"])
    #expect(render(state(), 0, 0).lines == [])
  }

  @Test func drawsOnlyInsideItsRectangle() {
    var canvas = GridCanvas(width: 42, height: 8)
    let rect = Rect(x: 2, y: 1, width: 38, height: 6)
    PlaybookPane.draw(state(), in: rect, glyphs: .unicode, canvas: &canvas)
    #expect(canvas.lines[0] == String(repeating: " ", count: 42))
    #expect(canvas.lines[7] == String(repeating: " ", count: 42))
    #expect(canvas.lines[1] == "  First $1k MRR                           ")
    #expect(canvas.lines.allSatisfy { $0.hasPrefix("  ") && $0.hasSuffix("  ") })
  }

  @Test func mathIsFilledWithTheUsersNumbers() throws {
    var mine = state(path: try #require(Playbook.path(to: "C.some")), here: nil)
    mine.profile.listPrice = Money(minor: 4000, currency: .usd)
    mine.customers = (1...6).map {
      Customer(id: Int64($0), name: "C\($0)", amount: Money(minor: 4000, currency: .usd))
    }
    let text = render(mine, 58, 20).text
    #expect(text.contains("Current MRR = 6 x $40"))
    #expect(!text.contains("[customers]"))
  }
}
