/// A small JSON writer that appends UTF-8 bytes to one buffer, so that key order is exactly the caller's and
/// output is byte-stable (no Foundation, no dictionary ordering), and a large document (a timeline of many
/// thousand documents) is written without a string per value.
///
/// Strings are escaped per RFC 8259: `"` and `\` are backslash-escaped, `\n`, `\r` and `\t` use their short
/// forms, every other control character (and U+2028/U+2029, which break JavaScript) is written as `\uXXXX`;
/// non-ASCII text is kept as UTF-8.
/// ```swift
/// var writer = JSONWriter()
/// writer.object { w in
///     w.key("id"); w.string("a\"b")
///     w.key("n"); w.int(3)
/// }
/// writer.output   // {"id": "a\"b", "n": 3}
/// ```
public struct JSONWriter: Sendable {
    /// What was written, as UTF-8.
    public private(set) var bytes: [UInt8] = []
    /// One flag per open container: whether something was already written in it.
    private var needsComma: [Bool] = []
    private var afterKey = false

    public init() {}

    /// What was written.
    public var output: String { String(decoding: bytes, as: UTF8.self) }

    /// The bytes written since the last take, leaving the buffer empty (a writer that streams its output in
    /// pieces; what is open stays open).
    public mutating func takeBytes() -> [UInt8] {
        defer { bytes.removeAll(keepingCapacity: true) }
        return bytes
    }

    /// Makes room for `count` more bytes.
    public mutating func reserve(_ count: Int) {
        bytes.reserveCapacity(bytes.count + count)
    }

