/// ``TextHeader/parse(_:)`` of the usual plain-text article, whose first lines are ASCII without a carriage
/// return (so each byte is one character and one code point): the same fields and body offset, read on the
/// bytes without a substring, a character count or a line iterator per line. A text whose header lines hold
/// any other byte, or that opens with YAML front matter, is left to ``TextHeader``.
///
/// ```swift
/// ASCIIKeyValueBlock.parse("Title: Deal\nPublished: 1987-04-07\n\nTOKYO, April 7 - ...")
/// // .some(TextHeader(fields: title "Deal", published "1987-04-07", bodyOffset: 35))
/// ASCIIKeyValueBlock.parse("---\ntitle: Deal\n---\n...")   // nil: front matter, read the general way
/// ```
enum ASCIIKeyValueBlock {
    /// The header of `text`: `.some(header)` when this type decides it, `nil` when ``TextHeader`` must.
    static func parse(_ text: String) -> TextHeader? {
        var text = text
        return text.withUTF8 { parse(bytes: $0) }
    }

    private static func parse(bytes: UnsafeBufferPointer<UInt8>) -> TextHeader? {
        var pairs: [(key: Range<Int>, value: String)] = []
        var start = 0
        var lines = 0
        // As ``HeaderLines``: at most 200 lines, each up to its line feed (no carriage return is let through).
        while lines < 200, start < bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != 0x0A {
                guard bytes[end] < 0x80, bytes[end] != 0x0D else { return nil }
                end += 1
            }
            let next = end < bytes.count ? end + 1 : end
            let line = start..<end
            let content = trimmed(line, bytes)
            if lines == 0, content.count == 3, bytes[content.lowerBound] == UInt8(ascii: "-"),
               bytes[content.lowerBound + 1] == UInt8(ascii: "-"), bytes[content.lowerBound + 2] == UInt8(ascii: "-") {
                return nil  // YAML front matter
            }
            lines += 1
            if content.isEmpty {
                // The blank line that ends the block.
                guard !pairs.isEmpty else { return TextHeader() }
                var header = TextHeader()
                var known = false
                for pair in pairs {
                    let key = String(decoding: UnsafeBufferPointer(rebasing: bytes[pair.key]), as: UTF8.self)
                    guard DocumentFields.headerKeys.contains(key.lowercased()) else { continue }
                    header.fields.set(key, pair.value)
                    known = true
                }
                header.bodyOffset = next
                return known ? header : TextHeader()
            }
            if bytes[start] == UInt8(ascii: " ") || bytes[start] == UInt8(ascii: "\t"), !pairs.isEmpty {
                pairs[pairs.count - 1].value += " " + string(content, bytes)
            } else if let pair = split(line, bytes) {
                pairs.append(pair)
            } else {
                return TextHeader()
            }
            start = next
        }
        return TextHeader()
    }

    /// `Key: value` with a key of letters, digits, `-`, `_` or spaces, at most 30 bytes (``KeyValueBlock/split(_:)``).
    private static func split(_ line: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> (key: Range<Int>, value: String)? {
        guard let colon = bytes[line].firstIndex(of: UInt8(ascii: ":")) else { return nil }
        let key = line.lowerBound..<colon
        guard !key.isEmpty, isLetter(bytes[key.lowerBound]), key.count <= 30,
              bytes[key].allSatisfy({ isLetter($0) || ($0 >= 48 && $0 <= 57) || $0 == 0x2D || $0 == 0x5F || $0 == 0x20 })
        else { return nil }
        return (key, string(trimmed((colon + 1)..<line.upperBound, bytes), bytes))
    }

    /// Without spaces and tabs at either end (``IngestText/trim(_:_:)`` of ASCII).
    private static func trimmed(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, bytes[lower] == 0x20 || bytes[lower] == 0x09 { lower += 1 }
        while upper > lower, bytes[upper - 1] == 0x20 || bytes[upper - 1] == 0x09 { upper -= 1 }
        return lower..<upper
    }

    private static func string(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        let lower = byte | 0x20
        return lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")
    }
}
