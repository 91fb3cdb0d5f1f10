/// Finds, eight bytes at a time, the next byte of a JSON string's UTF-8 that is not plain text: where a reader
/// must stop (a quote, a backslash, a control character) or a writer must escape (those, and DEL and 0xE2,
/// the lead byte of U+2028 and U+2029). Article text is long runs of plain bytes, so JSON Lines records are
/// read and timelines written a word at a time rather than a byte at a time.
///
/// ```swift
/// let bytes = Array(#"Hello, "world""#.utf8)
/// bytes.withUnsafeBufferPointer { JSONStringBytes.nextSpecial(in: $0, from: 0, writing: false) }   // 7
/// ```
enum JSONStringBytes {
    /// The index of the first byte at or after `start` that is special (see the type), or `bytes.count` (or
    /// `start` when it is past the end) when none is.
    @inline(__always)
    static func nextSpecial(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, writing: Bool) -> Int {
        let count = bytes.count
        var i = start
        if let base = UnsafeRawPointer(bytes.baseAddress) {
            while i + 8 <= count {
                let word = base.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                let found = specialBits(word, writing: writing)
                #if _endian(little)
                // The lowest bit found marks the first special byte exactly (see ``specialBits(_:writing:)``).
                if found != 0 { return i + found.trailingZeroBitCount / 8 }
                #else
                if found != 0 { break }
                #endif
                i += 8
            }
        }
        while i < count, !isSpecial(bytes[i], writing: writing) { i += 1 }
        return i
    }

    /// Whether one byte is special.
    @inline(__always)
    static func isSpecial(_ byte: UInt8, writing: Bool) -> Bool {
        if byte < 0x20 || byte == 0x22 || byte == 0x5C { return true }
        return writing && (byte == 0x7F || byte == 0xE2)
    }

    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// The high bits of the special bytes of `word`: zero exactly when none of its eight bytes is special. A
    /// byte above the first special one may be marked wrongly (a borrow runs upwards), the first one never is,
    /// and none below it: the lowest bit set marks the first special byte in memory on a little-endian machine.
    @inline(__always)
    private static func specialBits(_ word: UInt64, writing: Bool) -> UInt64 {
        // A byte below n sets its high bit in (w - n·ones) & ~w; a byte equal to b is a zero byte of w ^ b·ones.
        var found = (word &- 0x20 &* ones) & ~word
        found |= zeroBytes(word ^ (0x22 &* ones)) | zeroBytes(word ^ (0x5C &* ones))
        if writing { found |= zeroBytes(word ^ (0x7F &* ones)) | zeroBytes(word ^ (0xE2 &* ones)) }
        return found & highs
    }

    @inline(__always)
    private static func zeroBytes(_ word: UInt64) -> UInt64 {
        (word &- ones) & ~word
    }
}
