import Glibc

/// Build-time tool: writes a Swift file holding the text of each theme file given.
/// Usage: ThemeEmbedder OUTPUT.swift THEME_FILE...

func readFile(_ path: String) -> String? {
  guard let file = fopen(path, "rb") else { return nil }
  defer { fclose(file) }
  var bytes: [UInt8] = []
  var buffer = [UInt8](repeating: 0, count: 4096)
  while true {
    let count = fread(&buffer, 1, buffer.count, file)
    if count <= 0 { break }
    bytes.append(contentsOf: buffer[0..<count])
  }
  return String(decoding: bytes, as: UTF8.self)
}

func fail(_ message: String, status: Int32) -> Never {
  let bytes = Array((message + "\n").utf8)
  _ = bytes.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
  exit(status)
}

func swiftLiteral(_ text: String) -> String {
  var out = "\""
  for scalar in text.unicodeScalars {
    switch scalar {
    case "\\": out += "\\\\"
    case "\"": out += "\\\""
    case "\n": out += "\\n"
    case "\r": out += "\\r"
    case "\t": out += "\\t"
    default:
      if scalar.value < 0x20 {
        out += "\\u{\(String(scalar.value, radix: 16))}"
      } else {
        out.unicodeScalars.append(scalar)
      }
    }
  }
  return out + "\""
}

let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
  fail("usage: ThemeEmbedder OUTPUT.swift THEME_FILE...", status: 2)
}
var source = "// Generated at build time from Themes/*.theme.\n\n"
source += "/// The text of every theme shipped in `Themes/`, by name.\n"
source += "let builtInThemeFiles: [(name: String, text: String)] = [\n"
for path in arguments.dropFirst(2) {
  guard let text = readFile(path) else {
    fail("ThemeEmbedder: cannot read \(path)", status: 1)
  }
  let fileName = path.split(separator: "/").last.map(String.init) ?? path
  let name = fileName.hasSuffix(".theme") ? String(fileName.dropLast(6)) : fileName
  source += "  (\(swiftLiteral(name)), \(swiftLiteral(text))),\n"
}
source += "]\n"
guard let output = fopen(arguments[1], "wb") else {
  fail("ThemeEmbedder: cannot write \(arguments[1])", status: 1)
}
fputs(source, output)
fclose(output)
