#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A small, strict scanner for the one shape of JSON a JSONL article record has: an object whose fields of
/// interest are strings. It reads the bytes of a line once, decodes only the string values of the fields asked
/// for, and checks the rest of the object (nested values included) against the JSON grammar.
///
/// It answers only when it is sure: anything it does not take on (a named field that is no string, a duplicate
/// named field, a lone surrogate, deep nesting, any syntax error) is `nil`, and the caller reads the line with
/// the general JSON parser, which also gives the error message.
/// ```swift
/// JSONRecordScanner.strings(in: Array(#"{"id": "a", "n": [1, {"x": null}], "text": "caf\u00e9"}"#.utf8),
///                           fields: ["id", "text"])   // ["id": "a", "text": "café"]
/// ```
enum JSONRecordScanner {
    /// The string values of `fields` present in the object `bytes` holds (valid UTF-8), or nil when unsure.
    static func strings(in bytes: [UInt8], fields: [String]) -> [String: String]? {
        let names = fields.map { Array($0.utf8) }
        guard let values = bytes.withUnsafeBufferPointer({ values(in: $0, fields: names) }) else { return nil }
        var found: [String: String] = [:]
        for (field, value) in zip(fields, values) where value != nil { found[field] = value }
        return found
    }

    /// The string values of the fields named by `fields` (UTF-8 bytes), in that order (`nil` for an absent
    /// field), or nil when unsure. Keys are compared by their decoded bytes.
    static func values(in bytes: UnsafeBufferPointer<UInt8>, fields: [[UInt8]]) -> [String?]? {
        values(in: bytes, fields: fields) { Array($0) }
    }

    /// ``values(in:fields:)`` handed to `body` in a buffer on the stack (no array is made for them): `body`'s
    /// result, or nil when unsure (`body` is then not called).
    static func values<Result>(in bytes: UnsafeBufferPointer<UInt8>, fields: [[UInt8]],
                               _ body: (UnsafeMutableBufferPointer<String?>) -> Result) -> Result? {
        withUnsafeTemporaryAllocation(of: String?.self, capacity: fields.count) { found -> Result? in
            found.initialize(repeating: nil)
            defer { found.deinitialize() }
            var scanner = Scanner(bytes: bytes)
            guard scanner.object(fields: fields, into: found) else { return nil }
            return body(found)
        }
    }

    private struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        var at = 0

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        /// Reads the object, putting the values of `fields` into `found` (as many slots, all nil); false when
        /// unsure.
        mutating func object(fields: [[UInt8]], into found: UnsafeMutableBufferPointer<String?>) -> Bool {
            skipSpace()
            guard take(UInt8(ascii: "{")) else { return false }
            skipSpace()
            if take(UInt8(ascii: "}")) { return end() }
            while true {
                skipSpace()
                guard let field = key(among: fields) else { return false }
                skipSpace()
                guard take(UInt8(ascii: ":")) else { return false }
                skipSpace()
                if field >= 0 {
                    // Named fields must be strings, once each; anything else goes to the general parser.
                    guard found[field] == nil, let value = string() else { return false }
                    found[field] = value
                } else {
                    guard skipValue() else { return false }
                }
                skipSpace()
                if take(UInt8(ascii: ",")) { continue }
                guard take(UInt8(ascii: "}")) else { return false }
                return end()
            }
        }

        /// A key at `at`: the index of the field it names, -1 for another key, nil when it is no string.
        mutating func key(among fields: [[UInt8]]) -> Int? {
            guard let (start, end, escaped) = stringExtent() else { return nil }
            if !escaped {
                let raw = UnsafeBufferPointer(rebasing: bytes[(start + 1)..<(end - 1)])
                at = end
                return Scanner.index(of: raw, in: fields)
            }
            guard var decoded = string() else { return nil }
            return decoded.withUTF8 { raw in Scanner.index(of: raw, in: fields) }
        }

        /// The index of the field whose name is `raw`, or -1: lengths are compared first, then the bytes.
        static func index(of raw: UnsafeBufferPointer<UInt8>, in fields: [[UInt8]]) -> Int {
            for k in fields.indices {
                let same = fields[k].withUnsafeBufferPointer { name in
                    name.count == raw.count && (raw.isEmpty || memcmp(name.baseAddress!, raw.baseAddress!, raw.count) == 0)
                }
                if same { return k }
            }
            return -1
        }

