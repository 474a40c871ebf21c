/// The version `firstk --version` prints.
public let firstkVersion = "0.1.0"
