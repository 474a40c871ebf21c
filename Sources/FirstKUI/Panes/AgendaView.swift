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
    let day = state.calendar.selectedDay
    let heading = day == state.today ? day.longLabel + " (today)" : day.longLabel
    canvas.line(heading, in: rect, row: 0, style: Style(.title, bold: true), glyphs: glyphs)
    let body = rect.splitTop(1).1
    guard !body.isEmpty else { return }

    let items = state.agenda
    guard !items.isEmpty else {
      let text = state.prospects.isEmpty ? noProspectsHint : nothingDue(state)
      for (row, line) in TextWidth.wrap(text, to: body.width).enumerated() {
        canvas.line(line, in: body, row: row, style: Style(.muted), glyphs: glyphs)
      }
      return
    }

    let selected = min(state.calendar.agendaSelection, items.count - 1)
    let blocks = items.enumerated().map { index, item in
      lines(item, selected: index == selected, state: state, width: body.width, glyphs: glyphs)
    }
    let reserve = selected < items.count - 1 ? 1 : 0
    var first = 0
    while first < selected
      && blocks[first...selected].map(\.count).reduce(0, +) + reserve + (first > 0 ? 1 : 0)
        > body.height
    {
      first += 1
    }
    var row = 0
    if first > 0 {
      canvas.line("\(first) more above", in: body, row: 0, style: Style(.muted), glyphs: glyphs)
      row = 1
    }
    for index in first..<blocks.count {
      let room = body.height - row - (index < blocks.count - 1 ? 1 : 0)
      if blocks[index].count > room && index != selected {
        let more = "\(blocks.count - index) more below"
        canvas.line(more, in: body, row: row, style: Style(.muted), glyphs: glyphs)
        return
      }
      for (text, style) in blocks[index] where row < body.height {
        if style.slot == .selection { canvas.fill(lineRect(body, row), style: style) }
        canvas.line(text, in: body, row: row, style: style, glyphs: glyphs)
        row += 1
      }
    }
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
      detail += ", overdue since \(followUp.due.shortLabel)"
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
    let upcoming = state.followUps.filter { $0.isPending && $0.due > day }.map(\.due)
    guard let next = upcoming.min() else {
      return "Nothing due \(label). No follow-ups are planned: record an ask on "
        + "today's agenda and its follow-ups appear here."
    }
    let count = upcoming.count { $0 == next }
    let plural = count == 1 ? "follow-up" : "follow-ups"
    return "Nothing due \(label). Next: \(count) \(plural) on \(next.shortLabel)."
  }

  private static func lineRect(_ rect: Rect, _ row: Int) -> Rect {
    Rect(x: rect.x, y: rect.y + row, width: rect.width, height: 1)
  }
}
