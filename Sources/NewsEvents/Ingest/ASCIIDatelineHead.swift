/// ``DatelineHead`` for the usual head, ASCII without a carriage return (so each byte is one character): the
/// same place, date and agency, read on the bytes without a string for each piece. Any other head is left to
/// ``DatelineHead``.
///
/// ```swift
/// ASCIIDatelineHead.parse(Array("LONDON, Nov. 22, 2019 (Reuters)".unicodeScalars)[...])
/// // (place: "LONDON", date: 2019-11-22, agency: "Reuters")
/// ```
enum ASCIIDatelineHead {
    /// Whether the head `scalars` is one this type reads: ASCII without a carriage return.
    static func reads(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        scalars.allSatisfy { $0.value < 0x80 && $0 != "\r" }
    }

    /// The place, date and agency of `scalars` (which this type ``reads(_:)``), the part of a dateline before its
    /// dash; nil when it is none.
    static func parse(_ scalars: ArraySlice<Unicode.Scalar>) -> (place: String, date: DateParts?, agency: String?)? {
        var text = trimmed(scalars.map { UInt8($0.value) }[...])
        guard !text.isEmpty else { return nil }
        let agency = takeAgency(&text)
        // The comma-separated segments, empty ones too (`split(omittingEmptySubsequences: false)`), walked one
        // comma at a time without an array of them.
        let comma = UInt8(ascii: ",")
        var end = text.firstIndex(of: comma) ?? text.endIndex
        let first = trimmed(text[..<end])
        guard isPlace(first) else { return nil }
        // The place qualifiers after the first place: an array only for the few heads that have one.
        var qualifiers: [ArraySlice<UInt8>] = []
        var date: DateParts?
        while end < text.endIndex {
            let start = end + 1
            end = text[start...].firstIndex(of: comma) ?? text.endIndex
            let segment = trimmed(text[start..<end])
            // As DatelineHead.absorb: the date, the date's year, or a place qualifier ("Ill.", "England").
            if date == nil, let parts = dateParts(segment) {
                date = parts
            } else if let parts = date, parts.year == nil, segment.count == 4,
                      let year = Int(String(decoding: segment, as: UTF8.self)) {
                date = DateParts(year: year, month: parts.month, day: parts.day)
            } else if date == nil, qualifiers.count < 2, isPlace(segment), words(segment) <= 3 {
                qualifiers.append(segment)
            } else {
                return nil
            }
        }
        guard isCapitals(first) || date != nil || agency != nil else { return nil }
        let place = qualifiers.isEmpty ? string(first)
            : string(Array(([first] + qualifiers).joined(separator: Array(", ".utf8))))
        return (place, date, agency)
    }

    /// ``PublishedDateParser/parts(_:)`` of a segment: a month and day read here when the segment is one
    /// (``monthAndDay(_:)``), everything else by the general parser.
    private static func dateParts(_ segment: ArraySlice<UInt8>) -> DateParts? {
        if let parts = monthAndDay(segment) { return parts }
        return PublishedDateParser.parts(scalars: segment.map { Unicode.Scalar($0) })
    }

    /// ``DateWords/months`` by their bytes, for names of ASCII letters (which equal no other key as a `String`).
    private static let monthNumbers = ByteKeyTable(DateWords.months)

    /// The month and day of a segment that is a month name, perhaps a stop, spaces and a day of one or two
    /// digits ("Nov 22", "April 7", "Feb. 26"), the usual date of a dateline, as ``PublishedDateParser`` reads
    /// it (`.some(nil)` for a day the month does not have); `nil` for a segment of any other shape or a word
    /// that is no month name, which the general parser reads.
    static func monthAndDay(_ segment: ArraySlice<UInt8>) -> DateParts?? {
        var i = segment.startIndex
        let end = segment.endIndex
        while i < end, isLetter(segment[i]) { i += 1 }
        let name = segment[segment.startIndex..<i]
        // The longest month name is nine letters.
        guard !name.isEmpty, name.count <= 9 else { return nil }
        if i < end, segment[i] == UInt8(ascii: ".") { i += 1 }
        while i < end, segment[i] == UInt8(ascii: " ") { i += 1 }
        let digits = i
        var day = 0
        while i < end, segment[i] &- UInt8(ascii: "0") < 10 {
            day = day * 10 + Int(segment[i] &- UInt8(ascii: "0"))
            i += 1
        }
        guard i == end, i - digits == 1 || i - digits == 2 else { return nil }
        let number = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: name.count) { lower -> Int? in
            for (k, byte) in name.enumerated() { lower[k] = byte | 0x20 }
            return monthNumbers.value(for: UnsafeBufferPointer(lower))
        }
        guard let month = number else { return nil }
        guard day >= 1, day <= SimpleDate.daysIn(month: month, year: 2000) else { return .some(nil) }
        return DateParts(year: nil, month: month, day: day)
    }

    /// Removes a trailing "(Reuters)" or "/PRNewswire/" and returns the agency.
    private static func takeAgency(_ text: inout ArraySlice<UInt8>) -> String? {
        guard let last = text.last, last == UInt8(ascii: ")") || last == UInt8(ascii: "/") else { return nil }
        let open = last == UInt8(ascii: ")") ? UInt8(ascii: "(") : last
        let body = text.dropLast()
        guard let openIndex = body.lastIndex(of: open) else { return nil }
        let name = trimmed(body[(openIndex + 1)...])
        guard let initial = name.first, name.count <= 40, isLetter(initial) else { return nil }
        text = trimmed(text[..<openIndex])
        return string(name)
    }

    /// As ``DatelinePlace/isPlace(_:)``: a capital first, at most five words, letters (at least two), spaces
    /// and `.'-/&`.
    private static func isPlace(_ text: ArraySlice<UInt8>) -> Bool {
        guard let initial = text.first, isUpper(initial), words(text) <= 5 else { return false }
        var letters = 0
        for byte in text {
            if isLetter(byte) {
                letters += 1
                continue
            }
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "."), UInt8(ascii: "'"), UInt8(ascii: "-"), UInt8(ascii: "/"), UInt8(ascii: "&"): continue
            default: return false
            }
        }
        return letters >= 2
    }

    /// No lower-case letter.
    private static func isCapitals(_ text: ArraySlice<UInt8>) -> Bool {
        !text.contains { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }
    }

    /// Runs of bytes other than a space (`split(separator: " ").count`).
    private static func words(_ text: ArraySlice<UInt8>) -> Int {
        var count = 0, inWord = false
        for byte in text {
            if byte == UInt8(ascii: " ") {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
            }
        }
        return count
    }

    /// Without spaces and tabs at either end (``IngestText/trim(_:_:)`` of ASCII).
    private static func trimmed(_ text: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        let isBlank = { (byte: UInt8) in byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
        guard let first = text.firstIndex(where: { !isBlank($0) }) else { return [] }
        let last = text.lastIndex(where: { !isBlank($0) })!
        return text[first...last]
    }

    private static func isUpper(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") }

    private static func isLetter(_ byte: UInt8) -> Bool {
        let lower = byte | 0x20
        return lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")
    }

    private static func string(_ bytes: some Collection<UInt8>) -> String { String(decoding: bytes, as: UTF8.self) }
}
