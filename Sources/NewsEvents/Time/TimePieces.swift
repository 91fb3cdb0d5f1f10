/// The unit the time patterns match: a token, or a part of a hyphenated token (`third-quarter` is
/// `third` `-` `quarter`), so that patterns see `90-day` and `90 day` alike.
///
/// A match must start and end on token boundaries, so a timex always covers whole tokens.
struct TimePiece: Sendable {
    var lower: String
    var span: Span
    /// Index of the document token the piece comes from.
    var token: Int
    var startsToken: Bool
    var endsToken: Bool
    /// Number of digits when the piece is all digits, else 0.
    var digits: Int
    /// The piece holds a digit (`90`, `3rd`, `1990s`).
    var hasDigit: Bool
    /// Numeric value of an all-digit piece, or of a number with thousands separators (`1,000`).
    var number: Int?
    var capitalized: Bool
    /// First piece of its sentence.
    var sentenceStart: Bool
    /// Sentence index of the piece's token.
    var sentence: Int
}

enum TimePieces {
    /// Splits a document's tokens into pieces (hyphenated tokens into parts and hyphens).
    static func make(_ document: AnnotatedDocument) -> [TimePiece] {
        var pieces: [TimePiece] = []
        pieces.reserveCapacity(document.tokens.count + 16)
        var sentenceOf = 0
        var sentenceStarts = [Bool](repeating: false, count: document.tokens.count + 1)
        for sentence in document.sentences where sentence.tokens.lowerBound >= 0
            && sentence.tokens.lowerBound < sentenceStarts.count
        {
            sentenceStarts[sentence.tokens.lowerBound] = true
        }
        var sentenceIndex = -1
        let scalars = document.scalars
        for (index, token) in document.tokens.enumerated() {
            let isStart = sentenceStarts[index]
            if isStart { sentenceIndex += 1 }
            sentenceOf = max(sentenceIndex, 0)
            let hyphenated = token.lower.utf8.count > 2 && token.lower.utf8.contains(UInt8(ascii: "-"))
                && token.shape != .punctuation
            if !hyphenated {
                pieces.append(piece(token.lower, token.text, token.span, index, true, true, isStart, sentenceOf))
                continue
            }
            // Split on hyphens, by code points of the document text.
            var partStart = token.span.start
            var first = true
            var position = token.span.start
            func flush(_ end: Int, last: Bool) {
                guard end > partStart else { return }
                let text = String(scalars: scalars[partStart..<end])
                pieces.append(piece(
                    text.lowercased(), text, Span(start: partStart, end: end), index, first, last,
                    isStart && first, sentenceOf))
                first = false
            }
            while position < token.span.end {
                let c = scalars[position]
                if c == "-" || c == "\u{2011}" {
                    flush(position, last: false)
                    pieces.append(piece(
                        "-", "-", Span(start: position, end: position + 1), index, false, false, false, sentenceOf))
                    partStart = position + 1
                    first = false
                }
                position += 1
            }
            flush(token.span.end, last: true)
            if let lastIndex = pieces.indices.last { pieces[lastIndex].endsToken = true }
        }
        return pieces
    }

    private static func piece(
        _ lower: String, _ text: String, _ span: Span, _ token: Int, _ starts: Bool, _ ends: Bool,
        _ sentenceStart: Bool, _ sentence: Int
    ) -> TimePiece {
        var digits = 0
        var allDigits = true
        var value = 0
        var sawDigit = false
        var numeric = true
        var count = 0
        for byte in lower.utf8 {
            count += 1
            if isDigitByte(byte) {
                digits += 1
                sawDigit = true
                if value < 1_000_000_000 { value = value * 10 + Int(byte - 48) }
            } else {
                allDigits = false
                if byte != UInt8(ascii: ",") { numeric = false }
            }
        }
        let first = text.unicodeScalars.first
        var capitalized = false
        if let first {
            // ASCII: only A-Z are upper case.
            capitalized = first.isASCII ? (first.value >= 65 && first.value <= 90) : first.properties.isUppercase
        }
        return TimePiece(
            lower: lower, span: span, token: token, startsToken: starts, endsToken: ends,
            digits: allDigits ? digits : 0, hasDigit: sawDigit,
            number: sawDigit && (allDigits || (numeric && count >= 5)) ? value : nil,
            capitalized: capitalized, sentenceStart: sentenceStart, sentence: sentence)
    }
}