        /// Only whitespace follows.
        mutating func end() -> Bool {
            skipSpace()
            return at == bytes.count
        }

        @inline(__always) mutating func take(_ byte: UInt8) -> Bool {
            guard at < bytes.count, bytes[at] == byte else { return false }
            at += 1
            return true
        }

        @inline(__always) mutating func skipSpace() {
            while at < bytes.count {
                switch bytes[at] {
                case 0x20, 0x09, 0x0A, 0x0D: at += 1
                default: return
                }
            }
        }

        /// The string at `at` (its opening quote): the offsets of its opening quote and just past its closing
        /// quote, and whether it holds a backslash; nil when unterminated or holding a control character.
        /// Leaves `at` where it was.
        func stringExtent() -> (start: Int, end: Int, escaped: Bool)? {
            guard at < bytes.count, bytes[at] == UInt8(ascii: "\"") else { return nil }
            var i = at + 1
            var escaped = false
            while true {
                i = JSONStringBytes.nextSpecial(in: bytes, from: i, writing: false)
                guard i < bytes.count else { return nil }
                let b = bytes[i]
                if b == UInt8(ascii: "\"") { return (at, i + 1, escaped) }
                if b < 0x20 { return nil }
                // A backslash: the byte after it is escaped.
                escaped = true
                i += 2
            }
        }

