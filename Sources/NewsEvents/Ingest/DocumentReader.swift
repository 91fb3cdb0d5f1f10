/// Turns one input into documents, streaming them to a closure: one for a text or HTML file, one per record
/// for JSON Lines. Failures (missing file, binary data, empty document, a bad JSONL line) are reported the
/// same way and never stop the other documents.
///
/// Ids are the record's or header's `ID`, else the file name without its extension, else `stdin`; they are
/// not yet unique across inputs (see ``DocumentIDAllocator`` and ``IngestRun``).
/// ```swift
/// let reader = DocumentReader(defaultDate: SimpleDate(year: 2019, month: 11, day: 22))
/// reader.read(.file("corpus/records.jsonl")) { result in
///     switch result {
///     case .success(let document): print(document.id, document.published as Any)
///     case .failure(let failure): print("newsevents: error: \(failure)")   // "corpus/records.jsonl:3: line 3: ..."
///     }
/// }
/// ```
public struct DocumentReader: Sendable {
    /// The `--date` fallback.
    public var defaultDate: SimpleDate?
    /// The largest document and the deepest HTML taken; larger or deeper inputs fail with a clear reason.
    public var limits: ReadLimits

    public init(defaultDate: SimpleDate? = nil, limits: ReadLimits = ReadLimits()) {
        self.defaultDate = defaultDate
        self.limits = limits
    }

    public func read(_ input: Input, _ body: (Result<SourceDocument, InputFailure>) -> Void) {
        units(of: input) { body(read($0)) }
    }

    /// Reads content already in memory, as if it came from `input` (its kind detected when `input.kind` is nil).
    public func read(bytes: [UInt8], as input: Input, _ body: (Result<SourceDocument, InputFailure>) -> Void) {
        units(ofContent: bytes, as: input) { body(read($0)) }
    }

    /// Cuts an input into units in order, each read into one document or failure by ``read(_:)``: a JSON Lines
    /// input line by line (streaming, blank lines skipped), a file of another kind whole and unopened,
    /// standard input whole once its kind is known.
    public func units(of input: Input, _ body: (ReadUnit) -> Void) {
        switch input.source {
        case .standardInput:
            units(from: ChunkedFileReader.standardInput(), input: input, body)
        case .file(let path):
            if let kind = input.kind, kind != .jsonl { return body(.file(input)) }
            switch ChunkedFileReader.open(path) {
            case .success(let reader): units(from: reader, input: input, body)
            case .failure(let error): body(.failure(InputFailure(input: path, reason: error.message)))
            }
        }
    }

    /// Cuts content already in memory, as if it came from `input` (its kind detected when `input.kind` is nil).
    public func units(ofContent bytes: [UInt8], as input: Input, _ body: (ReadUnit) -> Void) {
        let kind = input.kind ?? InputKind(detecting: bytes)
        if kind == .jsonl {
            return lines(input: input, firstChunk: bytes, nextChunk: { .success([]) }, body)
        }
        body(.content(bytes, Input(source: input.source, kind: kind)))
    }

    /// The document or failure of one unit (its id not yet unique across inputs).
    public func read(_ unit: ReadUnit) -> Result<SourceDocument, InputFailure> {
        switch unit {
        case .record(let line):
            return JSONLinesReader(defaultDate: defaultDate, limits: limits).read(line)
        case .file(let input):
            switch ChunkedFileReader.open(input.name) {
            case .failure(let error): return .failure(InputFailure(input: input.name, reason: error.message))
            case .success(let reader):
                // Not a JSON Lines file (see `units(of:_:)`), so exactly one unit: content or a failure.
                var result: Result<SourceDocument, InputFailure>? = nil
                units(from: reader, input: input) { unit in
                    if result == nil { result = read(unit) }
                }
                return result!
            }
        case .content(let bytes, let input):
            if bytes.count > limits.maximumDocumentBytes {
                return .failure(InputFailure(input: input.name, reason: limits.tooLarge.reason))
            }
            return readDocument(bytes, kind: input.kind ?? .text, fallbackID: input.fallbackID).map { document in
                var document = document
                document.path = input.path
                return document
            }.mapError { InputFailure(input: input.name, reason: $0.reason) }
        case .failure(let failure):
            return .failure(failure)
        }
    }

