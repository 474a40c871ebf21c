import Foundation
@testable import FirstKApp
import Testing

/// Drives the real binary in tmux: real ncurses, a real terminal, real keys.
@Suite(.serialized) struct DashboardEndToEndTests {
  @Test func startResizeHelpAndQuit() throws {
    let session = try TmuxSession(
      width: 120, height: 40, arguments: ["--today", "2025-11-05"])
    session.waitFor("Where are you?")
    try session.send("j", "j", "j", "Enter")
    session.waitFor("Have you asked anyone to pay?")
    session.waitFor("› B. Built, No Paying Customers")
    try session.send("Enter")
    session.waitFor("THIS IS THE PROBLEM.")
    try session.send("Escape")
    session.waitUntilGone("THIS IS THE PROBLEM.")
    try session.send("?")
    session.waitFor("Keys  (Esc closes)")
    try session.send("Escape")
    session.waitUntilGone("Keys  (Esc closes)")
    try session.resize(width: 40, height: 50)
    session.waitFor(" 1 Playbook   2 MRR   3 Follow-ups")
    try session.resize(width: 10, height: 4)
    session.waitFor("Too small")
    try session.resize(width: 120, height: 40)
    session.waitFor("╭ MRR")
    session.waitFor("Have you asked anyone to pay?")
    try session.send("q")
    #expect(session.exitStatus() == 0)
  }

  /// Terminals keep or scroll their old contents when resized; what the dashboard shows
  /// afterwards must be exactly what it shows when started at the new size.
  @Test func aResizedScreenMatchesOneStartedAtThatSize() throws {
    let resized = try TmuxSession(width: 120, height: 40, arguments: ["--today", "2025-11-05"])
    resized.waitFor("╭ MRR")
    for (width, height) in [(80, 24), (30, 10), (40, 50), (10, 3), (120, 40)] {
      try resized.resize(width: width, height: height)
      let fresh = try TmuxSession(
        width: width, height: height,
        arguments: ["--today", "2025-11-05", "--db", resized.databasePath])
      let marker = width < 30 ? "Too small" : "Playbook"
      let expected = fresh.waitFor(marker)
      let deadline = Date().addingTimeInterval(3)
      var shown = resized.screen()
      while shown != expected && Date() < deadline {
        usleep(20_000)
        shown = resized.screen()
      }
      #expect(shown == expected, "after resizing to \(width)x\(height)")
      try fresh.send("q")
    }
    try resized.send("q")
    #expect(resized.exitStatus() == 0)
  }

  /// tmux pastes with the markers the dashboard asked for: an escape in the text goes
  /// into the field as text, and a paste outside a form does nothing.
  @Test func pastedTextIsTextNotKeys() throws {
    let session = try TmuxSession(width: 120, height: 40, arguments: ["--today", "2025-11-05"])
    session.waitFor("Where are you?")
    try session.send("3")
    session.waitFor("No prospects yet")
    try session.tmux(capturing: false, ["set-buffer", "--", "Eve\u{1B}[31mRed"])
    try session.tmux(capturing: false, ["paste-buffer", "-p"])
    session.waitFor("Pasted text goes into a form's field; nothing was done.")
    try session.send("n")
    session.waitFor("New prospect")
    try session.tmux(capturing: false, ["paste-buffer", "-p"])
    session.waitFor("Eve[31mRed_")
    try session.send("Enter")
    session.waitFor("Saved prospect Eve[31mRed.")
    try session.send("q")
    #expect(session.exitStatus() == 0)
    #expect(try session.tmux(["display-message", "-p", "#{alternate_on}"]) == "0\n")
  }

  @Test func interruptRestoresAndExitsZero() throws {
    let session = try TmuxSession(width: 80, height: 24, arguments: ["--today", "2025-11-05"])
    session.waitFor("Playbook")
    try session.send("C-c")
    #expect(session.exitStatus() == 0)
  }

