#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Byte-level helpers for the content checks every reader shares.
enum ContentSniffer {
    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C || byte == 0x0B
    }

    /// The bytes with a BOM removed; UTF-16 reduced to the low byte of each code unit (enough for ASCII checks).
    static func asciiView(of bytes: [UInt8]) -> [UInt8] {
        switch ByteOrderMark.detect(bytes) {
        case .utf8: return Array(bytes.dropFirst(3))
        case .utf16LittleEndian: return stride(from: 2, to: bytes.count, by: 2).map { bytes[$0] }
        case .utf16BigEndian: return stride(from: 3, to: bytes.count, by: 2).map { bytes[$0] }
        case nil: return bytes
        }
    }

    /// Whether the bytes after a `<` look like the start of markup.
    static func looksLikeMarkup(_ rest: ArraySlice<UInt8>) -> Bool {
        guard let first = rest.first else { return false }
        let lower = first | 0x20
        return first == UInt8(ascii: "!") || first == UInt8(ascii: "?") || (lower >= 0x61 && lower <= 0x7A)
    }

    /// Why a whole file is binary, or `nil` when it may be text: a NUL byte anywhere (text files hold none;
    /// it is refused rather than dropped, as it means the file is not what its name says), or more than 10%
    /// control characters in the first 8 KB. Text with a UTF-16 byte order mark is not binary.
    static func binaryReason(_ bytes: [UInt8]) -> ReadFailure? {
        if ByteOrderMark.detect(bytes)?.isUTF16 == true { return nil }
        if let offset = firstNUL(in: bytes) {
            return ReadFailure("binary file, not text (a NUL byte at offset \(offset)); convert it to UTF-8 text first")
        }
        return looksBinary(bytes) ? .binary : nil
    }

    /// The offset of the first NUL byte (`memchr`: this runs over every byte of every file).
    static func firstNUL(in bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, let found = memchr(base, 0, buffer.count) else { return nil }
            return UnsafeRawPointer(found) - UnsafeRawPointer(base)
        }
    }

    /// Binary content: a NUL byte in the first 8 KB, or more than 10% control characters there.
    /// Text with a UTF-16 byte order mark is not binary.
    static func looksBinary(_ bytes: some Collection<UInt8>) -> Bool {
        if let answer = bytes.withContiguousStorageIfAvailable({ looksBinary(sample: UnsafeBufferPointer(rebasing: $0.prefix(8192))) }) {
            return answer
        }
        return Array(bytes.prefix(8192)).withUnsafeBufferPointer { looksBinary(sample: $0) }
    }

    /// ``looksBinary(_:)`` of the first 8 KB; words of eight bytes none of which is below 0x20 (most of a
    /// text) are passed over whole.
    private static func looksBinary(sample: UnsafeBufferPointer<UInt8>) -> Bool {
        if ByteOrderMark.detect(sample)?.isUTF16 == true { return false }
        var controls = 0
        var i = 0
        let count = sample.count
        if let base = UnsafeRawPointer(sample.baseAddress) {
            let ones: UInt64 = 0x0101_0101_0101_0101
            while i + 8 <= count {
                let word = base.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                // A byte below 0x20 sets its high bit here (exact: no false answers either way).
                if (word &- 0x20 &* ones) & ~word & 0x8080_8080_8080_8080 == 0 {
                    i += 8
                    continue
                }
                for byte in sample[i..<(i + 8)] {
                    if byte == 0 { return true }
                    if byte < 0x20, !isSpace(byte), byte != 0x1B { controls += 1 }
                }
                i += 8
            }
        }
        while i < count {
            let byte = sample[i]
            if byte == 0 { return true }
            if byte < 0x20, !isSpace(byte), byte != 0x1B { controls += 1 }
            i += 1
        }
        return controls * 10 > count
    }
}