    private func units(from source: ChunkedFileReader, input: Input, _ body: (ReadUnit) -> Void) {
        var bytes: [UInt8] = []
        repeat {
            switch source.next() {
            case .failure(let error): return body(.failure(InputFailure(input: input.name, reason: error.message)))
            case .success(let chunk) where chunk.isEmpty: return units(ofContent: bytes, as: input, body)
            case .success(let chunk): bytes.append(contentsOf: chunk)
            }
        } while !bytes.contains(where: { !ContentSniffer.isSpace($0) })
        let kind = input.kind ?? InputKind(detecting: bytes)
        if kind == .jsonl, ByteOrderMark.detect(bytes)?.isUTF16 != true {
            return lines(input: input, firstChunk: bytes, nextChunk: source.next, body)
        }
        // One byte past the limit is enough to know the document is too large: never more is held.
        switch source.readAll(into: &bytes, upTo: min(limits.maximumDocumentBytes, Int.max - 1) + 1) {
        case .failure(let error): return body(.failure(InputFailure(input: input.name, reason: error.message)))
        case .success(let complete) where !complete || bytes.count > limits.maximumDocumentBytes:
            return body(.failure(InputFailure(input: input.name, reason: limits.tooLarge.reason)))
        case .success: break
        }
        units(ofContent: bytes, as: Input(source: input.source, kind: kind), body)
    }

    private func lines(input: Input, firstChunk: [UInt8], nextChunk: () -> Result<[UInt8], SystemError>,
                       _ body: (ReadUnit) -> Void) {
        let utf16 = ByteOrderMark.detect(firstChunk)?.isUTF16 == true
        let first = utf16 ? Array(TextDecoder.decode(firstChunk).text.utf8) : firstChunk
        JSONLinesReader(defaultDate: defaultDate, limits: limits).units(input: input, firstChunk: first, nextChunk: nextChunk, body)
    }

    /// One text or HTML document from its bytes.
    func readDocument(_ bytes: [UInt8], kind: InputKind, fallbackID: String) -> Result<SourceDocument, ReadFailure> {
        switch kind {
        case .html:
            return HTMLReader(defaultDate: defaultDate, maximumDepth: limits.maximumHTMLDepth).read(bytes, fallbackID: fallbackID)
        case .text, .jsonl:
            if let binary = ContentSniffer.binaryReason(bytes) { return .failure(binary) }
            let decoded = TextDecoder.decode(bytes)
            return PlainTextReader(defaultDate: defaultDate).read(decoded.text, fallbackID: fallbackID).map { document in
                var document = document
                if let warning = decoded.warning { document.warnings.append(warning) }
                return document
            }
        }
    }
}

/// Reads the inputs of a run in order and makes document ids unique across them.
///
/// ```swift
/// let collected = InputCollector().collect(CommandLine.arguments.dropFirst().map { $0 })
/// var run = IngestRun(reader: DocumentReader(defaultDate: nil))
/// run.read(collected.inputs) { result in ... }    // ids: "a", "a-2", ... when names clash
/// ```
public struct IngestRun: Sendable {
    public var reader: DocumentReader
    public private(set) var ids = DocumentIDAllocator()

    public init(reader: DocumentReader = DocumentReader()) {
        self.reader = reader
    }

    public mutating func read(_ inputs: [Input], _ body: (Result<SourceDocument, InputFailure>) -> Void) {
        for input in inputs {
            reader.read(input) { result in
                body(result.map { document in
                    var document = document
                    document.id = ids.allocate(document.id)
                    return document
                })
            }
        }
    }
}
