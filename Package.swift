// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "firstk",
  products: [
    .executable(name: "firstk", targets: ["firstk"])
  ],
  targets: [
    .systemLibrary(
      name: "CNcursesw",
      pkgConfig: "ncursesw",
      providers: [.apt(["libncurses-dev"])]
    ),
    .systemLibrary(
      name: "CSQLite",
      pkgConfig: "sqlite3",
      providers: [.apt(["libsqlite3-dev"])]
    ),
    .target(name: "FirstKCore"),
    .target(name: "FirstKData", dependencies: ["FirstKCore", "CSQLite"]),
    .target(name: "FirstKUI", dependencies: ["FirstKCore"]),
    .target(name: "FirstKTerminal", dependencies: ["FirstKUI", "CNcursesw"]),
    .target(
      name: "FirstKApp",
      dependencies: ["FirstKCore", "FirstKData", "FirstKUI", "FirstKTerminal"]
    ),
    .executableTarget(name: "firstk", dependencies: ["FirstKApp"]),
    .testTarget(name: "FirstKCoreTests", dependencies: ["FirstKCore"]),
    .testTarget(name: "FirstKDataTests", dependencies: ["FirstKData"], exclude: ["Fixtures"]),
    .testTarget(name: "FirstKUITests", dependencies: ["FirstKUI"]),
    .testTarget(
      name: "FirstKAppTests",
      dependencies: ["FirstKApp", "FirstKTerminal"]
    ),
  ],
  swiftLanguageModes: [.v6]
)
