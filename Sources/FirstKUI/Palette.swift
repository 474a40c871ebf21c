/// The xterm colour palette, used to map theme colours onto what a terminal has.
enum Palette {
  static let basic: [(Int, Int, Int)] = [
    (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205),
    (0, 205, 205), (229, 229, 229), (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0),
    (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
  ]
  static let cubeLevels = [0, 95, 135, 175, 215, 255]

  /// The red, green and blue of colour `index` (0-255) in the xterm palette.
  static func rgb(of index: Int) -> (Int, Int, Int) {
    if index < 16 { return basic[max(0, index)] }
    if index >= 232 {
      let gray = 8 + 10 * (index - 232)
      return (gray, gray, gray)
    }
    let cube = index - 16
    return (cubeLevels[cube / 36], cubeLevels[(cube / 6) % 6], cubeLevels[cube % 6])
  }

  /// The closest colour to (r, g, b) among the first `colors` palette entries. On
  /// 256-colour terminals only the fixed cube and grays (16-255) are searched, since
  /// the 16 basic colours vary between terminals.
  static func nearest(_ r: Int, _ g: Int, _ b: Int, among colors: Int) -> Int {
    let candidates = colors >= 256 ? Array(16..<256) : Array(0..<min(colors, 16))
    var best = candidates[0]
    var bestDistance = Int.max
    for index in candidates {
      let (cr, cg, cb) = rgb(of: index)
      let distance = 2 * (cr - r) * (cr - r) + 4 * (cg - g) * (cg - g) + 3 * (cb - b) * (cb - b)
      if distance < bestDistance {
        bestDistance = distance
        best = index
      }
    }
    return best
  }
}
