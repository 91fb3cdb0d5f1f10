/// A word class of the time vocabularies (`MONTH`, `WEEKDAY`, `NUMBER`, ...), read from a `[SECTION]` of a
/// `rules/time/*.txt` file. Each line is `VALUE form form ...`; a form may span several pieces (`a_dozen`),
/// and a form ending in `!` only counts when capitalised (`may!`, `march!`).
///
/// ```text
/// [MONTH]
/// 11  november nov nov. novem.
/// ```
struct TimeVocabularyClass: Sendable {
    struct Entry: Sendable {
        var value: String
        /// Lower-cased pieces of the form.
        var pieces: [String]
        var needsCapital: Bool
    }

    var name: String
    /// Entries by their first piece.
    var byFirst: [String: [Entry]] = [:]

    /// The value of a one-word form (lower case), whatever its capitalisation requirement.
    func value(ofWord lower: String) -> String? {
        byFirst[lower]?.first(where: { $0.pieces.count == 1 })?.value
    }
}

/// Built-in classes computed from digits rather than listed.
enum TimeBuiltinClass: String, CaseIterable, Sendable {
    /// A four-digit year, 1000-2199.
    case year = "YEAR"
    /// Two digits, for `'87`.
    case yy = "YY"
    /// A day of the month, 1-31 (`20`, `20th`).
    case day = "DAY"
    /// A month number, 1-12.
    case monthNumber = "MONTHNUM"
    /// A cardinal: digits (`90`, `1,000`) or number words (`ninety`, `twenty-five`, from `[NUMBER]`).
    case number = "NUM"
    /// An ordinal: `3rd` or words from `[ORDINAL]`.
    case ordinal = "ORD"
    /// A decade: `1990s`, `'80s`, `80s`, or words from `[DECADE_WORD]`.
    case decade = "DECADE"
    /// An hour of a clock time, 0-24.
    case hour = "HOUR"
    /// Two-digit minutes, 00-59.
    case minute = "MINUTE"

    /// The class's place in `allCases` (without building that array).
    var index: Int {
        switch self {
        case .year: return 0
        case .yy: return 1
        case .day: return 2
        case .monthNumber: return 3
        case .number: return 4
        case .ordinal: return 5
        case .decade: return 6
        case .hour: return 7
        case .minute: return 8
        }
    }
}
