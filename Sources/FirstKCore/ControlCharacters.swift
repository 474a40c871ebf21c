extension Unicode.Scalar {
  /// True for the C0 and C1 control characters and DEL: bytes that steer a terminal
  /// instead of showing, so whatever firstk prints or draws shows them inert.
  public var isControlCharacter: Bool {
    value < 0x20 || (0x7F...0x9F).contains(value)
  }
}
