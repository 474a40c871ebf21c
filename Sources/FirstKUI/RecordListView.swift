import FirstKCore

/// The customer and prospect lists that open over their panes.
enum RecordListView {
  static func drawCustomers(
    _ state: AppState, in rect: Rect, glyphs: Glyphs, canvas: inout some Canvas
  ) {
    let customers = state.customers
    let row = { (index: Int) -> ListRow in
      let customer = customers[index]
      let every = customer.intervalCount == 1 ? "" : "\(customer.intervalCount) "
      var price = customer.amount.formatted() + "/" + every + customer.interval.rawValue
      if customer.quantity != 1 { price = "\(customer.quantity) x " + price }
      let slot: Slot = customer.status == .active ? .text : .muted
      let detail = price + "  " + customer.status.rawValue
      return ListRow(name: customer.name, detail: detail, slot: slot)
    }
    draw(
      count: customers.count, row: row, heading: counted(customers.count, "customer"),
      empty: "No customers yet: n adds one, i imports a Stripe export.", state: state,
      in: rect, glyphs: glyphs, canvas: &canvas)
  }

  static func drawProspects(
    _ state: AppState, in rect: Rect, glyphs: Glyphs, canvas: inout some Canvas
  ) {
    let prospects = state.prospects
    let row = { (index: Int) -> ListRow in
      let prospect = prospects[index]
      var detail = prospect.stage.rawValue.replacingUnderscores()
      // The one date kept is the last ask's, so it is shown only beside "asked".
      if prospect.stage == .asked, prospect.repliedSinceAsk, let replied = prospect.repliedOn {
        detail += ", replied " + replied.description
      } else if prospect.stage == .asked, let asked = prospect.askedOn {
        detail += " " + asked.description
      }
      if prospect.stage.isBeforeAsk, let wouldPay = prospect.wouldPay {
        detail += wouldPay ? ", would pay" : ", would not pay"
      }
      let slot: Slot = prospect.stage == .lost || prospect.stage == .ghosted ? .muted : .text
      return ListRow(name: prospect.name, detail: detail, slot: slot)
    }
    draw(
      count: prospects.count, row: row, heading: counted(prospects.count, "prospect"),
      empty: "No prospects yet: n adds one, i imports a LinkedIn or Google Contacts file.",
      state: state, in: rect, glyphs: glyphs, canvas: &canvas)
  }

  /// One line of a list: a name on the left and a detail on the right.
  struct ListRow {
    var name: String
    var detail: String
    var slot: Slot
  }

  /// A scrolling list of name and detail, the selection kept in view. Only the rows on
  /// screen are made, so a list of ten thousand costs no more to draw than a short one.
  static func draw(
    count: Int, row makeRow: (Int) -> ListRow, heading: String, empty: String,
    state: AppState, in rect: Rect, glyphs: Glyphs, canvas: inout some Canvas
  ) {
    guard rect.height > 0 else { return }
    canvas.line(heading, in: rect, row: 0, style: Style(.title, bold: true), glyphs: glyphs)
    guard count > 0 else {
      for (offset, line) in TextWidth.wrap(empty, to: rect.width).enumerated() {
        canvas.line(line, in: rect, row: 2 + offset, style: Style(.muted), glyphs: glyphs)
      }
      return
    }
    let visible = max(1, rect.height - 1)
    let selected = min(state.listSelection, count - 1)
    let top = min(max(0, selected - visible + 1), max(0, count - visible))
    for row in 0..<visible where top + row < count {
      let item = makeRow(top + row)
      let isSelected = top + row == selected
      let style = isSelected ? Style(.selection, bold: true) : Style(item.slot)
      let line = Rect(x: rect.x, y: rect.y + 1 + row, width: rect.width, height: 1)
      if isSelected { canvas.fill(line, style: style) }
      let detailWidth = min(TextWidth.of(item.detail), max(0, rect.width - 10))
      canvas.line(
        (isSelected ? glyphs.pointer : " ") + item.name, in: line, row: 0,
        style: style, glyphs: glyphs)
      if rect.width - detailWidth >= 10 {
        canvas.fill(
          Rect(x: line.maxX - detailWidth - 1, y: line.y, width: detailWidth + 1, height: 1),
          style: style)
        canvas.line(
          item.detail, in: line, row: 0, column: rect.width - detailWidth, style: style,
          glyphs: glyphs)
      }
    }
  }
}

/// "1 customer", "3 customers".
func counted(_ count: Int, _ noun: String) -> String {
  "\(count) \(noun)\(count == 1 ? "" : "s")"
}

extension String {
  func replacingUnderscores() -> String {
    String(map { $0 == "_" ? " " : $0 })
  }
}
