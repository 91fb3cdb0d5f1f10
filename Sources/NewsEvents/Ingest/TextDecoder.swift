#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A byte order mark at the start of a text.
enum ByteOrderMark: Sendable {
    case utf8, utf16LittleEndian, utf16BigEndian

    static func detect(_ bytes: some Collection<UInt8>) -> ByteOrderMark? {
        let head = Array(bytes.prefix(3))
        if head.count >= 3, head[0] == 0xEF, head[1] == 0xBB, head[2] == 0xBF { return .utf8 }
        if head.count >= 2, head[0] == 0xFF, head[1] == 0xFE { return .utf16LittleEndian }
        if head.count >= 2, head[0] == 0xFE, head[1] == 0xFF { return .utf16BigEndian }
        return nil
    }

    var length: Int { self == .utf8 ? 3 : 2 }
    var isUTF16: Bool { self != .utf8 }
}

/// The text encodings the ingest stage decodes itself.
///
/// ```swift
/// TextDecoder.decode([0xFF, 0xFE, 0x41, 0x00]).encoding   // .utf16LittleEndian
/// TextEncoding.windows1252.rawValue                        // "windows-1252"
/// ```
public enum TextEncoding: String, Sendable, Hashable {
    case utf8 = "UTF-8"
    case utf16LittleEndian = "UTF-16LE"
    case utf16BigEndian = "UTF-16BE"
    case windows1252 = "windows-1252"
}

/// Turns the bytes of a text file into a `String`, with newlines normalised to LF.
///
/// - A UTF-8 byte order mark is stripped; UTF-16 with a byte order mark (either endianness) is decoded.
/// - Bytes that are not valid UTF-8 are decoded as windows-1252 instead (the usual encoding of
///   old "ANSI" files and mislabelled web pages); every byte sequence decodes, so this never fails, and the
///   `warning` says so, naming the first byte that is not UTF-8.
/// - Broken UTF-16 (an unpaired surrogate, an odd last byte) becomes U+FFFD, and the `warning` counts them.
/// - CRLF and lone CR become LF.
///
/// ```swift
/// TextDecoder.decode([0x63, 0x61, 0x66, 0xE9, 0x0D, 0x0A])
/// // ("café\n", .windows1252, "not valid UTF-8 (byte 0xE9 at offset 3): read as windows-1252; ...")
/// ```
public enum TextDecoder {
    /// Decodes `bytes`, returning the text, the encoding that was used, and what was not as expected.
    public static func decode(_ bytes: some Collection<UInt8>) -> (text: String, encoding: TextEncoding, warning: String?) {
        let bytes = Array(bytes)
        let (text, encoding) = decodeRaw(bytes)
        return (normalizingNewlines(text), encoding, warning(bytes, text: text, encoding: encoding))
    }

    /// Why the decoded text may not be what the file meant, or `nil`.
    static func warning(_ bytes: [UInt8], text: String, encoding: TextEncoding) -> String? {
        switch encoding {
        case .utf8:
            return nil
        case .windows1252:
            let start = ByteOrderMark.detect(bytes) == .utf8 ? 3 : 0
            let offset = firstInvalidUTF8(bytes[start...]) ?? start
            let byte = "0x" + String(bytes[offset], radix: 16, uppercase: true)
            return "not valid UTF-8 (byte \(byte) at offset \(offset)): read as windows-1252; "
                + "convert the file to UTF-8 if that is wrong"
        case .utf16LittleEndian, .utf16BigEndian:
            // Each unpaired surrogate or odd last byte became U+FFFD; the file's own U+FFFD are not counted.
            let units = (bytes.count - 2 + 1) / 2
            let replaced = text.unicodeScalars.filter { $0 == "\u{FFFD}" }.count
                - countEncodedReplacements(bytes.dropFirst(2), bigEndian: encoding == .utf16BigEndian)
            guard replaced > 0, units > 0 else { return nil }
            return "\(replaced) invalid \(encoding.rawValue) sequence(s) replaced with U+FFFD"
        }
    }

    /// The offset of the first byte that does not start a valid UTF-8 sequence.
    static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int? {
        var iterator = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var offset = bytes.startIndex
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .error: return offset
            case .emptyInput: return nil
            }
        }
    }

    /// How many U+FFFD the UTF-16 bytes spell out themselves.
    static func countEncodedReplacements(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> Int {
        var count = 0
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let (high, low) = bigEndian ? (bytes[index], bytes[index + 1]) : (bytes[index + 1], bytes[index])
            if high == 0xFF, low == 0xFD { count += 1 }
            index += 2
        }
        return count
    }

    static func decodeRaw(_ bytes: [UInt8]) -> (String, TextEncoding) {
        switch ByteOrderMark.detect(bytes) {
        case .utf16LittleEndian:
            return (decodeUTF16(bytes.dropFirst(2), bigEndian: false), .utf16LittleEndian)
        case .utf16BigEndian:
            return (decodeUTF16(bytes.dropFirst(2), bigEndian: true), .utf16BigEndian)
        case .utf8:
            return decodeUTF8OrWindows1252(bytes.dropFirst(3))
        case nil:
            return decodeUTF8OrWindows1252(bytes[...])
        }
    }

    /// UTF-8 when the bytes are valid UTF-8, else windows-1252 (which decodes any bytes).
    static func decodeUTF8OrWindows1252(_ bytes: ArraySlice<UInt8>) -> (String, TextEncoding) {
        if let text = String(validating: bytes, as: UTF8.self) { return (text, .utf8) }
        return (Windows1252.decode(bytes), .windows1252)
    }

    /// UTF-16 code units from pairs of bytes; unpaired surrogates and an odd last byte become U+FFFD.
    static func decodeUTF16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2 + 1)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let first = UInt16(bytes[index]), second = UInt16(bytes[index + 1])
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        if index < bytes.endIndex { units.append(0xFFFD) }
        return String(decoding: units, as: UTF16.self)
    }

    /// Replaces CRLF and lone CR with LF.
    public static func normalizingNewlines(_ text: String) -> String {
        let hasCR = text.utf8.withContiguousStorageIfAvailable { bytes in
            // memchr: this runs over every byte of every text file.
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, 0x0D, bytes.count) != nil
        } ?? text.utf8.contains(0x0D)
        guard hasCR else { return text }
        var scalars = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\r" {
                scalars.append("\n")
                previousWasCR = true
                continue
            }
            if !(scalar == "\n" && previousWasCR) { scalars.append(scalar) }
            previousWasCR = false
        }
        return String(scalars)
    }
}
