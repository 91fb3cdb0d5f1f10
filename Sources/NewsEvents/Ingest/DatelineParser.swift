/// A newswire dateline at the start of a story: "WASHINGTON, Nov 22 (Reuters) - ".
///
/// ```swift
/// let dateline = DatelineParser.parse("LONDON, Nov. 22, 2019 (Reuters) - Britain said ...")!
/// dateline.place       // "LONDON"
/// dateline.date        // 2019-11-22
/// dateline.agency      // "Reuters"
/// dateline.bodyStart   // 33: the code-point offset of "Britain"
/// ```
public struct Dateline: Hashable, Sendable {
    /// The place as written ("WASHINGTON", "SPRINGFIELD, Ill.").
    public var place: String
    /// The month and day, and the year when the dateline has one.
    public var date: DateParts?
    /// "Reuters", "AP", "PRNewswire".
    public var agency: String?
    /// Code-point offset just past the dash and the spaces after it: where the story proper starts.
    public var bodyStart: Int
}

/// Recognises datelines: a place (usually in capitals), optionally a date, optionally an agency in
/// parentheses or between slashes, then a dash (`-`, `--`, `–`, `—`), all on the first line:
///
/// - `WASHINGTON, Nov 22 (Reuters) -`, `WASHINGTON, April 7 - `, `SALVADOR, Feb 26 -`
/// - `LONDON, Nov. 22, 2019 (Reuters) -`, `TOKYO (AP) —`, `BRUSSELS, March 3 /PRNewswire/ --`
///
/// A place not written in capitals counts only when a date or an agency follows it ("Washington, Nov 22 -").
///
/// ```swift
/// DatelineParser.parse("TOKYO (AP) — Japan's ...")?.agency   // "AP"
/// DatelineParser.parse("The ministry said - again - ...")    // nil
/// ```
public enum DatelineParser {
    /// The longest head (place, date, agency) looked at, in code points.
    static let maximumHeadLength = 120

    /// The dateline at the start of `text` (leading whitespace allowed), or `nil`.
    public static func parse(_ text: some StringProtocol) -> Dateline? {
        parse(scalars: Array(text.unicodeScalars.prefix(maximumHeadLength + 40)))
    }

    /// ``parse(_:)`` of a text's first `maximumHeadLength + 40` code points.
    static func parse(scalars: [Unicode.Scalar]) -> Dateline? {
        parse(scalars: scalars[...])
    }

    /// ``parse(scalars:)`` of the code points of a slice, read in place; `bodyStart` counts from the slice's start.
    static func parse(scalars: ArraySlice<Unicode.Scalar>) -> Dateline? {
        var start = scalars.startIndex
        while start < scalars.endIndex, IngestText.isWhitespace(scalars[start]) { start += 1 }
        guard let dash = DatelineDash.find(in: scalars, from: start) else { return nil }
        let text = scalars[start..<dash.start]
        guard let head = ASCIIDatelineHead.reads(text) ? ASCIIDatelineHead.parse(text) : DatelineHead.parse(text) else {
            return nil
        }
        return Dateline(place: head.place, date: head.date, agency: head.agency, bodyStart: dash.end - scalars.startIndex)
    }
}

/// The dash that ends a dateline.
struct DatelineDash {
    var start: Int
    /// Past the dash and the spaces after it.
    var end: Int

    /// The first dash on the first line within the head limit: an em/en dash or `--` anywhere, a lone `-`
    /// only after a space and before a space or the story's first capital ("SALVADOR, Feb 26 -Brazil").
    static func find(in scalars: ArraySlice<Unicode.Scalar>, from start: Int) -> DatelineDash? {
        var index = start
        while index < scalars.endIndex, index - start <= DatelineParser.maximumHeadLength {
            let scalar = scalars[index]
            if scalar == "\n" { return nil }
            // Most scalars are no dash: a quick test before the full one.
            if scalar == "-" || (scalar.value >= 0x2013 && scalar.value <= 0x2015), let length = dashLength(scalars, at: index) {
                var end = index + length
                while end < scalars.endIndex, scalars[end] == " " || scalars[end] == "\u{A0}" { end += 1 }
                return DatelineDash(start: index, end: end)
            }
            index += 1
        }
        return nil
    }

    private static func dashLength(_ scalars: ArraySlice<Unicode.Scalar>, at index: Int) -> Int? {
        let scalar = scalars[index]
        if scalar == "\u{2014}" || scalar == "\u{2013}" || scalar == "\u{2015}" { return 1 }
        guard scalar == "-" else { return nil }
        var end = index
        while end < scalars.endIndex, scalars[end] == "-" { end += 1 }
        let length = end - index
        if length >= 2 { return length }
        let spaceBefore = index > scalars.startIndex && IngestText.isWhitespace(scalars[index - 1])
        guard spaceBefore else { return nil }
        let spaceAfter = end == scalars.endIndex || IngestText.isWhitespace(scalars[end])
        return spaceAfter || (end < scalars.endIndex && opensStory(scalars[end])) ? 1 : nil
    }

