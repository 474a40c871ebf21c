import FirstKCore
import Testing

@testable import FirstKUI

@Suite struct LayoutTests {
  @Test func modesByWidth() {
    #expect(Layout(width: 120, height: 40, focus: .playbook).mode == .wide)
    #expect(Layout(width: 119, height: 40, focus: .playbook).mode == .medium)
    #expect(Layout(width: 80, height: 24, focus: .playbook).mode == .medium)
    #expect(Layout(width: 79, height: 24, focus: .playbook).mode == .narrow)
    #expect(Layout(width: 30, height: 10, focus: .playbook).mode == .narrow)
    #expect(Layout(width: 29, height: 50, focus: .playbook).mode == .tooSmall)
    #expect(Layout(width: 200, height: 9, focus: .playbook).mode == .tooSmall)
  }

  @Test func widePanesTileTheBody() {
    let layout = Layout(width: 120, height: 40, focus: .gauge)
    #expect(layout.panes.map(\.0) == [.playbook, .gauge, .followUps])
    #expect(layout.panes.map(\.1) == [
      Rect(x: 0, y: 1, width: 43, height: 37),
      Rect(x: 43, y: 1, width: 36, height: 37),
      Rect(x: 79, y: 1, width: 41, height: 37),
    ])
    #expect(layout.statusLine == Rect(x: 0, y: 38, width: 120, height: 1))
    #expect(layout.footer == Rect(x: 0, y: 39, width: 120, height: 1))
  }

  @Test func narrowShowsOnlyTheFocusedPane() {
    let layout = Layout(width: 40, height: 50, focus: .followUps)
    #expect(layout.panes.map(\.0) == [.followUps])
    #expect(layout.header == Rect(x: 0, y: 0, width: 40, height: 2))
    #expect(layout.tabBar == Rect(x: 0, y: 2, width: 40, height: 1))
    #expect(layout.panes[0].1 == Rect(x: 0, y: 3, width: 40, height: 45))
  }

  @Test func everySizeDrawsWithoutCrashing() {
    let state = AppState(today: CivilDate(year: 2025, month: 11, day: 5)!)
    let widths = Array(stride(from: 1, through: 400, by: 13)) + [2, 29, 30, 79, 80, 119, 120, 400]
    let heights = Array(stride(from: 1, through: 150, by: 7)) + [2, 9, 10, 13, 14, 150]
    for width in widths {
      for height in heights {
        var canvas = GridCanvas(width: width, height: height)
        Screen.draw(state, glyphs: .unicode, canvas: &canvas)
        #expect(canvas.lines.count == height)
      }
    }
  }

  @Test func tooSmallSaysWhatItNeeds() {
    let state = AppState(today: CivilDate(year: 2025, month: 11, day: 5)!)
    var canvas = GridCanvas(width: 20, height: 6)
    Screen.draw(state, glyphs: .unicode, canvas: &canvas)
    #expect(canvas.text.contains("Terminal too small"))
    #expect(canvas.text.contains("need 30 x 10"))
  }
}
