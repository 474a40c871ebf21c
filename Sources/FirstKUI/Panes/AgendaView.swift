import FirstKCore

/// Draws the selected day's agenda: a heading, then each entry as its prospect, its step
/// and its message, scrolled so the selected entry is in view.
enum AgendaView {
  /// What to do when there is no prospect at all.
  static let noProspectsHint =
    "No prospects yet. Press n to add someone you will ask to pay (or run "
    + "`firstk add prospect NAME`), or i to import a LinkedIn or Google Contacts CSV "
    + "(or `firstk import leads FILE`)."

  static func draw(_ state: AppState, in rect: Rect, glyphs: Glyphs, canvas: inout some Canvas) {
    guard !rect.isEmpty else { return }
    let items = state.agenda
    // On a single line, the selected entry says more than the day, which the month
    // above already marks.
    if rect.height == 1 && !items.isEmpty {
      let selected = min(state.calendar.agendaSelection, items.count - 1)
      drawCompact(items, selected: selected, in: rect, glyphs: glyphs, canvas: &canvas)
      return
    }
    let day = state.calendar.selectedDay
    let heading = day == state.today ? day.longLabel + " (today)" : day.longLabel
    canvas.line(heading, in: rect, row: 0, style: Style(.title, bold: true), glyphs: glyphs)
    let body = rect.splitTop(1).1
    guard !body.isEmpty else { return }

    guard !items.isEmpty else {
      let text = state.prospects.isEmpty ? noProspectsHint : nothingDue(state)
      for (row, line) in TextWidth.wrap(text, to: body.width).enumerated() {
        canvas.line(line, in: body, row: row, style: Style(.muted), glyphs: glyphs)
      }
      return
    }

    let selected = min(state.calendar.agendaSelection, items.count - 1)
    if body.height < compactBelowRows {
      drawCompact(items, selected: selected, in: body, glyphs: glyphs, canvas: &canvas)
      return
    }
    var blocks: [Int: [(String, Style)]] = [:]
    func block(_ index: Int) -> [(String, Style)] {
      if let known = blocks[index] { return known }
      let made = lines(
        items[index], selected: index == selected, state: state, width: body.width,
        glyphs: glyphs)
      blocks[index] = made
      return made
    }

    let first = firstShown(
      selected: selected, count: items.count, height: body.height, rows: { block($0).count })
    var row = 0
    if first > 0 {
      canvas.line("\(first) more above", in: body, row: 0, style: Style(.muted), glyphs: glyphs)
      row = 1
    }
    for index in first..<items.count {
      let room = body.height - row - (index < items.count - 1 ? 1 : 0)
      if block(index).count > room && index != selected {
        let more = "\(items.count - index) more below"
        canvas.line(more, in: body, row: row, style: Style(.muted), glyphs: glyphs)
        return
      }
      for (text, style) in block(index) where row < body.height {
        if style.slot == .selection { canvas.fill(lineRect(body, row), style: style) }
        canvas.line(text, in: body, row: row, style: style, glyphs: glyphs)
        row += 1
      }
    }
  }

  /// Fewer rows than this under the heading get one line an entry.
  static let compactBelowRows = 4

  /// One line an entry, name and step, with a last line for those that do not fit; for
  /// a short pane, where a whole entry would not show.
  static func drawCompact(
    _ items: DayAgenda, selected: Int, in body: Rect, glyphs: Glyphs, canvas: inout some Canvas
  ) {
    let room = items.count > body.height ? max(1, body.height - 1) : body.height
    let hidden = items.count - room
    // With no line to spare for what is hidden, the selected entry says where it is.
    let place = hidden > 0 && room == body.height ? "\(selected + 1)/\(items.count) " : ""
    let first = max(0, min(selected - room + 1, items.count - room))
    for row in 0..<room where first + row < items.count {
      let index = first + row
      let item = items[index]
      let name = TextWidth.inert(item.prospect.name.trimmingSpaces())
      var step = item.followUp?.stepLabel ?? "not asked yet"
      if item.isOverdue { step += ", overdue" }
      if item.followUp?.status == .sent { step += ", sent " + glyphs.check }
      let isSelected = index == selected
      let marker = isSelected ? glyphs.pointer + " " : "  "
      let style =
        isSelected ? Style(.selection, bold: true) : Style(item.isOverdue ? .overdue : .text)
      if isSelected { canvas.fill(lineRect(body, row), style: style) }
      let text = marker + (isSelected ? place : "") + (name.isEmpty ? "(no name)" : name)
      canvas.line(text + ", " + step, in: body, row: row, style: style, glyphs: glyphs)
    }
    if hidden > 0, room < body.height {
      canvas.line("\(hidden) more", in: body, row: room, style: Style(.muted), glyphs: glyphs)
    }
  }