    /// A capital or an opening quote: the first character of a story set right after the dash.
    private static func opensStory(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "A"..."Z", "\"", "'", "\u{201C}", "\u{2018}": return true
        default: return scalar.value >= 0x80 && scalar.properties.isUppercase
        }
    }
}

/// The part of a dateline before the dash: "LONDON, Nov. 22, 2019 (Reuters)".
struct DatelineHead {
    private var text: Substring
    private(set) var place = ""
    private(set) var date: DateParts?
    private(set) var agency: String?

    init?(_ head: String) {
        let trimmed = IngestText.trim(head)
        guard !trimmed.isEmpty else { return nil }
        text = Substring(trimmed)
    }

    /// The place, date and agency of a head (the part of a dateline before its dash), or nil when it is none.
    static func parse(_ scalars: ArraySlice<Unicode.Scalar>) -> (place: String, date: DateParts?, agency: String?)? {
        guard var head = DatelineHead(String(scalars: scalars)), head.parse() else { return nil }
        return (head.place, head.date, head.agency)
    }

    /// Splits off the agency, then reads place and date from the comma-separated segments.
    mutating func parse() -> Bool {
        agency = takeAgency()
        let segments = DatelineHead.commaSegments(text).map { IngestText.trim($0) }
        guard let first = segments.first, DatelinePlace.isPlace(first) else { return false }
        var places = [first]
        for segment in segments.dropFirst() {
            guard absorb(segment, places: &places) else { return false }
        }
        place = places.joined(separator: ", ")
        return DatelinePlace.isCapitals(first) || date != nil || agency != nil
    }

    /// A segment after the place: the date, the date's year, or a place qualifier ("Ill.", "England").
    private mutating func absorb(_ segment: String, places: inout [String]) -> Bool {
        if date == nil, let parts = PublishedDateParser.parts(segment) {
            date = parts
        } else if let parts = date, parts.year == nil, let year = Int(segment), segment.count == 4 {
            date = DateParts(year: year, month: parts.month, day: parts.day)
        } else if date == nil, places.count < 3, DatelinePlace.isPlace(segment), IngestText.spaceSeparatedCount(segment) <= 3 {
            places.append(segment)
        } else {
            return false
        }
        return true
    }

    /// `text.split(separator: ",", omittingEmptySubsequences: false)`; on the bytes when `text` is ASCII (where
    /// a comma is always a character of its own).
    static func commaSegments(_ text: Substring) -> [Substring] {
        let utf8 = text.utf8
        guard !utf8.contains(where: { $0 >= 0x80 }) else { return text.split(separator: ",", omittingEmptySubsequences: false) }
        var segments: [Substring] = []
        var start = utf8.startIndex
        while let comma = utf8[start...].firstIndex(of: UInt8(ascii: ",")) {
            segments.append(text[start..<comma])
            start = utf8.index(after: comma)
        }
        segments.append(text[start...])
        return segments
    }

    /// Removes a trailing "(Reuters)" or "/PRNewswire/" and returns the agency.
    private mutating func takeAgency() -> String? {
        guard let last = text.last, last == ")" || last == "/" else { return nil }
        let open: Character = last == ")" ? "(" : "/"
        let body = text.dropLast()
        guard let openIndex = body.lastIndex(of: open) else { return nil }
        let name = IngestText.trim(body[body.index(after: openIndex)...])
        guard !name.isEmpty, name.count <= 40, name.first?.isLetter == true else { return nil }
        text = Substring(IngestText.trim(text[..<openIndex]))
        return name
    }
}

/// The place of a dateline: letters, spaces and `.'’-/&`, starting with a capital, at most five words.
enum DatelinePlace {
    static func isPlace(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, isUppercase(first) else { return false }
        guard IngestText.spaceSeparatedCount(text) <= 5 else { return false }
        var letters = 0
        for scalar in text.unicodeScalars {
            if isAlphabetic(scalar) {
                letters += 1
                continue
            }
            switch scalar {
            case " ", ".", "'", "\u{2019}", "-", "/", "&": continue
            default: return false
            }
        }
        return letters >= 2
    }

    /// All letters upper case ("WASHINGTON", "ST. LOUIS").
    static func isCapitals(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { !isAlphabetic($0) || isUppercase($0) }
    }

    /// `properties.isAlphabetic`, without a property look-up for ASCII.
    @inline(__always) private static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 { return (v >= 65 && v <= 90) || (v >= 97 && v <= 122) }
        return scalar.properties.isAlphabetic
    }

    /// `properties.isUppercase`, without a property look-up for ASCII.
    @inline(__always) private static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 { return v >= 65 && v <= 90 }
        return scalar.properties.isUppercase
    }
}
