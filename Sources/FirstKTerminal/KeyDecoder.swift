import CNcursesw
import FirstKUI

/// What one read from the keyboard produced.
enum Input: Equatable {
  case key(Key)
  case resize
}

/// Turns ncurses `get_wch` results into keys.
enum KeyDecoder {
  /// Decodes a function-key code (`get_wch` returned KEY_CODE_YES).
  static func decode(keyCode: Int32) -> Input? {
    switch keyCode {
    case Int32(KEY_UP): return .key(.up)
    case Int32(KEY_DOWN): return .key(.down)
    case Int32(KEY_LEFT): return .key(.left)
    case Int32(KEY_RIGHT): return .key(.right)
    case Int32(KEY_HOME): return .key(.home)
    case Int32(KEY_END): return .key(.end)
    case Int32(KEY_PPAGE): return .key(.pageUp)
    case Int32(KEY_NPAGE): return .key(.pageDown)
    case Int32(KEY_BTAB): return .key(.backTab)
    case Int32(KEY_ENTER): return .key(.enter)
    case Int32(KEY_BACKSPACE): return .key(.backspace)
    case Int32(KEY_DC): return .key(.delete)
    case fk_key_resize(): return .resize
    default:
      for number in 1...12 where keyCode == fk_key_f(Int32(number)) {
        return .key(.function(number))
      }
      return nil
    }
  }

  /// Decodes an ordinary character (`get_wch` returned OK).
  static func decode(character value: UInt32) -> Input? {
    switch value {
    case 9: return .key(.tab)
    case 10, 13: return .key(.enter)
    case 27: return .key(.escape)
    case 8, 127: return .key(.backspace)
    case 1...26:
      return .key(.control(Character(Unicode.Scalar(UInt8(value) + 96))))
    case 0, 28...31:
      return nil
    default:
      guard let scalar = Unicode.Scalar(value) else { return nil }
      return .key(.character(Character(scalar)))
    }
  }
}