  @Test func unknownTerminalIsRefused() throws {
    let session = try TmuxSession(
      width: 80, height: 24, arguments: ["--today", "2025-11-05"],
      environment: ["TERM": "no-such-terminal"])
    #expect(session.exitStatus() == 1)
    session.waitFor("terminal type 'no-such-terminal' is unknown")
  }

  @Test(arguments: ["TERM", "HUP"])
  func terminationSignalsExitZero(signal: String) throws {
    let session = try TmuxSession(width: 80, height: 24, arguments: ["--today", "2025-11-05"])
    session.waitFor("Where are you?")
    session.signal(signal)
    #expect(session.exitStatus() == 0)
  }

  /// A crash still leaves the terminal as it was: main screen, cursor shown, keypad off;
  /// the signal then ends the program as it would have without the dashboard.
  @Test(arguments: [("SEGV", Int32(139)), ("ABRT", Int32(134))])
  func crashSignalsRestoreTheTerminal(signal: String, status: Int32) throws {
    let session = try TmuxSession(
      width: 80, height: 24, arguments: ["--today", "2025-11-05"],
      environment: ["SWIFT_BACKTRACE": "interactive=no"])
    session.waitFor("Where are you?")
    let modes = ["display-message", "-p", "#{alternate_on} #{cursor_flag} #{keypad_flag}"]
    #expect(try session.tmux(modes) == "1 0 1\n")
    session.signal(signal)
    #expect(session.exitStatus() == status)
    #expect(try session.tmux(modes) == "0 1 0\n")
  }

  @Test func colourlessTerminalAndPlainLocaleStayReadable() throws {
    let session = try TmuxSession(
      width: 80, height: 24, arguments: ["--today", "2025-11-05"],
      environment: ["TERM": "vt100", "LANG": "C", "LC_ALL": "C"])
    let screen = session.waitFor("Where are you?")
    #expect(screen.contains("+ Playbook ---"))
    #expect(!screen.contains("╭"))
    try session.send("q")
    #expect(session.exitStatus() == 0)
  }

  @Test func eightColourConsole() throws {
    let session = try TmuxSession(
      width: 80, height: 24, arguments: ["--today", "2025-11-05", "--theme", "solarized-dark"],
      environment: ["TERM": "linux"])
    session.waitFor("Where are you?")
    try session.send("q")
    #expect(session.exitStatus() == 0)
  }
}

/// The dashboard and the command line agree on the user's numbers.
@Suite(.serialized) struct CustomerEndToEndTests {
  @Test func customerAddedInTheDashboardMovesTheGaugeAndStatus() throws {
    let session = try TmuxSession(width: 120, height: 40, arguments: ["--today", "2025-11-05"])
    session.waitFor("MRR $0.00 of $1,000 goal")
    try session.send("2", "n")
    session.waitFor("New customer")
    try session.send("C-u", "Acme Co", "Tab", "C-u", "149.50", "Enter")
    session.waitFor("Added Acme Co.")
    session.waitFor("MRR $149.50 of $1,000 goal")
    session.waitFor("1 paying customer")
    try session.send("c")
    session.waitFor("1 customer")
    session.waitFor("$149.50/month  active")
    try session.send("q")
    #expect(session.exitStatus() == 0)

    let console = Console(capturing: true)
    let status = FirstKMain.run(
      arguments: ["status", "--json", "--db", session.databasePath, "--today", "2025-11-05"],
      environment: [:], console: console)
    #expect(status == 0)
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(console.capturedOut.utf8)) as? [String: Any])
    #expect(json["mrr_minor"] as? Int == 14_950)
    #expect(json["paying_customers"] as? Int == 1)
    #expect(json["currency"] as? String == "USD")
  }
}

