/// A piece of a date string, as ``PublishedDateParser`` sees it.
enum DateToken: Equatable {
    case number(Int, digits: Int)
    case month(Int)
    /// A word that is neither a month nor one of the words dates are decorated with.
    case word
    case separator(Unicode.Scalar)
}

/// Splits a date string into numbers, month names, other words and separators. Times of day
/// (`10:00:00`, `4:20 PM`, `T15:01:01.000+05:30`), weekday names, time-zone names and filler words
/// ("published", "on", "of") are dropped, so that what is left is the date itself.
struct DateTokenizer {
    private let scalars: [Unicode.Scalar]
    private var index = 0
    private var tokens: [DateToken] = []

    static func tokens(_ text: some StringProtocol) -> [DateToken] {
        tokens(scalars: Array(text.unicodeScalars))
    }

    /// ``tokens(_:)`` of a string's code points.
    static func tokens(scalars: [Unicode.Scalar]) -> [DateToken] {
        var tokenizer = DateTokenizer(scalars: scalars)
        tokenizer.run()
        return tokenizer.tokens
    }

    private init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    private mutating func run() {
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar.isDateSpace {
                index += 1
            } else if let _ = scalar.asciiDigit {
                readNumber()
            } else if scalar.isDateLetter {
                readWord()
            } else {
                tokens.append(.separator(DateWords.isCJKSeparator(scalar) ? "-" : scalar))
                index += 1
            }
        }
    }

    private mutating func readNumber() {
        let start = index
        var value = 0
        while index < scalars.count, let digit = scalars[index].asciiDigit {
            if index - start < 9 { value = value * 10 + digit }
            index += 1
        }
        let digits = index - start
        if digits <= 2, peek(0) == ":" {
            skipTime()
            return
        }
        tokens.append(digits > 9 ? .word : .number(value, digits: digits))
        skipOrdinalSuffix()
    }

    private mutating func readWord() {
        let start = index
        while index < scalars.count, scalars[index].isDateLetter { index += 1 }
        let word = DateTokenizer.lowercased(scalars[start..<index])
        if let month = DateWords.months[word] {
            tokens.append(.month(month))
        } else if DateWords.timeZones.contains(word) {
            skipOffset()
        } else if !DateWords.ignorable.contains(word) {
            tokens.append(.word)
        }
    }

    /// Skips `:MM[:SS][.fff]`, then an optional am/pm and a UTC offset.
    private mutating func skipTime() {
        while peek(0) == ":" || ((peek(0) == "." || peek(0) == ",") && peek(1)?.asciiDigit != nil && index > 0) {
            index += 1
            while let scalar = peek(0), scalar.asciiDigit != nil { index += 1 }
        }
        skipMeridiem()
        skipOffset()
    }

    private mutating func skipMeridiem() {
        var probe = index
        while probe < scalars.count, scalars[probe] == " " { probe += 1 }
        let rest = String(String.UnicodeScalarView(scalars[probe..<min(probe + 4, scalars.count)])).lowercased()
        for form in ["a.m.", "p.m.", "am", "pm"] where rest.hasPrefix(form) {
            let end = probe + form.unicodeScalars.count
            if end == scalars.count || !scalars[end].properties.isAlphabetic {
                index = end
                return
            }
        }
    }

    /// Skips `Z`, `+05:30`, `-0400` (directly, or after one space for the four-digit form).
    private mutating func skipOffset() {
        if peek(0) == "Z" || peek(0) == "z", peek(1).map({ !$0.properties.isAlphabetic }) ?? true {
            index += 1
            return
        }
        var probe = index
        if peek(0) == " " { probe += 1 }
        guard probe < scalars.count, scalars[probe] == "+" || scalars[probe] == "-" else { return }
        var end = probe + 1
        var digits = 0
        while end < scalars.count, scalars[end].asciiDigit != nil || (scalars[end] == ":" && digits == 2) {
            if scalars[end] != ":" { digits += 1 }
            end += 1
        }
        if digits == 4 || (digits == 2 && probe == index) { index = end }
    }

    private mutating func skipOrdinalSuffix() {
        guard let first = peek(0), let second = peek(1) else { return }
        let suffix = String(String.UnicodeScalarView([first, second])).lowercased()
        guard ["st", "nd", "rd", "th"].contains(suffix) else { return }
        if let after = peek(2), after.properties.isAlphabetic { return }
        index += 2
    }

    /// A word in lower case; ASCII without going through `String.lowercased()`.
    private static func lowercased(_ word: ArraySlice<Unicode.Scalar>) -> String {
        guard word.allSatisfy(\.isASCII) else { return String(String.UnicodeScalarView(word)).lowercased() }
        return String(unsafeUninitializedCapacity: word.count) { bytes in
            for (k, scalar) in word.enumerated() {
                let byte = UInt8(scalar.value)
                bytes[k] = byte >= 65 && byte <= 90 ? byte + 32 : byte
            }
            return word.count
        }
    }

    private func peek(_ offset: Int) -> Unicode.Scalar? {
        index + offset < scalars.count ? scalars[index + offset] : nil
    }
}

