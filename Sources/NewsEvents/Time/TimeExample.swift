/// An example the temporal tagger must pass: a sentence with the expression marked in brackets, the
/// publication date to read it with, and the expected type and value (or nothing, for a counter-example).
///
/// ```
/// "Huawei was blacklisted in [May]." @2019-11-22 => DATE 2019-05
/// ! "It ranked [No. 2] in the market." @2019-11-22
/// ```
public struct TimeExample: Sendable, Hashable {
    public var text: String
    /// Code points of the marked expression in `text` (brackets removed).
    public var mark: Span
    public var published: SimpleDate?
    public var type: TimexType?
    public var value: String?
    public var file: String
    public var line: Int

    static func load(path: String) -> ([TimeExample], [Diagnostic]) {
        guard let text = try? FileSystem.readText(path: path) else { return ([], []) }
        var examples: [TimeExample] = []
        var problems: [Diagnostic] = []
        var number = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            let line = raw.trimmingWhitespace()
            if line.isEmpty || line.hasPrefix("#") { continue }
            if let example = parse(line, file: path, line: number) {
                examples.append(example)
            } else {
                problems.append(Diagnostic(file: path, line: number, column: 1,
                                           message: "expected '\"text with [expression]\" @YYYY-MM-DD => TYPE VALUE' or '! \"text\" @YYYY-MM-DD'"))
            }
        }
        return (examples, problems)
    }

    static func parse(_ line: String, file: String, line number: Int) -> TimeExample? {
        var rest = Substring(line)
        let negative = rest.hasPrefix("!")
        if negative { rest = rest.dropFirst().drop(while: { $0 == " " }) }
        guard rest.first == "\"", let close = rest.dropFirst().firstIndex(of: "\"") else { return nil }
        let quoted = rest[rest.index(after: rest.startIndex)..<close]
        rest = rest[rest.index(after: close)...].drop(while: { $0 == " " })
        var scalars: [Unicode.Scalar] = []
        var markStart: Int? = nil, markEnd: Int? = nil
        for scalar in quoted.unicodeScalars {
            if scalar == "[", markStart == nil { markStart = scalars.count; continue }
            if scalar == "]", markStart != nil, markEnd == nil { markEnd = scalars.count; continue }
            scalars.append(scalar)
        }
        guard let start = markStart, let end = markEnd else { return nil }
        var published: SimpleDate? = nil
        if rest.hasPrefix("@") {
            let date = rest.dropFirst().prefix(while: { $0 != " " })
            guard let parsed = SimpleDate(iso: date) else { return nil }
            published = parsed
            rest = rest.dropFirst(date.count + 1).drop(while: { $0 == " " })
        }
        var type: TimexType? = nil, value: String? = nil
        if !negative {
            guard rest.hasPrefix("=>") else { return nil }
            let parts = rest.dropFirst(2).split(separator: " ")
            guard parts.count == 2, let parsedType = TimexType(rawValue: String(parts[0])) else { return nil }
            type = parsedType
            value = String(parts[1])
        } else if !rest.isEmpty {
            return nil
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return TimeExample(text: String(view), mark: Span(start: start, end: end), published: published,
                           type: type, value: value, file: file, line: number)
    }
}

extension TimeResources {
    /// Runs the examples; one `FILE:LINE:COL` diagnostic per failure.
    public func runExamples(text: TextResources) -> [Diagnostic] {
        let tokenizer = Tokenizer(resources: text)
        let splitter = SentenceSplitter(resources: text)
        let tagger = TemporalTagger(resources: self)
        var failures: [Diagnostic] = []
        for example in examples {
            var document = AnnotatedDocument(source: SourceDocument(id: "example", published: example.published, text: example.text))
            tokenizer.process(&document)
            splitter.process(&document)
            tagger.process(&document)
            let marked = document.text(of: example.mark)
            let found = document.timexes.filter { $0.span.overlaps(example.mark) }
            let description = found.map { "'\($0.text)' \($0.type.rawValue) \($0.value)" }.joined(separator: ", ")
            if let type = example.type, let value = example.value {
                guard let timex = found.first, found.count == 1, timex.span == example.mark,
                      timex.type == type, timex.value == value else {
                    failures.append(Diagnostic(file: example.file, line: example.line, column: 1,
                        message: "expected '\(marked)' as \(type.rawValue) \(value); found " + (found.isEmpty ? "nothing" : description)))
                    continue
                }
            } else if !found.isEmpty {
                failures.append(Diagnostic(file: example.file, line: example.line, column: 1,
                                           message: "'\(marked)' must not be tagged; found \(description)"))
            }
        }
        return failures
    }
}
