/// Explains why a line is not JSON ("expected ',' or '}' at column 24"), for error messages: Foundation's
/// parser only says "around character N". Iterative, so deep nesting cannot overflow the stack.
///
/// ```swift
/// JSONSyntaxCheck.firstError(in: Array(#"{"id": "a" "text": "b"}"#.utf8))   // "expected ',' or '}' at column 12"
/// JSONSyntaxCheck.firstError(in: Array(#"{"id": "a"}"#.utf8))               // nil
/// ```
public struct JSONSyntaxCheck {
    private enum Expect { case value, valueOrClose, key, keyOrClose, colon, commaOrClose, end }

    private let bytes: [UInt8]
    private var index = 0
    private var stack: [UInt8] = []
    private var expect = Expect.value

    /// The first syntax error, or `nil` when the bytes are one well-formed JSON value.
    public static func firstError(in bytes: some Collection<UInt8>) -> String? {
        var check = JSONSyntaxCheck(bytes: Array(bytes))
        return check.run()
    }

    private init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    private mutating func run() -> String? {
        while true {
            while index < bytes.count, ContentSniffer.isSpace(bytes[index]) { index += 1 }
            guard index < bytes.count else { return expect == .end ? nil : missing() + " at end of line" }
            if let error = step(bytes[index]) {
                return error + (index < bytes.count ? " at column \(column)" : " at end of line")
            }
        }
    }

    private mutating func step(_ byte: UInt8) -> String? {
        switch expect {
        case .value, .valueOrClose:
            if expect == .valueOrClose, byte == UInt8(ascii: "]") { return close() }
            return value(byte)
        case .key, .keyOrClose:
            if expect == .keyOrClose, byte == UInt8(ascii: "}") { return close() }
            guard byte == UInt8(ascii: "\"") else { return missing() }
            if let error = string() { return error }
            expect = .colon
        case .colon:
            guard byte == UInt8(ascii: ":") else { return missing() }
            index += 1
            expect = .value
        case .commaOrClose:
            if byte == UInt8(ascii: ",") {
                index += 1
                expect = stack.last == UInt8(ascii: "{") ? .key : .value
                return nil
            }
            guard byte == (stack.last == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")) else { return missing() }
            return close()
        case .end:
            return "unexpected text after the JSON value"
        }
        return nil
    }

    private mutating func value(_ byte: UInt8) -> String? {
        switch byte {
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            stack.append(byte)
            index += 1
            expect = byte == UInt8(ascii: "{") ? .keyOrClose : .valueOrClose
            return nil
        case UInt8(ascii: "\""):
            if let error = string() { return error }
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            if let error = number() { return error }
        case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
            if let error = literal() { return error }
        default:
            return missing()
        }
        afterValue()
        return nil
    }

    private mutating func close() -> String? {
        stack.removeLast()
        index += 1
        afterValue()
        return nil
    }

    private mutating func afterValue() {
        expect = stack.isEmpty ? .end : .commaOrClose
    }

    private mutating func string() -> String? {
        index += 1
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                index += 1
                return nil
            }
            if byte < 0x20 { return "control character in a string" }
            index += byte == UInt8(ascii: "\\") ? 2 : 1
        }
        return "unterminated string"
    }

    private mutating func number() -> String? {
        let start = index
        let allowed = Set("+-.eE0123456789".utf8)
        while index < bytes.count, allowed.contains(bytes[index]) { index += 1 }
        let text = bytes[start..<index]
        return text.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) ? nil : "invalid number"
    }

    private mutating func literal() -> String? {
        for word in ["true", "false", "null"] where bytes[index...].starts(with: word.utf8) {
            index += word.utf8.count
            return nil
        }
        return missing()
    }

    /// "expected ..." for the current state.
    private func missing() -> String {
        switch expect {
        case .value: return "expected a value"
        case .valueOrClose: return "expected a value or ']'"
        case .key: return "expected a string key"
        case .keyOrClose: return "expected a string key or '}'"
        case .colon: return "expected ':'"
        case .commaOrClose: return stack.last == UInt8(ascii: "{") ? "expected ',' or '}'" : "expected ',' or ']'"
        case .end: return "unexpected text after the JSON value"
        }
    }

    /// 1-based column of `index`, in code points.
    private var column: Int {
        bytes[..<min(index, bytes.count)].reduce(1) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    }
}