  /// The first entry to show so the selected one is in view: the earliest from which the
  /// entries up to the selected one, a line for those above and one for those below fit.
  /// Only entries that end up on screen are measured, so a long agenda costs no more
  /// than a short one.
  static func firstShown(
    selected: Int, count: Int, height: Int, rows: (Int) -> Int
  ) -> Int {
    let below = selected < count - 1 ? 1 : 0
    var first = selected
    var used = rows(selected) + below
    while first > 0 {
      let candidate = first - 1
      let total = used + rows(candidate)
      if total + (candidate > 0 ? 1 : 0) > height { break }
      used = total
      first = candidate
    }
    return first
  }

  /// The rows of one entry: name, step, then the message wrapped under an indent.
  static func lines(
    _ item: AgendaItem, selected: Bool, state: AppState, width: Int, glyphs: Glyphs
  ) -> [(String, Style)] {
    let marker = selected ? glyphs.pointer + " " : "  "
    let name = TextWidth.inert(item.prospect.name.trimmingSpaces())
    let nameStyle = selected ? Style(.selection, bold: true) : Style(.text, bold: true)
    var rows = [(marker + (name.isEmpty ? "(no name)" : name), nameStyle)]

    guard let followUp = item.followUp else {
      rows.append(("  not asked yet, \(item.prospect.channel.rawValue)", Style(.muted)))
      let contact = TextWidth.inert(item.prospect.contact.trimmingSpaces())
      if !contact.isEmpty { rows.append(("  " + contact, Style(.muted))) }
      return rows
    }
    var detail = followUp.stepLabel
    if item.isOverdue {
      detail += ", overdue since " + TextWidth.unbroken(followUp.due.shortLabel)
    } else if followUp.status == .sent {
      detail += ", sent " + glyphs.check
    }
    let detailStyle = Style(item.isOverdue ? .overdue : .muted)
    let message = TextWidth.inert(followUp.message)
    return rows + indented(detail, width: width, style: detailStyle)
      + indented(message, width: width, style: Style(.text))
  }

  /// Text wrapped under a two-column indent.
  private static func indented(_ text: String, width: Int, style: Style) -> [(String, Style)] {
    TextWidth.wrap(text, to: max(1, width - 2)).map { ("  " + $0, style) }
  }

  /// For a day with nothing on it: when the next follow-up is, or how to plan some.
  static func nothingDue(_ state: AppState) -> String {
    let day = state.calendar.selectedDay
    let label = day == state.today ? "today" : "on " + day.shortLabel
    func counted(_ count: Int) -> String { count == 1 ? "1 follow-up" : "\(count) follow-ups" }
    if let (next, count) = state.calendarIndex.nextPending(after: day) {
      return "Nothing due \(label). Next: \(counted(count)) on \(next.shortLabel)."
    }
    if let (last, count) = state.calendarIndex.lastPending {
      return "Nothing due \(label) or later. The last planned: \(counted(count)) on "
        + "\(last.shortLabel)."
    }
    return "Nothing due \(label). No follow-ups are planned: record an ask on "
      + "today's agenda and its follow-ups appear here."
  }

  private static func lineRect(_ rect: Rect, _ row: Int) -> Rect {
    Rect(x: rect.x, y: rect.y + row, width: rect.width, height: 1)
  }
}