        /// A string at `at` (its opening quote), decoded.
        mutating func string() -> String? {
            guard at < bytes.count, bytes[at] == UInt8(ascii: "\"") else { return nil }
            let first = at + 1
            let special = JSONStringBytes.nextSpecial(in: bytes, from: first, writing: false)
            // Unterminated, or a control character.
            guard special < bytes.count, bytes[special] >= 0x20 else { return nil }
            if bytes[special] == UInt8(ascii: "\"") {
                at = special + 1
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[first..<special]), as: UTF8.self)
            }
            // A backslash: the escapes are decoded in the pass that finds the closing quote, straight into the
            // string's storage, sized for the rest of the line (escapes never make a string longer). The usual
            // such string (an article's text) ends the line; a short one in a long line is copied to fit.
            let room = bytes.count - first
            var end: Int? = nil
            let decoded = String(unsafeUninitializedCapacity: room) { out -> Int in
                guard let (count, past) = JSONRecordScanner.unescape(bytes, from: first, into: out) else { return 0 }
                end = past
                return count
            }
            guard let end else { return nil }
            at = end
            return decoded.utf8.count * 2 >= room || room <= 64 ? decoded : String(decoding: Array(decoded.utf8), as: UTF8.self)
        }

        /// Skips any JSON value, checking its syntax; nesting deeper than 64 is left to the general parser.
        mutating func skipValue(depth: Int = 0) -> Bool {
            guard depth < 64, at < bytes.count else { return false }
            switch bytes[at] {
            case UInt8(ascii: "\""):
                return skipString()
            case UInt8(ascii: "{"):
                at += 1
                skipSpace()
                if take(UInt8(ascii: "}")) { return true }
                while true {
                    skipSpace()
                    guard skipString() else { return false }
                    skipSpace()
                    guard take(UInt8(ascii: ":")) else { return false }
                    skipSpace()
                    guard skipValue(depth: depth + 1) else { return false }
                    skipSpace()
                    if take(UInt8(ascii: ",")) { continue }
                    return take(UInt8(ascii: "}"))
                }
            case UInt8(ascii: "["):
                at += 1
                skipSpace()
                if take(UInt8(ascii: "]")) { return true }
                while true {
                    skipSpace()
                    guard skipValue(depth: depth + 1) else { return false }
                    skipSpace()
                    if take(UInt8(ascii: ",")) { continue }
                    return take(UInt8(ascii: "]"))
                }
            case UInt8(ascii: "t"): return literal("true")
            case UInt8(ascii: "f"): return literal("false")
            case UInt8(ascii: "n"): return literal("null")
            default:
                return number()
            }
        }

        mutating func skipString() -> Bool {
            guard let (_, end, escaped) = stringExtent() else { return false }
            // Escapes are checked by decoding the string.
            if escaped { return string() != nil }
            at = end
            return true
        }

        mutating func literal(_ word: StaticString) -> Bool {
            let count = word.utf8CodeUnitCount
            guard at + count <= bytes.count else { return false }
            for k in 0..<count where bytes[at + k] != word.utf8Start[k] { return false }
            at += count
            return true
        }

        /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`
        mutating func number() -> Bool {
            _ = take(UInt8(ascii: "-"))
            guard at < bytes.count else { return false }
            if bytes[at] == UInt8(ascii: "0") {
                at += 1
            } else {
                guard digits() > 0 else { return false }
            }
            if take(UInt8(ascii: ".")) {
                guard digits() > 0 else { return false }
            }
            if take(UInt8(ascii: "e")) || take(UInt8(ascii: "E")) {
                if !take(UInt8(ascii: "+")) { _ = take(UInt8(ascii: "-")) }
                guard digits() > 0 else { return false }
            }
            return true
        }

        mutating func digits() -> Int {
            let start = at
            while at < bytes.count, bytes[at] >= 48, bytes[at] <= 57 { at += 1 }
            return at - start
        }
    }

    /// Decodes the string whose bytes start at `start` (just past its opening quote) into `out` (at least as long
    /// as the bytes from `start` on); returns the decoded length and the offset just past the closing quote, or
    /// nil for an unterminated string, a control character, or an escape the general parser must judge.
    private static func unescape(_ raw: UnsafeBufferPointer<UInt8>, from start: Int, into out: UnsafeMutableBufferPointer<UInt8>)
        -> (count: Int, end: Int)?
    {
        var i = start, o = 0
        let n = raw.count
        func hex4() -> UInt32? {
            guard i + 4 <= n else { return nil }
            var value: UInt32 = 0
            for _ in 0..<4 {
                let b = raw[i]
                let digit: UInt32
                switch b {
                case 48...57: digit = UInt32(b - 48)
                case 65...70: digit = UInt32(b - 55)
                case 97...102: digit = UInt32(b - 87)
                default: return nil
                }
                value = value * 16 + digit
                i += 1
            }
            return value
        }
        while true {
            // The run of plain bytes up to the next special one is copied whole.
            let special = JSONStringBytes.nextSpecial(in: raw, from: i, writing: false)
            if special > i {
                (out.baseAddress! + o).update(from: raw.baseAddress! + i, count: special - i)
                o += special - i
                i = special
            }
            // The special byte: the end of the line (unterminated), the closing quote, a control character or a
            // backslash.
            guard i < n else { return nil }
            if raw[i] == UInt8(ascii: "\"") { return (o, i + 1) }
            guard raw[i] == UInt8(ascii: "\\"), i + 1 < n else { return nil }
            let escape = raw[i + 1]
            i += 2
            let byte: UInt8
            switch escape {
            case UInt8(ascii: "\""): byte = 0x22
            case UInt8(ascii: "\\"): byte = 0x5C
            case UInt8(ascii: "/"): byte = 0x2F
            case UInt8(ascii: "b"): byte = 0x08
            case UInt8(ascii: "f"): byte = 0x0C
            case UInt8(ascii: "n"): byte = 0x0A
            case UInt8(ascii: "r"): byte = 0x0D
            case UInt8(ascii: "t"): byte = 0x09
            case UInt8(ascii: "u"):
                guard var code = hex4() else { return nil }
                if code >= 0xD800 && code < 0xDC00 {
                    // A surrogate pair; a lone half goes to the general parser.
                    guard i + 2 <= n, raw[i] == UInt8(ascii: "\\"), raw[i + 1] == UInt8(ascii: "u") else { return nil }
                    i += 2
                    guard let low = hex4(), low >= 0xDC00 && low < 0xE000 else { return nil }
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                } else if code >= 0xDC00 && code < 0xE000 {
                    return nil
                }
                guard let scalar = Unicode.Scalar(code) else { return nil }
                for unit in UTF8.encode(scalar)! {
                    out[o] = unit
                    o += 1
                }
                continue
            default:
                return nil
            }
            out[o] = byte
            o += 1
        }
    }
}
