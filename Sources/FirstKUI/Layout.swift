import FirstKCore

/// Where each part of the screen goes for a terminal size.
///
/// Wide terminals (120 columns and more) show the three panes side by side, medium ones
/// (80 to 119) two columns, narrow ones one pane at a time under a tab bar, with a
/// two-line header so the sales counters still fit. Below the minimum the screen only
/// asks for a bigger window.
public struct Layout: Equatable, Sendable {
  public enum Mode: Equatable, Sendable { case wide, medium, narrow, tooSmall }

  public static let minimumWidth = 30
  public static let minimumHeight = 10
  public static let mediumWidth = 80
  public static let wideWidth = 120

  public let mode: Mode
  public let header: Rect
  public let tabBar: Rect
  public let footer: Rect
  public let statusLine: Rect
  /// Panes on screen, with the rectangle of their border.
  public let panes: [(PaneID, Rect)]

  public init(width: Int, height: Int, focus: PaneID) {
    let screen = Rect(x: 0, y: 0, width: width, height: height)
    guard width >= Layout.minimumWidth, height >= Layout.minimumHeight else {
      mode = .tooSmall
      header = Rect(x: 0, y: 0, width: 0, height: 0)
      tabBar = header
      footer = header
      statusLine = header
      panes = []
      return
    }
    let headerRows = width < Layout.mediumWidth && height >= 14 ? 2 : 1
    let (headerRect, belowHeader) = screen.splitTop(headerRows)
    let (body, bottom) = belowHeader.splitTop(belowHeader.height - 2)
    let (status, footerRect) = bottom.splitTop(1)
    header = headerRect
    statusLine = status
    footer = footerRect

    if width >= Layout.wideWidth {
      mode = .wide
      tabBar = Rect(x: 0, y: body.y, width: 0, height: 0)
      let first = body.width * 36 / 100
      let second = body.width * 30 / 100
      let (left, rest) = body.splitLeft(first)
      let (middle, right) = rest.splitLeft(second)
      panes = [(.playbook, left), (.gauge, middle), (.followUps, right)]
    } else if width >= Layout.mediumWidth {
      mode = .medium
      tabBar = Rect(x: 0, y: body.y, width: 0, height: 0)
      let (left, right) = body.splitLeft(body.width / 2)
      let (top, lower) = right.splitTop(right.height * 45 / 100)
      panes = [(.playbook, left), (.gauge, top), (.followUps, lower)]
    } else {
      mode = .narrow
      let (tabs, rest) = body.splitTop(1)
      tabBar = tabs
      panes = [(focus, rest)]
    }
  }

  public static func == (lhs: Layout, rhs: Layout) -> Bool {
    lhs.mode == rhs.mode && lhs.header == rhs.header && lhs.footer == rhs.footer
      && lhs.tabBar == rhs.tabBar && lhs.statusLine == rhs.statusLine
      && lhs.panes.map(\.0) == rhs.panes.map(\.0) && lhs.panes.map(\.1) == rhs.panes.map(\.1)
  }
}
