/// TimeML's four kinds of temporal expression.
public enum TimexType: String, Sendable, Codable {
    case date = "DATE"
    case time = "TIME"
    case duration = "DURATION"
    case set = "SET"
}

/// How precise a date value is.
public enum Granularity: String, Sendable, Codable, Comparable {
    case day, week, month, quarter, year

    private var rank: Int {
        switch self {
        case .day: return 0
        case .week: return 1
        case .month: return 2
        case .quarter: return 3
        case .year: return 4
        }
    }

    public static func < (lhs: Granularity, rhs: Granularity) -> Bool { lhs.rank < rhs.rank }
}

/// A temporal expression found in a document, normalised like TIMEX3.
///
/// ```swift
/// // "earlier this week" in an article published 2019-11-22:
/// Timex(tokens: 4..<7, span: ..., text: "earlier this week", type: .date, value: "2019-W47")
/// ```
public struct Timex: Sendable, Hashable {
    public var tokens: Range<Int>
    public var span: Span
    public var text: String
    public var type: TimexType
    /// TIMEX3 value: `2019-11-20`, `2019-W47`, `2019-Q3`, `XXXX-11-20`, `P90D`, `PAST_REF`, ...
    public var value: String
    /// TIMEX3 `mod` (`START`, `MID`, `END`, `APPROX`, `BEFORE`, `AFTER`, ...), when any.
    public var mod: String?
    /// The value is relative to the document date and was resolved against it, or is vague ("a few days").
    public var approximate: Bool

    public init(
        tokens: Range<Int>, span: Span, text: String, type: TimexType, value: String,
        mod: String? = nil, approximate: Bool = false
    ) {
        self.tokens = tokens
        self.span = span
        self.text = text
        self.type = type
        self.value = value
        self.mod = mod
        self.approximate = approximate
    }

    /// Granularity of a calendar value (`2019-11-20` -> day, `2019-W47` -> week), `nil` for anything else.
    public var granularity: Granularity? { TimexValue.granularity(of: value) }
}

/// Helpers on TIMEX3 value strings.
public enum TimexValue {
    /// Granularity of a calendar value, `nil` when the value is not one (`P90D`, `PAST_REF`).
    public static func granularity(of value: String) -> Granularity? {
        // Read in place (a native string's bytes are contiguous); a copy only for a string that is not.
        if let found = value.utf8.withContiguousStorageIfAvailable(granularity(ofBytes:)) { return found }
        return Array(value.utf8).withUnsafeBufferPointer(granularity(ofBytes:))
    }

    /// ``granularity(of:)`` of a value's UTF-8 bytes.
    private static func granularity(ofBytes bytes: UnsafeBufferPointer<UInt8>) -> Granularity? {
        func digitOrX(_ i: Int) -> Bool {
            i < bytes.count && ((bytes[i] >= 48 && bytes[i] <= 57) || bytes[i] == UInt8(ascii: "X"))
        }
        guard bytes.count >= 4, (0..<4).allSatisfy(digitOrX) else { return nil }
        if bytes.count == 4 { return .year }
        guard bytes[4] == UInt8(ascii: "-"), bytes.count >= 7 else { return nil }
        switch bytes[5] {
        case UInt8(ascii: "W"):
            return bytes.count == 8 ? .week : (bytes.count == 10 ? .day : nil)
        case UInt8(ascii: "Q"):
            return bytes.count == 7 ? .quarter : nil
        default:
            guard digitOrX(5), digitOrX(6) else { return nil }
            if bytes.count == 7 { return .month }
            if bytes.count == 10, digitOrX(8), digitOrX(9) { return .day }
            if bytes.count > 10, bytes[10] == UInt8(ascii: "T") { return .day }
            return nil
        }
    }

    /// Zero-padded decimal.
    public static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
