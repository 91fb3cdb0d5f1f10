/// Prepares an HTML file's bytes for libxml2: finds the encoding (byte order mark, `<meta charset>`,
/// `http-equiv` content type, XML declaration) and, for the encodings the ingest stage decodes itself,
/// hands libxml2 UTF-8.
///
/// - UTF-8 (declared or not) that is not valid UTF-8 is read as windows-1252.
/// - ISO-8859-1, US-ASCII and windows-1252 are read as windows-1252 (as browsers do), unless the bytes are
///   valid UTF-8 with non-ASCII characters: then the page is mislabelled UTF-8.
/// - Any other declared encoding (Shift_JIS, KOI8-R, ...) is passed to libxml2 by name.
///
/// ```swift
/// let prepared = HTMLEncoding.prepare(Array("<meta charset=\"iso-8859-1\"><p>caf\u{E9}".utf8))
/// prepared.encoding    // "UTF-8": valid UTF-8 despite the label
/// ```
public enum HTMLEncoding {
    public struct Prepared: Sendable {
        public var bytes: [UInt8]
        /// The encoding name for libxml2.
        public var encoding: String
    }

    static let windows1252Labels: Set<String> = [
        "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "cp819",
        "windows-1252", "cp1252", "x-cp1252", "ansi_x3.4-1968", "iso-ir-100", "ibm819",
    ]
    static let utf8Labels: Set<String> = ["utf-8", "utf8", "unicode-1-1-utf-8", "utf-16", "utf-16le", "utf-16be"]

    public static func prepare(_ bytes: [UInt8]) -> Prepared {
        switch ByteOrderMark.detect(bytes) {
        case .utf8?, .utf16LittleEndian?, .utf16BigEndian?:
            return Prepared(bytes: Array(TextDecoder.decodeRaw(bytes).0.utf8), encoding: "UTF-8")
        case nil:
            break
        }
        let label = declaredEncoding(in: bytes)
        if let label, !windows1252Labels.contains(label), !utf8Labels.contains(label) {
            return Prepared(bytes: bytes, encoding: label)
        }
        if isValidUTF8(bytes) {
            return Prepared(bytes: bytes, encoding: "UTF-8")
        }
        return Prepared(bytes: Windows1252.utf8(bytes), encoding: "UTF-8")
    }

    /// Whether `bytes` are valid UTF-8 (as `String(validating:as:)` decides: no overlong forms, surrogates or
    /// code points past U+10FFFF), without making a string; ASCII is skipped eight bytes at a time.
    static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            let count = buffer.count
            guard let base = UnsafeRawPointer(buffer.baseAddress) else { return true }
            var index = 0
            while index < count {
                if index + 8 <= count, base.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    index += 8
                    continue
                }
                let lead = buffer[index]
                if lead < 0x80 {
                    index += 1
                    continue
                }
                let length: Int, low: UInt8, high: UInt8
                switch lead {
                case 0xC2...0xDF: (length, low, high) = (2, 0x80, 0xBF)
                case 0xE0: (length, low, high) = (3, 0xA0, 0xBF)
                case 0xE1...0xEC, 0xEE...0xEF: (length, low, high) = (3, 0x80, 0xBF)
                case 0xED: (length, low, high) = (3, 0x80, 0x9F)
                case 0xF0: (length, low, high) = (4, 0x90, 0xBF)
                case 0xF1...0xF3: (length, low, high) = (4, 0x80, 0xBF)
                case 0xF4: (length, low, high) = (4, 0x80, 0x8F)
                default: return false
                }
                guard index + length <= count, buffer[index + 1] >= low, buffer[index + 1] <= high else { return false }
                for offset in 2..<length where buffer[index + offset] & 0xC0 != 0x80 { return false }
                index += length
            }
            return true
        }
    }

    /// The lower-case charset label declared in the first 4 KB (`charset=...` in a meta tag or content type,
    /// `encoding="..."` in an XML declaration), or `nil`.
    public static func declaredEncoding(in bytes: [UInt8]) -> String? {
        let head = bytes.prefix(4096).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        if head.starts(with: Array("<?xml".utf8)), let label = label(after: "encoding", in: head) { return label }
        return label(after: "charset", in: head)
    }

    /// The value after the first `keyword` followed by `=`.
    private static func label(after keyword: String, in head: [UInt8]) -> String? {
        let key = Array(keyword.utf8)
        var index = 0
        while let found = find(key, in: head, from: index) {
            var cursor = found + key.count
            while cursor < head.count, ContentSniffer.isSpace(head[cursor]) { cursor += 1 }
            if cursor < head.count, head[cursor] == UInt8(ascii: "=") {
                cursor += 1
                while cursor < head.count, ContentSniffer.isSpace(head[cursor]) || head[cursor] == 0x22 || head[cursor] == 0x27 {
                    cursor += 1
                }
                let value = head[cursor...].prefix(while: isLabelByte)
                if !value.isEmpty { return String(decoding: value, as: UTF8.self) }
            }
            index = found + 1
        }
        return nil
    }

    private static func isLabelByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D || byte == 0x5F
            || byte == 0x2E || byte == 0x3A
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard needle.count <= haystack.count else { return nil }
        var index = start
        while index + needle.count <= haystack.count {
            if haystack[index] == needle[0], haystack[index..<index + needle.count].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
