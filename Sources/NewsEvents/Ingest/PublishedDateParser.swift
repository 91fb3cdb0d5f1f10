/// Reads the publication dates found in headers, records, meta tags and bylines.
///
/// Accepted: ISO 8601 (`1987-04-07`, `1987-04-07T15:01:01-05:00`), `April 7, 1987`, `7 April 1987`,
/// `Nov. 22, 2019`, `2019/11/22`, `22.11.2019`, `8.5.12`, `20191122`, RFC 2822 (`Fri, 22 Nov 2019 10:00:00 GMT`), and
/// month names in a few European languages. The time of day is ignored (the date is the one written, not
/// converted between time zones). Numeric day/month orders that could be read both ways (`03/04/2019`) give
/// `nil`: no guessing.
///
/// ```swift
/// PublishedDateParser.parse("Fri, 22 Nov 2019 10:00:00 GMT")   // 2019-11-22
/// PublishedDateParser.parse("Nov. 22, 2019")                   // 2019-11-22
/// PublishedDateParser.parts("Nov 22")                          // XXXX-11-22
/// PublishedDateParser.firstDate(in: "By Ann Lee | October 26, 2021")   // 2021-10-26
/// ```
public enum PublishedDateParser {
    /// The date the whole string states (a year is required).
    public static func parse(_ text: some StringProtocol) -> SimpleDate? {
        if let date = isoDay(text) { return date }
        let iso = text.utf8.first == UInt8(ascii: " ") ? SimpleDate(iso: text.drop(while: { $0 == " " })) : SimpleDate(iso: text)
        if let date = iso { return date }
        return parts(text)?.date
    }

    /// `SimpleDate(iso: text)` read on contiguous bytes for the usual record date (`1987-02-26T15:01:01`,
    /// `2019-11-22`), without copying them; nil for anything else, which ``parse(_:)`` reads the general way.
    private static func isoDay(_ text: some StringProtocol) -> SimpleDate? {
        text.utf8.withContiguousStorageIfAvailable { bytes -> SimpleDate? in
            guard bytes.count >= 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
            if bytes.count > 10, bytes[10] != UInt8(ascii: "T"), bytes[10] != UInt8(ascii: " ") { return nil }
            func number(_ range: Range<Int>) -> Int? {
                var value = 0
                for index in range {
                    let digit = bytes[index] &- 48
                    guard digit < 10 else { return nil }
                    value = value * 10 + Int(digit)
                }
                return value
            }
            guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
            return SimpleDate(year: year, month: month, day: day)
        } ?? nil
    }

    /// The date the whole string states, the year allowed to be missing ("Nov 22", "7 April").
    public static func parts(_ text: some StringProtocol) -> DateParts? {
        parts(scalars: Array(text.unicodeScalars))
    }

    /// ``parts(_:)`` of a string's code points.
    static func parts(scalars: [Unicode.Scalar]) -> DateParts? {
        let values = DateValue.values(of: DateTokenizer.tokens(scalars: scalars))
        guard values.count <= 3 else { return nil }
        return match(values[...])
    }

    /// The first complete date (with a year) anywhere in a short text such as a byline.
    public static func firstDate(in text: some StringProtocol) -> SimpleDate? {
        let values = DateValue.values(of: DateTokenizer.tokens(text))
        for start in values.indices {
            for length in [3, 1] where start + length <= values.count {
                if let date = match(values[start..<start + length])?.date { return date }
            }
        }
        return nil
    }

    /// A complete date that opens `text` (after brackets, and a weekday, a dateline's place or nothing else in
    /// words): "(18.01.2018) Berlin ...", "Donnerstag, 15.2.2018, 19:51 ..." and "Karlsruhe, (12.11.2021).
    /// Traditionell ..." open with a date, "Am 15.12.2016 trafen sich ..." does not.
    public static func leadingDate(in text: some StringProtocol) -> SimpleDate? {
        var head = Substring(text.drop(while: { $0.isWhitespace || $0 == "(" || $0 == "[" || $0 == "|" || $0 == "-" }).prefix(48))
        if let place = placeBeforeDate(head) {
            head = head[place...].drop(while: { $0.isWhitespace || $0 == "(" || $0 == "[" }).prefix(48)
            guard head.first?.isNumber == true else { return nil }
        }
        if let first = head.first, first.isLetter {
            let word = head.prefix(while: \.isLetter).lowercased()
            guard DateWords.months[word] != nil || DateWords.weekdays.contains(word) else { return nil }
        }
        let values = DateValue.values(of: DateTokenizer.tokens(head))
        for length in [3, 1] where values.count >= length {
            if let date = match(values[0..<length])?.date { return date }
        }
        return nil
    }

