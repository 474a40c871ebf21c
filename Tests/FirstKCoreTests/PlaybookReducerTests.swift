import Testing

@testable import FirstKCore

@Suite struct PlaybookReducerTests {
  let today = CivilDate(year: 2025, month: 11, day: 1)!

  func state(path: [Int] = [], selection: Int = 0, scroll: Int = 0) -> AppState {
    var state = AppState(today: today)
    state.playbook.path = path
    state.playbook.selection = selection
    state.playbook.textScroll = scroll
    return state
  }

  /// Sends one action and checks the exact new state and effects.
  func expect(
    _ start: AppState, _ action: PlaybookAction, effects: [Effect] = [],
    sourceLocation: SourceLocation = #_sourceLocation, _ change: (inout AppState) -> Void
  ) {
    var actual = start
    let actualEffects = reduce(&actual, .playbook(action))
    var expected = start
    change(&expected)
    #expect(actual == expected, sourceLocation: sourceLocation)
    #expect(actualEffects == effects, sourceLocation: sourceLocation)
  }

  @Test func selectionMovesAndClamps() {
    expect(state(), .downPressed) { $0.playbook.selection = 1 }
    expect(state(), .upPressed) { _ in }
    expect(state(selection: 8), .downPressed) { _ in }
    expect(state(selection: 40), .upPressed) { $0.playbook.selection = 7 }
    expect(state(selection: 5), .topPressed) { $0.playbook.selection = 0 }
    expect(state(), .bottomPressed) { $0.playbook.selection = 8 }
    expect(state(path: [0]), .downPressed) { _ in }
    expect(state(path: [0]), .bottomPressed) { _ in }
  }

  @Test func openAndBack() {
    expect(state(selection: 1), .openPressed) {
      $0.playbook.path = [1]
      $0.playbook.selection = 0
    }
    expect(state(path: [3, 1], selection: 2, scroll: 0), .openPressed) {
      $0.playbook.path = [3, 1, 2]
      $0.playbook.selection = 0
    }
    expect(state(path: [3, 1, 2]), .openPressed) { _ in }
    expect(state(path: [3, 1, 2]), .backPressed) {
      $0.playbook.path = [3, 1]
      $0.playbook.selection = 2
    }
    expect(state(selection: 4), .backPressed) { _ in }
  }

  @Test func openingALinkJumpsToItsTarget() {
    expect(state(path: [1], selection: 2), .openPressed) {
      $0.playbook.path = [4]
      $0.playbook.selection = 0
    }
    expect(state(path: [4, 1], selection: 1), .openPressed) {
      $0.playbook.path = [5]
      $0.playbook.selection = 0
    }
  }

  @Test func textScrollsByBlockWithinTheGuidance() {
    let trust = [3, 1, 3]
    expect(state(path: trust), .pageDownPressed) { $0.playbook.textScroll = 1 }
    expect(state(path: trust, scroll: 4), .pageDownPressed) { _ in }
    expect(state(path: trust, scroll: 1), .pageUpPressed) { $0.playbook.textScroll = 0 }
    expect(state(path: trust), .pageUpPressed) { _ in }
    expect(state(path: trust, scroll: 3), .topPressed) { $0.playbook.textScroll = 0 }
    expect(state(path: trust, scroll: 2), .backPressed) {
      $0.playbook.path = [3, 1]
      $0.playbook.selection = 3
      $0.playbook.textScroll = 0
    }
  }

  @Test func aPathOutsideTheTreeIsCutBack() {
    expect(state(path: [3, 7, 1], selection: 5), .upPressed) {
      $0.playbook.path = [3]
      $0.playbook.selection = 1
    }
  }

  @Test func choosingTheNextAction() {
    var start = state(path: [3, 0])
    start.profile = Profile(productName: "Invoicer", problem: "late invoices")
    expect(start, .nextActionChosen, effects: [.saveNextAction("Contact 10 people TODAY")]) {
      $0.playbook.nextAction = "Contact 10 people TODAY"
      $0.playbook.nextActionNodeID = "B.notAsked.contact"
      $0.status = StatusMessage("Your ONE next action: Contact 10 people TODAY")
    }

    let think = "Ask: \"What would need to be true for this to be a yes?\""
    expect(state(path: [3, 1, 2]), .nextActionChosen, effects: [.saveNextAction(think)]) {
      $0.playbook.nextAction = think
      $0.playbook.nextActionNodeID = "B.asked.think"
      $0.status = StatusMessage("Your ONE next action: \(think)")
    }
  }

  @Test func aQuestionCannotBeTheNextAction() {
    expect(state(selection: 1), .nextActionChosen) {
      $0.status = StatusMessage(
        "\"Where are you?\" is not something to do; choose an action, script or test.")
    }
  }

  @Test func jumpsToObjectionsAndNodes() {
    expect(state(selection: 3, scroll: 0), .objectionOpened(.think)) {
      $0.playbook.path = [3, 1, 2]
      $0.playbook.selection = 0
    }
    expect(state(path: [6], selection: 2), .nodeOpened("pricing.under20")) {
      $0.playbook.path = [5, 0]
      $0.playbook.selection = 0
    }
    expect(state(path: [6], selection: 2), .nodeOpened("nowhere")) {
      $0.status = StatusMessage("The playbook has no step \"nowhere\".", kind: .error)
    }
  }

  @Test func youAreHereFollowsTheFacts() {
    let facts = PlaybookFacts(built: true, asksTotal: 3, ghosted: 1)
    expect(state(selection: 2), .factsChanged(facts)) { $0.playbook.youAreHere = "B.ghost" }

    var marked = state(path: [7], selection: 1)
    marked.playbook.youAreHere = "C.many"
    expect(marked, .youAreHerePressed) {
      $0.playbook.path = [4, 2]
      $0.playbook.selection = 0
    }
    expect(state(), .youAreHerePressed) {
      $0.status = StatusMessage(
        "Nothing is marked \"you are here\" yet: add your product, prospects or customers.")
    }
  }

  @Test func escapeGoesBackInThePlaybook() {
    var start = state(path: [2, 1], selection: 1)
    let effects = reduce(&start, .escapePressed)
    #expect(effects == [])
    #expect(start.playbook.path == [2])
    #expect(start.playbook.selection == 1)
  }
}
