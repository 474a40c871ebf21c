/// The semantic colour slots a theme assigns. Panes name a slot, never a colour;
/// the raw values are the keys of `Themes/*.theme` files.
public enum Slot: String, CaseIterable, Hashable, Sendable {
  case text
  case muted
  case title
  case border
  case borderFocused = "border_focused"
  case selection
  case header
  case footer
  case key
  case money
  case good
  case warning
  case danger
  case accent
  case gaugeFill = "gauge_fill"
  case gaugeEmpty = "gauge_empty"
  case today
  case overdue
  case youAreHere = "you_are_here"
  case statusInfo = "status_info"
  case statusError = "status_error"
  case tabActive = "tab_active"
  case tabInactive = "tab_inactive"
}

/// Characters for borders, bars and marks, in Unicode or a plain-ASCII fallback for
/// terminals and locales that cannot show Unicode.
public struct Glyphs: Hashable, Sendable {
  public var horizontal: String
  public var vertical: String
  public var topLeft: String
  public var topRight: String
  public var bottomLeft: String
  public var bottomRight: String
  /// Partial blocks for a gauge, from one eighth up to a full cell.
  public var eighths: [String]
  public var gaugeEmpty: String
  public var bullet: String
  public var pointer: String
  public var ellipsis: String
  public var breadcrumbSeparator: String
  public var sparkline: [String]
  public var check: String
  public var isASCII: Bool

  public static let unicode = Glyphs(
    horizontal: "─", vertical: "│", topLeft: "╭", topRight: "╮", bottomLeft: "╰",
    bottomRight: "╯", eighths: ["▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"], gaugeEmpty: "░",
    bullet: "•", pointer: "▸", ellipsis: "…", breadcrumbSeparator: " › ",
    sparkline: ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"], check: "✓", isASCII: false)

  public static let ascii = Glyphs(
    horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+",
    bottomRight: "+", eighths: ["#", "#", "#", "#", "#", "#", "#", "#"], gaugeEmpty: ".",
    bullet: "*", pointer: ">", ellipsis: "~", breadcrumbSeparator: " > ",
    sparkline: ["_", ".", "-", "-", "=", "=", "#", "#"], check: "x", isASCII: true)
}
