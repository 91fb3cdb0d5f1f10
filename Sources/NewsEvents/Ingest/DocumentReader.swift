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
        let source: ChunkedFileReader
        switch input.source {
        case .standardInput:
            source = ChunkedFileReader.standardInput()
        case .file(let path):
            switch ChunkedFileReader.open(path) {
            case .success(let reader): source = reader
            case .failure(let error): return body(.failure(InputFailure(input: path, reason: error.message)))
            }
        }
        read(from: source, input: input, body)
    }

    /// Reads content already in memory, as if it came from `input` (its kind detected when `input.kind` is nil).
    public func read(bytes: [UInt8], as input: Input, _ body: (Result<SourceDocument, InputFailure>) -> Void) {
        let kind = input.kind ?? InputKind(detecting: bytes)
        if kind == .jsonl {
            return readLines(input: input, firstChunk: bytes, nextChunk: { .success([]) }, body)
        }
        if bytes.count > limits.maximumDocumentBytes {
            return body(.failure(InputFailure(input: input.name, reason: limits.tooLarge.reason)))
        }
        let result = readDocument(bytes, kind: kind, fallbackID: input.fallbackID)
        body(result.map { document in
            var document = document
            document.path = input.path
            return document
        }.mapError { InputFailure(input: input.name, reason: $0.reason) })
    }

    private func read(from source: ChunkedFileReader, input: Input, _ body: (Result<SourceDocument, InputFailure>) -> Void) {
        var bytes: [UInt8] = []
        repeat {
            switch source.next() {
            case .failure(let error): return body(.failure(InputFailure(input: input.name, reason: error.message)))
            case .success(let chunk) where chunk.isEmpty: return read(bytes: bytes, as: input, body)
            case .success(let chunk): bytes.append(contentsOf: chunk)
            }
        } while !bytes.contains(where: { !ContentSniffer.isSpace($0) })
        let kind = input.kind ?? InputKind(detecting: bytes)
        if kind == .jsonl, ByteOrderMark.detect(bytes)?.isUTF16 != true {
            return readLines(input: input, firstChunk: bytes, nextChunk: source.next, body)
        }
        // One byte past the limit is enough to know the document is too large: never more is held.
        switch source.readAll(into: &bytes, upTo: min(limits.maximumDocumentBytes, Int.max - 1) + 1) {
        case .failure(let error): return body(.failure(InputFailure(input: input.name, reason: error.message)))
        case .success(let complete) where !complete || bytes.count > limits.maximumDocumentBytes:
            return body(.failure(InputFailure(input: input.name, reason: limits.tooLarge.reason)))
        case .success: break
        }
        read(bytes: bytes, as: Input(source: input.source, kind: kind), body)
    }

    private func readLines(input: Input, firstChunk: [UInt8], nextChunk: () -> Result<[UInt8], SystemError>,
                           _ body: (Result<SourceDocument, InputFailure>) -> Void) {
        let utf16 = ByteOrderMark.detect(firstChunk)?.isUTF16 == true
        let first = utf16 ? Array(TextDecoder.decode(firstChunk).text.utf8) : firstChunk
        JSONLinesReader(defaultDate: defaultDate, limits: limits).read(
            input: input.name, fallbackID: input.fallbackID, firstChunk: first, nextChunk: nextChunk
        ) { result in
            body(result.map { document in
                var document = document
                document.path = input.path
                return document
            })
        }
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
