/// A small JSON writer that appends to a string, so that key order is exactly the caller's and output is
/// byte-stable (no Foundation, no dictionary ordering).
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
    public private(set) var output: String = ""
    /// One flag per open container: whether something was already written in it.
    private var needsComma: [Bool] = []
    private var afterKey = false

    public init() {}

    /// Appends `text` as a JSON string literal (with quotes) to `output`.
    public static func appendEscaped(_ text: String, to output: inout String) {
        output += "\""
        // Runs of bytes that need no escape are appended whole.
        let utf8 = text.utf8
        var runStart = utf8.startIndex
        var i = utf8.startIndex
        while i != utf8.endIndex {
            let byte = utf8[i]
            var next = utf8.index(after: i)
            let escape: String
            switch byte {
            case 0x22: escape = "\\\""
            case 0x5C: escape = "\\\\"
            case 0x0A: escape = "\\n"
            case 0x0D: escape = "\\r"
            case 0x09: escape = "\\t"
            case 0x00..<0x20, 0x7F: escape = "\\u" + hex4(UInt32(byte))
            case 0xE2:
                // U+2028 and U+2029: E2 80 A8, E2 80 A9.
                guard next != utf8.endIndex, utf8[next] == 0x80 else { i = next; continue }
                let third = utf8.index(after: next)
                guard third != utf8.endIndex, utf8[third] == 0xA8 || utf8[third] == 0xA9 else { i = next; continue }
                escape = "\\u" + hex4(utf8[third] == 0xA8 ? 0x2028 : 0x2029)
                next = utf8.index(after: third)
            default:
                i = next
                continue
            }
            output += text[runStart..<i]
            output += escape
            i = next
            runStart = next
        }
        output += text[runStart..<utf8.endIndex]
        output += "\""
    }

    /// A JSON string literal for `text`.
    public static func quoted(_ text: String) -> String {
        var result = ""
        appendEscaped(text, to: &result)
        return result
    }

    private static func hex4(_ value: UInt32) -> String {
        let digits = Array("0123456789abcdef".unicodeScalars)
        var result = ""
        for shift in stride(from: 12, through: 0, by: -4) {
            result.unicodeScalars.append(digits[Int((value >> UInt32(shift)) & 0xF)])
        }
        return result
    }

    // MARK: - Compact values (separators ", " and ": ")

    private mutating func beforeValue() {
        if afterKey {
            afterKey = false
            return
        }
        if let last = needsComma.last {
            if last { output += ", " }
            needsComma[needsComma.count - 1] = true
        }
    }

    public mutating func key(_ name: String) {
        beforeValue()
        JSONWriter.appendEscaped(name, to: &output)
        output += ": "
        afterKey = true
    }

    public mutating func string(_ value: String) {
        beforeValue()
        JSONWriter.appendEscaped(value, to: &output)
    }

    public mutating func string(_ value: String?) {
        if let value { string(value) } else { null() }
    }

    public mutating func int(_ value: Int) {
        beforeValue()
        output += String(value)
    }

    public mutating func bool(_ value: Bool) {
        beforeValue()
        output += value ? "true" : "false"
    }

    public mutating func null() {
        beforeValue()
        output += "null"
    }

    /// Inserts already-encoded JSON as a value.
    public mutating func raw(_ json: String) {
        beforeValue()
        output += json
    }

    public mutating func object(_ body: (inout JSONWriter) -> Void) {
        beforeValue()
        output += "{"
        needsComma.append(false)
        body(&self)
        needsComma.removeLast()
        output += "}"
    }

    public mutating func array(_ body: (inout JSONWriter) -> Void) {
        beforeValue()
        output += "["
        needsComma.append(false)
        body(&self)
        needsComma.removeLast()
        output += "]"
    }
}
