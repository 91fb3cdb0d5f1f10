extension TimeResources {
    /// Runs the examples and counter-examples the patterns carry; one diagnostic (`FILE:LINE:COL`) per failure.
    ///
    /// Each example text is tokenised and tagged with the example's reference date (none: partial values).
    /// The marked part (`[...]`, else the whole text) must be tagged as one timex with the expected value
    /// (and type, when given); for a counter-example nothing in the marked part may be tagged.
    /// `text` gives the tokenizer's knowledge; by default `../text` next to the time rules is read.
    public func runExamples(text: TextResources? = nil) -> [Diagnostic] {
        let textResources = text ?? TimeResources.siblingTextResources(of: directory)
        let tokenizer = Tokenizer(resources: textResources)
        let splitter = SentenceSplitter(resources: textResources)
        let tagger = TemporalTagger(resources: self)
        var failures: [Diagnostic] = []
        for pattern in patterns {
            if pattern.examples.allSatisfy({ $0.value == nil }) {
                failures.append(Diagnostic(
                    file: pattern.file, line: pattern.line, column: 1, severity: .warning,
                    message: "pattern '\(pattern.name)' has no example"))
            }
            for example in pattern.examples {
                // Strip the [ ] markers, remembering where they were (in code points).
                var body = String.UnicodeScalarView()
                var markStart: Int? = nil, markEnd: Int? = nil
                for scalar in example.text.unicodeScalars {
                    if scalar == "[", markStart == nil { markStart = body.count; continue }
                    if scalar == "]", markStart != nil, markEnd == nil { markEnd = body.count; continue }
                    body.append(scalar)
                }
                let textBody = String(body)
                let span = Span(start: markStart ?? 0, end: markEnd ?? body.count)
                var document = AnnotatedDocument(
                    source: SourceDocument(id: "example", published: example.reference, text: textBody))
                tokenizer.process(&document)
                splitter.process(&document)
                tagger.process(&document)
                func fail(_ message: String) {
                    failures.append(Diagnostic(
                        file: example.file, line: example.line, column: example.column,
                        message: "pattern '\(pattern.name)': \(message)"))
                }
                let found = document.timexes.map { "'\($0.text)' \($0.type.rawValue) \($0.value)" }
                    .joined(separator: ", ")
                if let expected = example.value {
                    guard let timex = document.timexes.first(where: { $0.span == span }) else {
                        fail("expected '\(document.text(of: span))' => \(expected), found "
                            + (found.isEmpty ? "no timex" : found))
                        continue
                    }
                    if timex.value != expected {
                        fail("'\(timex.text)': expected \(expected), got \(timex.value)")
                    } else if let type = example.type, timex.type != type {
                        fail("'\(timex.text)': expected type \(type.rawValue), got \(timex.type.rawValue)")
                    }
                } else if document.timexes.contains(where: { $0.span.overlaps(span) }) {
                    fail("counter-example '\(document.text(of: span))' was tagged: \(found)")
                }
            }
        }
        return failures
    }

    /// `rules/text` next to `rules/time`, or empty resources when there is none.
    static func siblingTextResources(of directory: String) -> TextResources {
        var parent = directory
        while parent.hasSuffix("/") { parent.removeLast() }
        if let slash = parent.lastIndex(of: "/") {
            parent = String(parent[..<slash])
        } else {
            parent = "."
        }
        let path = parent + "/text"
        guard FileSystem.isDirectory(path) else { return TextResources() }
        return TextResources.load(directory: path).0
    }
}
