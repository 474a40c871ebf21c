import CNcursesw
import FirstKUI
import Glibc

/// Why the dashboard could not take over the terminal.
public struct TerminalError: Error, CustomStringConvertible {
  public let description: String
}

/// The ncurses screen: opened once, written frame by frame, always restored.
///
/// It keeps the last frame it wrote and sends ncurses only the cells that changed;
/// ncurses in turn sends the terminal only what differs from its own copy.
public final class TerminalScreen {
  private let screen: OpaquePointer
  private let output: UnsafeMutablePointer<FILE>
  private let input: UnsafeMutablePointer<FILE>
  private var previous: GridCanvas?
  private var attributes: [Slot: (attrs: UInt32, pair: Int32)] = [:]
  private var isOpen = true

  /// True when the terminal shows Unicode; otherwise draw with ASCII glyphs.
  public let unicode: Bool

  /// Checks stdin, stdout and `TERM`, then starts curses. Nothing is written to the
  /// terminal when it fails.
  public init(environment: [String: String], theme: Theme, colorAllowed: Bool) throws {
    try TerminalScreen.checkUsable(environment: environment)
    let term = environment["TERM"] ?? ""
    unicode = TerminalLocale.configure(environment: environment)
    if environment["ESCDELAY"] == nil { fk_set_escdelay(25) }
    guard let output = fdopen(1, "w"), let input = fdopen(0, "r") else {
      throw TerminalError(description: "cannot open the terminal for writing")
    }
    guard let screen = newterm(term, output, input) else {
      throw TerminalError(description: "ncurses could not start on terminal type '\(term)'")
    }
    self.screen = screen
    self.output = output
    self.input = input
    _ = set_term(screen)
    cbreak()
    noecho()
    nonl()
    _ = keypad(fk_stdscr(), true)
    _ = nodelay(fk_stdscr(), true)
    _ = curs_set(0)
    configureColors(theme: theme, colorAllowed: colorAllowed)
    // Pasted text arrives marked, so it is never taken for keys (see PasteReader).
    fputs(TerminalScreen.bracketedPasteOn, output)
    fflush(output)
  }

  static let bracketedPasteOn = "\u{1B}[?2004h"
  static let bracketedPasteOff = "\u{1B}[?2004l"

  deinit { close() }

  /// Refuses, before anything is written, when stdin or stdout is not a terminal or when
  /// `TERM` is missing, unknown, or names a terminal that cannot move the cursor.
  public static func checkUsable(environment: [String: String]) throws {
    guard isatty(0) == 1, isatty(1) == 1 else {
      throw TerminalError(description: "the dashboard needs a terminal on stdin and stdout; "
        + "for scripts use a command such as 'firstk status'")
    }
    let term = environment["TERM"] ?? ""
    guard !term.isEmpty else {
      throw TerminalError(description: "TERM is not set; set it to your terminal's type, "
        + "for example TERM=xterm-256color")
    }
    guard fk_terminal_usable(term) != 0 else {
      throw TerminalError(description: "terminal type '\(term)' is unknown or cannot move "
        + "the cursor; try TERM=xterm-256color")
    }
  }

  /// Restores the terminal; safe to call more than once.
  public func close() {
    guard isOpen else { return }
    isOpen = false
    fputs(TerminalScreen.bracketedPasteOff, output)
    fflush(output)
    _ = curs_set(1)
    endwin()
    delscreen(screen)
  }

  public var width: Int { Int(fk_cols()) }
  public var height: Int { Int(fk_lines()) }

  /// Reads the window size from the terminal and resizes curses to it; the next frame
  /// clears the terminal and is written whole. Terminals keep, crop or scroll what was
  /// on screen in their own ways when the size changes, so what curses remembers of it
  /// cannot be trusted.
  public func adoptWindowSize() {
    var size = winsize()
    guard ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0, size.ws_col > 0 else { return }
    _ = resize_term(Int32(size.ws_row), Int32(size.ws_col))
    _ = clearok(fk_stdscr(), true)
    invalidate()
  }

  /// Forgets the last frame so the next one is written whole (after a resize).
  public func invalidate() {
    previous = nil
  }

  /// Writes the cells of `frame` that differ from the last frame, then updates the terminal.
  public func show(_ frame: GridCanvas) {
    let old = previous.flatMap { $0.width == frame.width && $0.height == frame.height ? $0 : nil }
    if old == nil { _ = erase() }
    var text: [wchar_t] = []
    for y in 0..<frame.height {
      for x in 0..<frame.width {
        let cell = frame[x, y]
        if cell.text.isEmpty { continue }
        if let old, old[x, y] == cell, x + 1 >= frame.width || old[x + 1, y] == frame[x + 1, y] {
          continue
        }
        text.removeAll(keepingCapacity: true)
        for scalar in cell.text.unicodeScalars.prefix(5) { text.append(wchar_t(scalar.value)) }
        text.append(0)
        let look = attributes[cell.style.slot] ?? (0, 0)
        var attrs = look.attrs
        if cell.style.bold { attrs |= fk_attr_bold() }
        if cell.style.reverse { attrs |= fk_attr_reverse() }
        if cell.style.underline { attrs |= fk_attr_underline() }
        _ = fk_put_cell(Int32(y), Int32(x), text, attrs, look.pair)
      }
    }
    previous = frame
    _ = refresh()
  }

  /// Repaints the whole terminal, for when its contents cannot be trusted.
  public func repaintAll() {
    _ = clearok(fk_stdscr(), true)
    _ = refresh()
  }

  /// Reads one pending input without waiting; nil when there is none.
  func read() -> Input?? {
    var value: wint_t = 0
    let status = get_wch(&value)
    if status == ERR { return nil }
    if status == fk_key_code_yes() { return .some(KeyDecoder.decode(keyCode: Int32(value))) }
    return .some(KeyDecoder.decode(character: UInt32(value)))
  }

  private func configureColors(theme: Theme, colorAllowed: Bool) {
    let wantsColor = has_colors() && colorAllowed && theme.usesColor
    if wantsColor {
      _ = start_color()
      _ = use_default_colors()
    }
    // COLORS is known only once start_color() has run.
    let palette = wantsColor ? Int(fk_colors()) : 0
    let chosen = palette >= 8 ? theme : ThemeCatalog.builtIn("mono") ?? theme
    for (index, slot) in Slot.allCases.enumerated() {
      let look = chosen.look(slot)
      var attrs: UInt32 = 0
      if look.bold { attrs |= fk_attr_bold() }
      if look.underline { attrs |= fk_attr_underline() }
      if look.reverse { attrs |= fk_attr_reverse() }
      if look.dim { attrs |= fk_attr_dim() }
      var pair: Int32 = 0
      if palette >= 8, index + 1 < Int(fk_color_pairs()),
        let foreground = look.foreground.number(forPalette: palette),
        let background = look.background.number(forPalette: palette)
      {
        pair = Int32(index + 1)
        if fk_init_extended_pair(pair, Int32(foreground), Int32(background)) == ERR { pair = 0 }
      }
      attributes[slot] = (attrs, pair)
    }
  }
}
