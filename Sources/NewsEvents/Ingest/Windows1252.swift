/// The windows-1252 code page ("ANSI", a superset of ISO-8859-1's printable characters).
///
/// ```swift
/// Windows1252.decode([0x93, 0x48, 0x69, 0x94])   // "“Hi”"
/// ```
public enum Windows1252 {
    /// Code points for bytes 0x80...0x9F; every other byte maps to the code point of the same value.
    /// The five bytes windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to the C1 controls
    /// of the same value, as the WHATWG Encoding Standard does.
    static let high: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]

    /// The character a byte stands for.
    public static func scalar(for byte: UInt8) -> Unicode.Scalar {
        let value = (0x80...0x9F).contains(byte) ? high[Int(byte) - 0x80] : UInt32(byte)
        return Unicode.Scalar(value)!
    }

    /// Decodes bytes; never fails.
    public static func decode(_ bytes: some Sequence<UInt8>) -> String {
        String(decoding: utf8(bytes), as: UTF8.self)
    }

    /// The UTF-8 of the decoded bytes, written byte by byte (no string is built on the way).
    public static func utf8(_ bytes: some Sequence<UInt8>) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.underestimatedCount + bytes.underestimatedCount / 8)
        for byte in bytes {
            if byte < 0x80 {
                result.append(byte)
                continue
            }
            let value = byte <= 0x9F ? high[Int(byte) - 0x80] : UInt32(byte)
            if value < 0x800 {
                result.append(UInt8(0xC0 | value >> 6))
            } else {
                result.append(UInt8(0xE0 | value >> 12))
                result.append(UInt8(0x80 | (value >> 6) & 0x3F))
            }
            result.append(UInt8(0x80 | value & 0x3F))
        }
        return result
    }
}
