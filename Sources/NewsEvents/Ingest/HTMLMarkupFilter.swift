#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Takes out of HTML bytes, before libxml2 reads them, what the reader would drop anyway and libxml2 reads
/// slowly, character by character:
/// - the bodies of `<script>` and `<style>` elements (a quarter to half of a modern page): the elements stay,
///   empty (``HTMLBoilerplate/nonContentTags`` drops them);
/// - the attributes that ``HTMLReader`` never reads (`src`, `srcset`, `data-*`, `onclick`, ...; `href` but on
///   `<link>`): ``HTMLTree/consultedAttributes`` keeps the rest.
///
/// The scan follows libxml2's HTML tokenizer (2.9) so as to see tags where libxml2 sees them: comments
/// (`<!-- ... -->`, `--!>`), declarations and processing instructions are skipped; a start tag is read
/// attribute by attribute (a quote opens a value only after `name=`; anything else is skipped to the next
/// white space or `>`); a body ends at the first `</script` (`</style`) in any case, as in libxml2's
/// recovery mode. What is in doubt is left as it is: a script whose tag or body may be JSON-LD (`json` in
/// the tag, or a body that starts with `{`: ``JSONLDReader`` reads it), a body that starts with `</`
/// (libxml2 reads that end tag), a body or tag that the input ends inside.
///
/// `<script/>` is read as a browser reads it: the slash is ignored and what follows is the script's body
/// (libxml2 alone would show that code as page text).
///
/// ```swift
/// let page = #"<p data-id="7" class="x">Hi<script>var a = "<b>";</script><a href="/next">more</a>"#
/// String(decoding: HTMLMarkupFilter.filtered(Array(page.utf8)), as: UTF8.self)
/// // #"<p  class="x">Hi<script></script><a >more</a>"#
/// ```
enum HTMLMarkupFilter {
    /// `bytes` (UTF-8, or any encoding that keeps ASCII bytes for ASCII) without script and style bodies
    /// and unread attributes.
    static func filtered(_ bytes: [UInt8]) -> [UInt8] {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, !buffer.isEmpty else { return bytes }
            var scanner = Scanner(base: base, count: buffer.count)
            scanner.run()
            guard scanner.copied > 0 else { return bytes }
            scanner.copy(upTo: buffer.count)
            return scanner.output
        }
    }

    /// Attribute names kept (lower case), by their first byte: ``HTMLTree/consultedAttributes``.
    static let keptNames: [[[UInt8]]] = {
        var table = Array(repeating: [[UInt8]](), count: 128)
        for name in HTMLTree.consultedAttributes { table[Int(name.utf8.first!)].append(Array(name.utf8)) }
        return table
    }()

    private static let script = Array("script".utf8)
    private static let style = Array("style".utf8)
    private static let link = Array("link".utf8)
    private static let href = Array("href".utf8)
    private static let json = Array("json".utf8)

    private struct Scanner {
        let base: UnsafePointer<UInt8>
        let count: Int
        var output: [UInt8] = []
        /// Bytes before this index are in `output` or dropped; `output` is empty while nothing was dropped.
        var copied = 0

        init(base: UnsafePointer<UInt8>, count: Int) {
            self.base = base
            self.count = count
        }

        mutating func copy(upTo end: Int) {
            if output.isEmpty { output.reserveCapacity(count) }
            output.append(contentsOf: UnsafeBufferPointer(start: base + copied, count: end - copied))
        }

        /// Drops `range` (after what is before it is copied).
        mutating func drop(_ range: Range<Int>) {
            copy(upTo: range.lowerBound)
            copied = range.upperBound
        }

        mutating func run() {
            var index = 0
            while let open = find(UInt8(ascii: "<"), from: index), open + 1 < count {
                let next = base[open + 1]
                if isLetter(next) {
                    guard let (end, raw) = startTag(at: open) else { return }
                    index = end
                    guard let raw else { continue }
                    guard let close = findEndTag(raw, from: end) else { return }
                    if mayDropBody(raw, tag: open..<end, body: end..<close) { drop(end..<close) }
                    index = close
                } else if next == UInt8(ascii: "!") {
                    let comment = open + 3 < count && base[open + 2] == UInt8(ascii: "-") && base[open + 3] == UInt8(ascii: "-")
                    guard let end = comment ? findCommentEnd(from: open + 4) : find(UInt8(ascii: ">"), from: open + 2)
                    else { return }
                    index = end + 1
                } else if next == UInt8(ascii: "?") || (next == UInt8(ascii: "/") && open + 2 < count && isLetter(base[open + 2])) {
                    guard let end = find(UInt8(ascii: ">"), from: open + 2) else { return }
                    index = end + 1
                } else {
                    index = open + 1
                }
            }
        }

        /// Reads the start tag at `open`, dropping the attributes not kept: where it ends (after `>` or
        /// `/>`) and `script` or `style` when it opens one; `nil` when the input ends inside it.
        private mutating func startTag(at open: Int) -> (end: Int, raw: [UInt8]?)? {
            var cursor = open + 1
            while cursor < count, isNameByte(base[cursor]) { cursor += 1 }
            let name = open + 1..<cursor
            let raw = matches(HTMLMarkupFilter.script, name) ? HTMLMarkupFilter.script
                : matches(HTMLMarkupFilter.style, name) ? HTMLMarkupFilter.style : nil
            let isLink = matches(HTMLMarkupFilter.link, name)
            skipBlanks(&cursor)
            while cursor < count {
                let byte = base[cursor]
                if byte == UInt8(ascii: ">") { return (cursor + 1, raw) }
                if byte == UInt8(ascii: "/"), cursor + 1 < count, base[cursor + 1] == UInt8(ascii: ">") {
                    return (cursor + 2, raw)
                }
                if isLetter(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: ".") {
                    let start = cursor
                    while cursor < count, isNameByte(base[cursor]) { cursor += 1 }
                    let attribute = start..<cursor
                    skipBlanks(&cursor)
                    if cursor < count, base[cursor] == UInt8(ascii: "=") {
                        cursor += 1
                        skipBlanks(&cursor)
                        guard cursor < count else { return nil }
                        let quote = base[cursor]
                        if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                            guard let end = find(quote, from: cursor + 1) else { return nil }
                            cursor = end + 1
                        } else {
                            while cursor < count, !isBlank(base[cursor]), base[cursor] != UInt8(ascii: ">") { cursor += 1 }
                        }
                    }
                    if !isKept(attribute, isLink: isLink) { drop(start..<cursor) }
                } else {
                    // A bogus attribute: libxml2 skips it to the next white space or the end of the tag.
                    while cursor < count, !isBlank(base[cursor]), base[cursor] != UInt8(ascii: ">"),
                          !(base[cursor] == UInt8(ascii: "/") && cursor + 1 < count && base[cursor + 1] == UInt8(ascii: ">")) {
                        cursor += 1
                    }
                }
                skipBlanks(&cursor)
            }
            return nil
        }

        /// Whether the reader consults an attribute of this name (`href` only on `<link>`).
        private func isKept(_ name: Range<Int>, isLink: Bool) -> Bool {
            let first = base[name.lowerBound] | 0x20
            guard first < 0x80 else { return false }
            for kept in HTMLMarkupFilter.keptNames[Int(first)] where matches(kept, name) {
                return isLink || kept != HTMLMarkupFilter.href
            }
            return false
        }

        /// Whether a script or style body may go (see the type's notes).
        private func mayDropBody(_ raw: [UInt8], tag: Range<Int>, body: Range<Int>) -> Bool {
            guard !body.isEmpty else { return false }
            if base[body.lowerBound] == UInt8(ascii: "<"), body.count > 1, base[body.lowerBound + 1] == UInt8(ascii: "/") {
                return false
            }
            guard raw == HTMLMarkupFilter.script else { return true }
            var first = body.lowerBound
            while first < body.upperBound, ContentSniffer.isSpace(base[first]) { first += 1 }
            if first < body.upperBound, base[first] == UInt8(ascii: "{") { return false }
            var index = tag.lowerBound
            while index + 4 <= tag.upperBound {
                if base[index] | 0x20 == UInt8(ascii: "j"), matches(HTMLMarkupFilter.json, index..<index + 4) { return false }
                index += 1
            }
            return true
        }

        /// The index of the first `</name` (any case) at or after `start`.
        private func findEndTag(_ name: [UInt8], from start: Int) -> Int? {
            var index = start
            while let open = find(UInt8(ascii: "<"), from: index) {
                if open + 2 + name.count <= count, base[open + 1] == UInt8(ascii: "/"),
                   matches(name, open + 2..<open + 2 + name.count) {
                    return open
                }
                index = open + 1
            }
            return nil
        }

        /// The index of the `>` that ends a comment whose text starts at `start`: the first `-->` or `--!>`.
        private func findCommentEnd(from start: Int) -> Int? {
            var index = start
            while let close = find(UInt8(ascii: ">"), from: index) {
                let dashes = close >= start + 2 && base[close - 1] == UInt8(ascii: "-") && base[close - 2] == UInt8(ascii: "-")
                let bang = close >= start + 3 && base[close - 1] == UInt8(ascii: "!") && base[close - 2] == UInt8(ascii: "-")
                    && base[close - 3] == UInt8(ascii: "-")
                if dashes || bang { return close }
                index = close + 1
            }
            return nil
        }

        /// Whether the bytes of `range` are `lowercase` in any case.
        private func matches(_ lowercase: [UInt8], _ range: Range<Int>) -> Bool {
            guard range.count == lowercase.count else { return false }
            // `| 0x20` lowers ASCII letters; the names compared are letters and `-`, which no other byte of a
            // tag or attribute name turns into.
            for offset in lowercase.indices where base[range.lowerBound + offset] | 0x20 != lowercase[offset] {
                return false
            }
            return true
        }

        private func find(_ byte: UInt8, from start: Int) -> Int? {
            guard start < count, let found = memchr(base + start, Int32(byte), count - start) else { return nil }
            return UnsafeRawPointer(found) - UnsafeRawPointer(base)
        }

        private func skipBlanks(_ cursor: inout Int) {
            while cursor < count, isBlank(base[cursor]) { cursor += 1 }
        }

        private func isLetter(_ byte: UInt8) -> Bool {
            (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
        }

        /// Letters, digits, `:`, `-`, `_`, `.`: what libxml2 reads as part of a tag or attribute name.
        private func isNameByte(_ byte: UInt8) -> Bool {
            isLetter(byte) || (byte >= 0x30 && byte <= 0x3A) || byte == 0x2D || byte == 0x5F || byte == 0x2E
        }

        /// libxml2's blanks in markup: space, tab, line feed, carriage return.
        private func isBlank(_ byte: UInt8) -> Bool {
            byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
        }
    }
}
