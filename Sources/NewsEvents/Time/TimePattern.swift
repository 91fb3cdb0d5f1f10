/// A pattern of the time recogniser, compiled from one `pattern` line of a `rules/time/*.patterns` file.
///
/// ```text
/// pattern month-day-year DATE date = MONTH .? DAY ,? YEAR
///   example "Nov. 20, 2019" @2019-11-22 => 2019-11-20
///   counter "No. 2"
/// ```
/// Elements: `CLASS` (a vocabulary section or a built-in such as `YEAR`, `DAY`, `NUM`), literal words with
/// `/` between alternatives (`last/past`), punctuation (`,` `.` `-` `/` `'`), a final `?` for optional.
/// `{` and `}` delimit the expression inside context that must be there but is not tagged
/// (`in/since { MONTH }`).
struct TimePattern: Sendable {
    enum Element: Sendable {
        /// A vocabulary class, by its index in `TimeResources.vocabularies`.
        case vocabulary(Int)
        case builtin(TimeBuiltinClass)
        case literal(Set<String>)
    }

    struct Item: Sendable {
        var element: Element
        var optional: Bool
        /// Part of the tagged expression (not context).
        var inSpan: Bool
        /// The class name a capture is stored under (nil for literals).
        var capture: String?
    }

    var name: String
    var type: TimexType
    var function: TimeFunction
    var argument: String?
    var items: [Item]
    var file: String
    var line: Int
    var examples: [TimeExample] = []
}

/// An example a pattern carries: a text, a reference date, the expected value (or none, for a counter-example).
///
/// In the text, `[` and `]` may mark the expression inside a longer sentence:
/// `example "The rule will take effect on [Tuesday]." @2019-11-22 => 2019-11-26`
struct TimeExample: Sendable {
    var text: String
    var reference: SimpleDate?
    /// nil for a counter-example (nothing may be tagged in the marked part).
    var value: String?
    var type: TimexType?
    var file: String
    var line: Int
    var column: Int
}

/// How a pattern's captures become a TIMEX3 value.
enum TimeFunction: String, CaseIterable, Sendable {
    /// Calendar fields (YEAR, YY, MONTH, MONTHNUM, DAY, SEASON, HOLIDAY); a missing year is inferred. `date:W`
    /// gives the week the day falls in (`the week of March 6`).
    case date
    /// A weekday, optionally shifted (`last Friday`), with the part of day a WEEKDAY_PART gives (`Friday evening`).
    case weekday
    /// A month or season name with THIS/LAST/NEXT (`last November`, `this spring`).
    case named
    /// THIS/LAST/NEXT with a UNIT (`this week`, `last year`), or with the argument as the unit (`relative:Y`).
    case relative
    /// `the weekend`: the last one in a past context, else the coming one (`2019-W46-WE`).
    case weekend
    /// NUM UNIT with a DIRECTION (`two weeks ago`, `a year earlier`).
    case offset
    /// NUM UNIT as a duration (`90 days`, `two-year`); without a number, `PXY`; the argument is the unit when no
    /// UNIT is captured (`duration:Y`).
    case duration
    /// A recurrence: P1 of the UNIT (`every week`), or the argument (`set:P1D`).
    case set
    /// The argument as the value (`const:PRESENT_REF`).
    case const
    /// `that year`, `the following month`: the UNIT of the last date before it, moved by FOLLOWING.
    case anchored
    /// The publication date plus the argument in days (`dct:-1`), with a PART of day if captured.
    case dct
    /// A clock time (HOUR MINUTE? AMPM?, or a CLOCK_WORD) on the day the match names (a WEEKDAY, MONTH DAY, or
    /// DAY_SHIFT such as `yesterday`), else on the publication date.
    case clock
    /// ORD quarter, with an optional YEAR or SHIFT (`next year's first quarter`) or years back (UNIT and DIRECTION:
    /// `the year-ago third quarter`); without ORD, the quarter the report speaks of (`the 1988 period`).
    case quarter
    /// ORD half, with an optional YEAR; the argument stands for the ordinal (`half:2` for `the last half`).
    case half
    /// A DECADE (`1990s` -> `199`).
    case decade
    /// An ORD century (`the 20th century` -> `19`).
    case century
    /// The quarter before the publication date's (`the latest quarter`); argument `0` for the current one.
    case reportquarter
    /// A YEAR alone (`1987`, `fiscal 1988`).
    case year
}
