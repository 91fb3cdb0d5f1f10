/// The publication-date candidates found for one document, resolved in the contract's order of trust:
/// record, header, meta, JSON-LD, `<time>`, byline, dateline, URL, `--date` (``PublishedSource/allCases``).
///
/// A dateline without a year takes it from the URL date or, failing that, `--date`: of the candidate years,
/// the one that puts the dateline closest to that reference. With no year anywhere it is not used.
/// ```swift
/// var evidence = PublicationDateEvidence()
/// evidence.dateline = DateParts(year: nil, month: 11, day: 22)
/// evidence.resolve(defaultDate: SimpleDate(year: 2019, month: 12, day: 1))   // (2019-11-22, .dateline)
/// evidence.add(SimpleDate(year: 2019, month: 11, day: 21), from: .meta)
/// evidence.resolve(defaultDate: nil)                                        // (2019-11-21, .meta)
/// ```
///
/// Two refinements for web pages: a generic `date` meta tag (``genericMeta``) ranks after the other meta
/// tags and yields to an earlier visible byline (it is often the last change), and a time stated in UTC near
/// midnight (``utcHours``) yields to a visible byline on the neighbouring day (the site's local day).
public struct PublicationDateEvidence: Hashable, Sendable {
    /// The date found in each source (kept inline, not in a dictionary: every document makes one of these).
    private var found = SourceDates()
    /// The date found in each source.
    public var dates: [PublishedSource: SimpleDate] {
        var dates: [PublishedSource: SimpleDate] = [:]
        for source in PublishedSource.allCases { dates[source] = found[source] }
        return dates
    }
    /// The dateline's date, its year possibly missing.
    public var dateline: DateParts?
    /// A generic meta tag's date (`date`, `DC.date`, `dcterms.date`): often the page's last change rather
    /// than its publication; used as `.meta` when no other meta tag has a date and no visible byline is earlier.
    public var genericMeta: SimpleDate?
    /// The UTC hour of sources whose date was a time stated in UTC (`2023-11-09T03:28:35Z`: 3): on the
    /// site's clock the day may be another.
    public var utcHours: [PublishedSource: Int] = [:]

    public init() {}

    /// Records `date` as found in `source`; the first date of a source wins, `nil` is ignored.
    public mutating func add(_ date: SimpleDate?, from source: PublishedSource) {
        guard let date, found[source] == nil else { return }
        found[source] = date
    }

    /// Adds the dates of `other` for the sources that have none yet.
    public mutating func merge(_ other: PublicationDateEvidence) {
        for source in PublishedSource.allCases where found[source] == nil {
            guard let date = other.found[source] else { continue }
            add(date, from: source)
            utcHours[source] = other.utcHours[source]
        }
        if dateline == nil { dateline = other.dateline }
        if genericMeta == nil { genericMeta = other.genericMeta }
    }

    /// Parses `text` with ``PublishedDateParser`` and records the date; unparseable text is ignored.
    public mutating func add(parsing text: String?, from source: PublishedSource) {
        guard let text else { return }
        add(PublishedDateParser.parse(text), from: source)
    }

    /// The most trusted date and where it came from, `--date` (`defaultDate`) last; `nil` when none.
    public func resolve(defaultDate: SimpleDate?) -> (date: SimpleDate, source: PublishedSource)? {
        for source in PublishedSource.allCases {
            let date: SimpleDate?
            switch source {
            case .meta: date = found[.meta] ?? genericMeta.flatMap { generic in
                found[.byline].map { $0 < generic } == true ? nil : generic
            }
            case .dateline: date = dateline?.resolved(near: found[.url] ?? defaultDate)
            case .option: date = defaultDate
            default: date = found[source]
            }
            guard let date else { continue }
            if !utcHours.isEmpty, let hour = utcHours[source], let byline = found[.byline],
               UTCTimestamp.localDayMayDiffer(hour: hour, by: byline.dayNumber - date.dayNumber) {
                return (byline, .byline)
            }
            return (date, source)
        }
        return nil
    }
}

/// One optional date per ``PublishedSource``, as stored fields.
struct SourceDates: Hashable, Sendable {
    private var record, header, meta, jsonld, time, byline, dateline, url, option: SimpleDate?

    subscript(source: PublishedSource) -> SimpleDate? {
        get {
            switch source {
            case .record: return record
            case .header: return header
            case .meta: return meta
            case .jsonld: return jsonld
            case .time: return time
            case .byline: return byline
            case .dateline: return dateline
            case .url: return url
            case .option: return option
            }
        }
        set {
            switch source {
            case .record: record = newValue
            case .header: header = newValue
            case .meta: meta = newValue
            case .jsonld: jsonld = newValue
            case .time: time = newValue
            case .byline: byline = newValue
            case .dateline: dateline = newValue
            case .url: url = newValue
            case .option: option = newValue
            }
        }
    }
}

/// The date in a URL's path: `/2019/11/22/` or a segment starting `2019-11-22`.
///
/// ```swift
/// URLDate.parse("https://example.com/business/2019/11/22/huawei-licence")   // 2019-11-22
/// URLDate.parse("https://example.com/2019/11/")                             // nil (no day)
/// ```
public enum URLDate {
    public static func parse(_ url: String) -> SimpleDate? {
        let segments = path(of: url).split(separator: "/").map(String.init)
        for (index, segment) in segments.enumerated() {
            if index + 2 < segments.count, segment.count == 4,
               let date = numericDate(segment, segments[index + 1], segments[index + 2]) {
                return date
            }
            if let date = leadingISODate(segment) { return date }
        }
        return nil
    }

    /// The part after `scheme://host`, before `?` or `#`.
    static func path(of url: String) -> Substring {
        var rest = Substring(url)
        if let scheme = rest.firstRange(of: "://") {
            rest = rest[scheme.upperBound...]
            rest = rest.firstIndex(of: "/").map { rest[$0...] } ?? ""
        }
        if let end = rest.firstIndex(where: { $0 == "?" || $0 == "#" }) { rest = rest[..<end] }
        return rest
    }

    private static func numericDate(_ year: String, _ month: String, _ day: String) -> SimpleDate? {
        guard (1...2).contains(month.count), (1...2).contains(day.count),
              let y = Int(year), let m = Int(month), let d = Int(day), (1900...2199).contains(y)
        else { return nil }
        return SimpleDate(year: y, month: m, day: d)
    }

    private static func leadingISODate(_ segment: String) -> SimpleDate? {
        let head = segment.prefix(10)
        guard head.count == 10 else { return nil }
        let next = segment.dropFirst(10).first
        guard next == nil || !(next!.isNumber) else { return nil }
        guard let date = SimpleDate(iso: head), (1900...2199).contains(date.year) else { return nil }
        return date
    }
}