fileprivate extension Unicode.Scalar {
    /// The value of an ASCII digit, `nil` for anything else.
    var asciiDigit: Int? {
        value >= 48 && value <= 57 ? Int(value - 48) : nil
    }

    /// `properties.isWhitespace`, without a property look-up for ASCII.
    var isDateSpace: Bool {
        if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
        return properties.isWhitespace
    }

    /// A letter of a word: `properties.isAlphabetic` (without a look-up for ASCII), but not 年, 月, 日.
    var isDateLetter: Bool {
        if value < 0x80 { return (value >= 65 && value <= 90) || (value >= 97 && value <= 122) }
        return properties.isAlphabetic && !DateWords.isCJKSeparator(self)
    }
}

/// The words of dates: month names (English, German, French, Spanish, Italian, Portuguese), and the words
/// that decorate dates without changing them.
enum DateWords {
    static let months: [String: Int] = {
        let names: [[String]] = [
            ["january", "jan", "januar", "jänner", "janvier", "enero", "gennaio", "janeiro", "ene"],
            ["february", "feb", "februar", "février", "fevrier", "febrero", "febbraio", "fevereiro", "fév", "fev"],
            ["march", "mar", "märz", "maerz", "mär", "mars", "marzo", "março"],
            ["april", "apr", "avril", "abril", "aprile", "avr", "abr"],
            ["may", "mai", "mayo", "maggio", "maio", "mag"],
            ["june", "jun", "juni", "juin", "junio", "giugno", "junho", "giu"],
            ["july", "jul", "juli", "juillet", "julio", "luglio", "julho", "lug", "juil"],
            ["august", "aug", "août", "aout", "agosto", "ago"],
            ["september", "sep", "sept", "septembre", "septiembre", "setiembre", "settembre", "setembro", "set"],
            ["october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "outubro", "ott", "out"],
            ["november", "nov", "novembre", "noviembre", "novembro"],
            ["december", "dec", "dezember", "dez", "décembre", "decembre", "diciembre", "dicembre", "dezembro", "dic"],
        ]
        var table: [String: Int] = [:]
        for (index, words) in names.enumerated() {
            for word in words { table[word] = index + 1 }
        }
        return table
    }()

    static let timeZones: Set<String> = [
        "z", "utc", "gmt", "et", "est", "edt", "ct", "cst", "cdt", "mt", "mst", "mdt", "pt", "pst", "pdt",
        "bst", "cet", "cest", "eet", "eest", "wet", "west", "ist", "jst", "kst", "hkt", "sgt", "aest", "aedt",
        "msk", "mez", "mesz",
    ]

    /// Weekday names (English, German, French, Spanish, Italian), full and short.
    static let weekdays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag",
        "mo", "di", "mi", "do", "fr", "sa", "so",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
        "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica",
    ]

    static let ignorable: Set<String> = weekdays.union([
        "t", "of", "the", "on", "at", "am", "pm", "um", "uhr", "den", "de", "del", "le", "el",
        "published", "updated", "posted", "date", "veröffentlicht", "publié",
    ])

    /// 年, 月, 日 ("2019年11月22日") act as `-` separators.
    static func isCJKSeparator(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\u{5E74}" || scalar == "\u{6708}" || scalar == "\u{65E5}"
    }
}