    /// Where the date starts after a place that opens a dateline, "Karlsruhe, (12.11.2021)." or "Bad Homburg,
    /// 12.11.2021 -": one to three capitalised words, a comma, then a digit or a bracket; `nil` otherwise.
    static func placeBeforeDate(_ head: Substring) -> Substring.Index? {
        guard let first = head.first, first.isUppercase, let comma = head.firstIndex(of: ","),
              head.distance(from: head.startIndex, to: comma) <= 32 else { return nil }
        let words = head[..<comma].split(separator: " ")
        guard (1...3).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true && $0.allSatisfy(\.isLetter) })
        else { return nil }
        let rest = head[head.index(after: comma)...].drop(while: \.isWhitespace)
        guard let next = rest.first, next.isNumber || next == "(" else { return nil }
        return rest.startIndex
    }

    static func match(_ values: ArraySlice<DateValue>) -> DateParts? {
        let tokens = values.map(\.token)
        switch tokens.count {
        case 1: return compact(tokens[0])
        case 2: return monthAndDay(tokens[0], tokens[1])
        case 3: return named(tokens) ?? numeric(Array(values))
        default: return nil
        }
    }

    /// `20191122`.
    private static func compact(_ token: DateToken) -> DateParts? {
        guard case .number(let value, 8) = token else { return nil }
        return validated(year: value / 10000, month: value / 100 % 100, day: value % 100)
    }

    /// `Nov 22`, `22 Nov`.
    private static func monthAndDay(_ first: DateToken, _ second: DateToken) -> DateParts? {
        switch (first, second) {
        case (.month(let month), .number(let day, let digits)) where digits <= 2,
             (.number(let day, let digits), .month(let month)) where digits <= 2:
            return validated(year: nil, month: month, day: day)
        default:
            return nil
        }
    }

    /// `Nov 22 2019`, `22 Nov 2019`, `2019 Nov 22`.
    private static func named(_ tokens: [DateToken]) -> DateParts? {
        switch (tokens[0], tokens[1], tokens[2]) {
        case (.month(let month), .number(let day, let dayDigits), .number(let year, 4)) where dayDigits <= 2,
             (.number(let day, let dayDigits), .month(let month), .number(let year, 4)) where dayDigits <= 2,
             (.number(let year, 4), .month(let month), .number(let day, let dayDigits)) where dayDigits <= 2:
            return validated(year: year, month: month, day: day)
        default:
            return nil
        }
    }

    /// `2019-11-22`, `2019/11/22`, `22.11.2019`, `22.11.19` (a two-digit year is 1941-2040), and `d/m/yyyy` or
    /// `m/d/yyyy` when only one reading is possible.
    private static func numeric(_ values: [DateValue]) -> DateParts? {
        guard case .number(let a, let aDigits) = values[0].token,
              case .number(let b, let bDigits) = values[1].token,
              case .number(let c, let cDigits) = values[2].token,
              bDigits <= 2, values[1].separatorBefore != nil, values[1].separatorBefore == values[2].separatorBefore
        else { return nil }
        if aDigits == 4, cDigits <= 2 { return validated(year: a, month: b, day: c) }
        if aDigits <= 2, cDigits == 2, values[1].separatorBefore == "." {
            return validated(year: c <= 40 ? 2000 + c : 1900 + c, month: b, day: a)
        }
        guard aDigits <= 2, cDigits == 4 else { return nil }
        if values[1].separatorBefore == "." || a > 12 { return validated(year: c, month: b, day: a) }
        if b > 12 || a == b { return validated(year: c, month: a, day: b) }
        return nil
    }

    private static func validated(year: Int?, month: Int, day: Int) -> DateParts? {
        if let year {
            guard (1000...2999).contains(year), SimpleDate(year: year, month: month, day: day) != nil else { return nil }
        } else {
            guard (1...12).contains(month), day >= 1, day <= SimpleDate.daysIn(month: month, year: 2000) else {
                return nil
            }
        }
        return DateParts(year: year, month: month, day: day)
    }
}

/// A number or month name of a date string, with the separator written just before it.
struct DateValue {
    var token: DateToken
    var separatorBefore: Unicode.Scalar?

    /// The values of a token list; an unknown word makes the strict patterns fail, so it is kept as a value.
    static func values(of tokens: [DateToken]) -> [DateValue] {
        var values: [DateValue] = []
        var separator: Unicode.Scalar?
        for token in tokens {
            if case .separator(let scalar) = token {
                separator = separator ?? scalar
                continue
            }
            values.append(DateValue(token: token, separatorBefore: separator))
            separator = nil
        }
        return values
    }
}