/// A prospect asked in the dashboard gets the playbook's follow-ups on the calendar.
@Suite(.serialized) struct FollowUpEndToEndTests {
  @Test func askThenMarkTheDayThreeFollowUpSent() throws {
    let session = try TmuxSession(width: 120, height: 40, arguments: ["--today", "2025-11-01"])
    session.waitFor("November 2025")
    try session.send("3", "n")
    session.waitFor("New prospect")
    try session.send("Ada Lovelace", "Enter")
    session.waitFor("Saved prospect Ada Lovelace.")
    session.waitFor("not asked yet")
    try session.send("a")
    session.waitFor("Asked Ada Lovelace: ask 1 of 10 today.")
    session.waitFor("asks today 1/10")
    try session.send("l", "l")
    session.waitFor("Monday 3 November 2025")
    session.waitFor("follow-up 1 of 3")
    try session.send("s")
    session.waitFor("Sent: follow-up 1 of 3 to Ada Lovelace.")
    session.waitFor("follow-ups done 1")
    try session.send("q")
    #expect(session.exitStatus() == 0)

    let console = Console(capturing: true)
    let status = FirstKMain.run(
      arguments: ["prospects", "--json", "--db", session.databasePath, "--today", "2025-11-01"],
      environment: [:], console: console)
    #expect(status == 0)
    let prospects = try #require(
      try JSONSerialization.jsonObject(with: Data(console.capturedOut.utf8)) as? [[String: Any]])
    let ada = try #require(prospects.first)
    #expect(ada["name"] as? String == "Ada Lovelace")
    #expect(ada["asked_on"] as? String == "2025-11-01")
    let followUps = try #require(ada["follow_ups"] as? [[String: Any]])
    #expect(followUps.map { $0["due"] as? String } == ["2025-11-03", "2025-11-07", "2025-11-14"])
    #expect(followUps.map { $0["status"] as? String } == ["sent", "due", "due"])
  }
}

/// Two dashboards on one database: a change in one shows in the other.
@Suite(.serialized) struct LiveUpdateEndToEndTests {
  @Test func otherDashboardAndCommandLineChangesShowUp() throws {
    let watching = try TmuxSession(width: 120, height: 40, arguments: ["--today", "2025-11-05"])
    watching.waitFor("MRR $0.00 of $1,000 goal")
    let editing = try TmuxSession(
      width: 120, height: 40,
      arguments: ["--today", "2025-11-05", "--db", watching.databasePath])
    editing.waitFor("MRR $0.00 of $1,000 goal")
    for (index, name) in ["Acme", "Globex", "Initech"].enumerated() {
      try editing.send("2", "n")
      editing.waitFor("New customer")
      try editing.send("C-u", name, "Tab", "C-u", "100", "Enter")
      watching.waitFor("MRR $\(index + 1)00.00 of $1,000 goal", seconds: 1.5)
    }
    let console = Console(capturing: true)
    let added = FirstKMain.run(
      arguments: [
        "add", "customer", "Hooli", "--amount", "50", "--db", watching.databasePath, "--today",
        "2025-11-05",
      ],
      environment: [:], console: console)
    #expect(added == 0)
    watching.waitFor("MRR $350.00 of $1,000 goal", seconds: 1.5)
    editing.waitFor("MRR $350.00 of $1,000 goal", seconds: 1.5)

    // A command in its own process, as from cron, comes and goes; the dashboards' later
    // writes must still reach the file and each other.
    #expect(try Self.firstk(["status"], database: watching.databasePath).hasPrefix("MRR $350.00"))
    try editing.send("n")
    editing.waitFor("New customer")
    try editing.send("C-u", "Umbrella", "Tab", "C-u", "100", "Enter")
    watching.waitFor("MRR $450.00 of $1,000 goal", seconds: 1.5)
    _ = try Self.firstk(["add", "customer", "Hooli Two", "--amount", "50"],
      database: watching.databasePath)
    editing.waitFor("MRR $500.00 of $1,000 goal", seconds: 1.5)
    try watching.send("q")
    try editing.send("q")
    #expect(watching.exitStatus() == 0)
    #expect(editing.exitStatus() == 0)
    let listed = try Self.firstk(["customers"], database: watching.databasePath)
    for name in ["Acme", "Globex", "Initech", "Hooli", "Umbrella", "Hooli Two"] {
      #expect(listed.contains(name))
    }
  }

  static func firstk(_ arguments: [String], database: String) throws -> String {
    try firstkProcess(["--today", "2025-11-05"] + arguments, database: database)
  }
}
