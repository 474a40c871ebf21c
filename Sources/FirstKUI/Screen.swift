import FirstKCore

/// Draws the whole dashboard for a state: header, panes, status line, footer and,
/// on top, the help overlay. The terminal and the snapshot tests both call this.
public enum Screen {
  public static func draw(_ state: AppState, glyphs: Glyphs, canvas: inout some Canvas) {
    let full = Rect(x: 0, y: 0, width: canvas.width, height: canvas.height)
    canvas.fill(full, style: .plain)
    let layout = Layout(width: canvas.width, height: canvas.height, focus: state.focus)
    guard layout.mode != .tooSmall else {
      drawTooSmall(glyphs: glyphs, canvas: &canvas)
      return
    }
    Chrome.drawHeader(state, in: layout.header, glyphs: glyphs, canvas: &canvas)
    if layout.mode == .narrow {
      Chrome.drawTabBar(state, in: layout.tabBar, glyphs: glyphs, canvas: &canvas)
    }
    for (pane, rect) in layout.panes {
      let focused = pane == state.focus && layout.mode != .narrow
      let inner = canvas.box(rect, title: pane.title, focused: focused, glyphs: glyphs)
      drawPane(pane, state: state, in: inner, glyphs: glyphs, canvas: &canvas)
    }
    Chrome.drawStatus(state, in: layout.statusLine, glyphs: glyphs, canvas: &canvas)
    Chrome.drawFooter(state, in: layout.footer, glyphs: glyphs, canvas: &canvas)
    if let prompt = state.prompt {
      PromptOverlay.draw(prompt, in: full, glyphs: glyphs, canvas: &canvas)
    }
    if state.showingHelp {
      HelpOverlay.draw(state, in: full, glyphs: glyphs, canvas: &canvas)
    }
  }

  static func drawPane(
    _ pane: PaneID, state: AppState, in rect: Rect, glyphs: Glyphs, canvas: inout some Canvas
  ) {
    switch pane {
    case .playbook:
      PlaybookPane.draw(state, in: rect, glyphs: glyphs, canvas: &canvas)
    case .gauge where state.openList == .customers:
      RecordListView.drawCustomers(state, in: rect, glyphs: glyphs, canvas: &canvas)
    case .gauge:
      GaugePane.draw(state, in: rect, glyphs: glyphs, canvas: &canvas)
    case .followUps where state.openList == .prospects:
      RecordListView.drawProspects(state, in: rect, glyphs: glyphs, canvas: &canvas)
    case .followUps:
      FollowUpsPane.draw(state, in: rect, glyphs: glyphs, canvas: &canvas)
    }
  }

  /// A calm message when the window is below the minimum, centred as far as it fits.
  static func drawTooSmall(glyphs: Glyphs, canvas: inout some Canvas) {
    let need = "\(Layout.minimumWidth) x \(Layout.minimumHeight)"
    let have = "\(canvas.width) x \(canvas.height)"
    let compact = "\(Layout.minimumWidth)x\(Layout.minimumHeight)"
    let candidates = [
      ["Terminal too small", "need \(need)", "now \(have)"],
      ["Too small", "need \(need)"],
      ["Too small", "need \(compact)"],
      ["Too small"],
      ["small"],
    ]
    let lines =
      candidates.first { lines in
        lines.count <= canvas.height && lines.allSatisfy { TextWidth.of($0) <= canvas.width }
      } ?? candidates[candidates.count - 1]
    let top = max(0, (canvas.height - lines.count) / 2)
    let full = Rect(x: 0, y: 0, width: canvas.width, height: canvas.height)
    for (offset, text) in lines.enumerated() {
      let x = max(0, (canvas.width - TextWidth.of(text)) / 2)
      let style = offset == 0 ? Style(.warning, bold: true) : Style(.muted)
      canvas.draw(text, x: x, y: top + offset, style: style, clip: full)
    }
  }
}
