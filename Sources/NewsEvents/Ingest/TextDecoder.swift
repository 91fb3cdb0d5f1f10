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
///   old "ANSI" files and mislabelled web pages); every byte sequence decodes, so this never fails.
/// - CRLF and lone CR become LF.
///
/// ```swift
/// TextDecoder.decode([0x63, 0x61, 0x66, 0xE9, 0x0D, 0x0A])   // ("café\n", .windows1252)
/// ```
public enum TextDecoder {
    /// Decodes `bytes`, returning the text and the encoding that was used.
    public static func decode(_ bytes: some Collection<UInt8>) -> (text: String, encoding: TextEncoding) {
        let bytes = Array(bytes)
        let (text, encoding) = decodeRaw(bytes)
        return (normalizingNewlines(text), encoding)
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
        guard text.utf8.contains(0x0D) else { return text }
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