    /// Appends `text` as a JSON string literal (with quotes) to `output`.
    public static func appendEscaped(_ text: String, to output: inout String) {
        var bytes: [UInt8] = []
        appendEscaped(text, to: &bytes)
        output += String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `text` as a JSON string literal (with quotes) to the UTF-8 `bytes`. Runs of bytes that need no
    /// escape are copied whole.
    public static func appendEscaped(_ text: String, to bytes: inout [UInt8]) {
        var text = text
        text.withUTF8 { utf8 in
            bytes.append(0x22)
            var runStart = 0
            var i = 0
            let count = utf8.count
            while true {
                i = JSONStringBytes.nextSpecial(in: utf8, from: i, writing: true)
                guard i < count else { break }
                let byte = utf8[i]
                var next = i + 1
                var escape: (UInt8, UInt32?) = (0, nil)   // a short escape's letter, or a code for \uXXXX
                switch byte {
                case 0x22: escape.0 = 0x22
                case 0x5C: escape.0 = 0x5C
                case 0x0A: escape.0 = UInt8(ascii: "n")
                case 0x0D: escape.0 = UInt8(ascii: "r")
                case 0x09: escape.0 = UInt8(ascii: "t")
                case 0xE2:
                    // U+2028 and U+2029: E2 80 A8, E2 80 A9.
                    guard i + 2 < count, utf8[i + 1] == 0x80, utf8[i + 2] == 0xA8 || utf8[i + 2] == 0xA9 else {
                        i += 1
                        continue
                    }
                    escape.1 = utf8[i + 2] == 0xA8 ? 0x2028 : 0x2029
                    next = i + 3
                default:
                    escape.1 = UInt32(byte)
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<i]))
                bytes.append(0x5C)
                if let code = escape.1 {
                    bytes.append(UInt8(ascii: "u"))
                    appendHex4(code, to: &bytes)
                } else {
                    bytes.append(escape.0)
                }
                i = next
                runStart = next
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<count]))
            bytes.append(0x22)
        }
    }

    /// A JSON string literal for `text`.
    public static func quoted(_ text: String) -> String {
        var bytes: [UInt8] = []
        appendEscaped(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func appendHex4(_ value: UInt32, to bytes: inout [UInt8]) {
        for shift in stride(from: 12, through: 0, by: -4) {
            let digit = UInt8((value >> UInt32(shift)) & 0xF)
            bytes.append(digit < 10 ? 48 + digit : 87 + digit)
        }
    }

    /// Appends `value`'s decimal digits, zeros before them up to `width` digits (as ``TimexValue/pad(_:_:)``).
    static func appendPadded(_ value: Int, width: Int, to bytes: inout [UInt8]) {
        guard value >= 0 else { return bytes.append(contentsOf: TimexValue.pad(value, width).utf8) }
        var digits = 1, rest = value
        while rest >= 10 {
            digits += 1
            rest /= 10
        }
        for _ in digits..<max(digits, width) { bytes.append(48) }
        appendDecimal(value, to: &bytes)
    }

    /// Appends the decimal digits of `value`.
    static func appendDecimal(_ value: Int, to bytes: inout [UInt8]) {
        if value < 0 {
            bytes.append(UInt8(ascii: "-"))
            // The magnitude of Int.min does not fit an Int.
            return appendDecimal(UInt(value.magnitude), to: &bytes)
        }
        appendDecimal(UInt(value), to: &bytes)
    }

    private static func appendDecimal(_ value: UInt, to bytes: inout [UInt8]) {
        if value >= 10 { appendDecimal(value / 10, to: &bytes) }
        bytes.append(48 + UInt8(value % 10))
    }

    // MARK: - Layout

    /// Appends `text` as it is: layout between values (new lines, indentation), or a literal already encoded.
    /// It takes no part in separating values (see ``raw(_:)`` for a value).
    public mutating func verbatim(_ text: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Appends bytes as they are (layout, or JSON written by another writer).
    public mutating func verbatim(bytes more: [UInt8]) {
        bytes.append(contentsOf: more)
    }

    // MARK: - Compact values (separators ", " and ": ")

    private mutating func beforeValue() {
        if afterKey {
            afterKey = false
            return
        }
        if let last = needsComma.last {
            if last { verbatim(", ") }
            needsComma[needsComma.count - 1] = true
        }
    }

    public mutating func key(_ name: String) {
        beforeValue()
        JSONWriter.appendEscaped(name, to: &bytes)
        verbatim(": ")
        afterKey = true
    }

    /// A key given as a literal that needs no escape (`"id"`, `"publishedFrom"`): its bytes are copied as they
    /// are, not scanned for characters to escape.
    public mutating func key(verbatim name: StaticString) {
        beforeValue()
        let text = UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount)
        assert(JSONStringBytes.nextSpecial(in: text, from: 0, writing: true) == text.count, "a key to escape")
        bytes.append(0x22)
        bytes.append(contentsOf: text)
        verbatim("\": ")
        afterKey = true
    }

    public mutating func string(_ value: String) {
        beforeValue()
        JSONWriter.appendEscaped(value, to: &bytes)
    }

    public mutating func string(_ value: String?) {
        if let value { string(value) } else { null() }
    }

    /// A date as its string, `"YYYY-MM-DD"` (``SimpleDate/description``), or `null`.
    public mutating func string(_ date: SimpleDate?) {
        guard let date else { return null() }
        beforeValue()
        bytes.append(0x22)
        JSONWriter.appendPadded(date.year, width: 4, to: &bytes)
        bytes.append(UInt8(ascii: "-"))
        JSONWriter.appendPadded(date.month, width: 2, to: &bytes)
        bytes.append(UInt8(ascii: "-"))
        JSONWriter.appendPadded(date.day, width: 2, to: &bytes)
        bytes.append(0x22)
    }

    public mutating func int(_ value: Int) {
        beforeValue()
        JSONWriter.appendDecimal(value, to: &bytes)
    }

    public mutating func bool(_ value: Bool) {
        beforeValue()
        if value { verbatim("true") } else { verbatim("false") }
    }

    public mutating func null() {
        beforeValue()
        verbatim("null")
    }

    /// Inserts already-encoded JSON as a value.
    public mutating func raw(_ json: String) {
        beforeValue()
        bytes.append(contentsOf: json.utf8)
    }

    public mutating func object(_ body: (inout JSONWriter) -> Void) {
        beforeValue()
        bytes.append(UInt8(ascii: "{"))
        needsComma.append(false)
        body(&self)
        needsComma.removeLast()
        bytes.append(UInt8(ascii: "}"))
    }

    public mutating func array(_ body: (inout JSONWriter) -> Void) {
        beforeValue()
        bytes.append(UInt8(ascii: "["))
        needsComma.append(false)
        body(&self)
        needsComma.removeLast()
        bytes.append(UInt8(ascii: "]"))
    }
}
