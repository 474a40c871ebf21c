import Testing

@testable import FirstKData

@Suite struct DatabaseLocationTests {
  @Test func precedence() {
    let env = ["HOME": "/home/ada", "XDG_DATA_HOME": "/data", "FIRSTK_DB": "/env.db"]
    #expect(DatabaseLocation.resolve(option: "/opt.db", environment: env) == "/opt.db")
    #expect(DatabaseLocation.resolve(option: nil, environment: env) == "/env.db")
    var noVariable = env
    noVariable["FIRSTK_DB"] = nil
    #expect(DatabaseLocation.resolve(option: nil, environment: noVariable) == "/data/firstk/firstk.db")
    #expect(
      DatabaseLocation.resolve(option: nil, environment: ["HOME": "/home/ada"])
        == "/home/ada/.local/share/firstk/firstk.db")
  }
}
