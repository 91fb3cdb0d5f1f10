import Foundation

/// Reads JSON Lines article records: `{"id", "title"?, "published"?, "source"?, "url"?, "author"?,
/// "text" | "html"}`, one a line, streaming.
///
/// Each record is a document (`published` read with ``PublishedDateParser`` as `.record`; an `html` record
/// goes through ``HTMLReader``, the record's fields taking precedence over the page's). A record with a
/// `title` and a blank or missing body is read as its title; one with neither is a failure. A bad line is a
/// failure naming `path:LINE` ("line 3: invalid JSON (expected ',' or '}' at column 12)"); the other lines
/// are still read. Blank lines are skipped. Lines that are not valid UTF-8 are read as windows-1252.
/// ```swift
/// let reader = JSONLinesReader()
/// reader.readRecord(Array(#"{"id": "a", "text": "Hello."}"#.utf8), line: 1, input: "r.jsonl", fallbackID: "r")
/// // .success(SourceDocument(id: "a", text: "Hello.", ...))
/// ```
public struct JSONLinesReader: Sendable {
    /// The `--date` fallback.
    public var defaultDate: SimpleDate?
    /// A line longer than `maximumDocumentBytes` is a failure (and is never held whole); `html` records are
    /// read with `maximumHTMLDepth`.
    public var limits: ReadLimits

    public init(defaultDate: SimpleDate? = nil, limits: ReadLimits = ReadLimits()) {
        self.defaultDate = defaultDate
        self.limits = limits
    }

    /// Cuts a chunked stream (`nextChunk` returns an empty array at the end) into one unit per non-blank line,
    /// in order: the line's bytes for ``read(_:)``, or a failure (a line over the limit, a read error, a
    /// binary file, a file without records).
    func units(input: Input, firstChunk: [UInt8], nextChunk: () -> Result<[UInt8], SystemError>,
               _ body: (ReadUnit) -> Void) {
        let name = input.name
        if ContentSniffer.looksBinary(firstChunk) { return body(.failure(InputFailure(input: name, reason: ReadFailure.binary.reason))) }
        let fallbackID = input.fallbackID
        var splitter = LineSplitter(maximumLength: limits.maximumDocumentBytes)
        var records = 0
        let handle: (Int, ArraySlice<UInt8>?) -> Void = { number, line in
            guard let line else {
                records += 1
                return body(.failure(tooLong(input: name, line: number)))
            }
            guard JSONLinesReader.holdsRecord(line) else { return }
            records += 1
            body(.record(RecordLine(bytes: Array(line), number: number, input: input, fallbackID: fallbackID)))
        }
        let bom = ByteOrderMark.detect(firstChunk) == .utf8 ? 3 : 0
        var chunk = Array(firstChunk.dropFirst(bom))
        while !chunk.isEmpty {
            splitter.feed(chunk, handle)
            switch nextChunk() {
            case .success(let next): chunk = next
            case .failure(let error):
                body(.failure(InputFailure(input: name, reason: error.message)))
                chunk = []
            }
        }
        splitter.finish(handle)
        if records == 0 { body(.failure(InputFailure(input: name, reason: "empty file: no JSON records"))) }
    }

    /// One line's document or failure; `nil` for a blank line.
    public func readRecord(_ line: some Collection<UInt8>, line number: Int, input: String, fallbackID: String)
        -> Result<SourceDocument, InputFailure>?
    {
        guard JSONLinesReader.holdsRecord(line) else { return nil }
        return readRecord(Array(line), number: number, input: input, fallbackID: fallbackID)
    }

    /// The document or failure of a line that ``units(input:firstChunk:nextChunk:_:)`` cut.
    func read(_ line: RecordLine) -> Result<SourceDocument, InputFailure> {
        readRecord(line.bytes, number: line.number, input: line.input.name, fallbackID: line.fallbackID).map { document in
            var document = document
            document.path = line.input.path
            return document
        }
    }

    /// Whether a line holds a record (blank lines are skipped).
    static func holdsRecord(_ line: some Collection<UInt8>) -> Bool {
        line.contains(where: { !ContentSniffer.isSpace($0) })
    }

    private func tooLong(input: String, line number: Int) -> InputFailure {
        InputFailure(input: "\(input):\(number)", reason: "line \(number): \(limits.tooLarge.reason)", line: number)
    }

    private func readRecord(_ bytes: [UInt8], number: Int, input: String, fallbackID: String) -> Result<SourceDocument, InputFailure> {
        guard bytes.count <= limits.maximumDocumentBytes else { return .failure(tooLong(input: input, line: number)) }
        return record(bytes, fallbackID: fallbackID).map { document in
            guard !document.warnings.isEmpty else { return document }
            var document = document
            document.warnings = document.warnings.map { "line \(number): " + $0 }
            return document
        }.mapError { failure in
            InputFailure(input: "\(input):\(number)", reason: "line \(number): \(failure.reason)", line: number)
        }
    }

    private func record(_ bytes: [UInt8], fallbackID: String) -> Result<SourceDocument, ReadFailure> {
        // The usual record (valid UTF-8, an object whose named fields are strings) without the general parser.
        if HTMLEncoding.isValidUTF8(bytes),
           let values = bytes.withUnsafeBufferPointer({
               JSONRecordScanner.values(in: $0, fields: JSONLinesReader.fieldBytes) { RecordValues(scanned: $0) }
           }) {
            return document(values, fallbackID: fallbackID)
        }
        return parsedRecord(bytes, fallbackID: fallbackID)
    }

    /// A record through Foundation's parser (after decoding windows-1252 when the bytes are not UTF-8).
    private func parsedRecord(_ bytes: [UInt8], fallbackID: String) -> Result<SourceDocument, ReadFailure> {
        let valid = String(validating: bytes, as: UTF8.self) != nil
        let utf8 = valid ? bytes : Array(Windows1252.decode(bytes).utf8)
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(utf8), options: [.fragmentsAllowed])
        } catch {
            let detail = JSONSyntaxCheck.firstError(in: utf8)
                ?? ((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String) ?? "not JSON"
            return .failure(ReadFailure("invalid JSON (\(detail))"))
        }
        guard let fields = object as? [String: Any] else { return .failure(ReadFailure("expected a JSON object")) }
        return document(RecordValues(parsed: fields), fallbackID: fallbackID).map { document in
            guard !valid else { return document }
            var document = document
            document.warnings.append(TextDecoder.warning(bytes, text: "", encoding: .windows1252)!)
            return document
        }
    }

    /// The fields a record is read for, in ``RecordValues/init(scanned:)``'s order.
    static let fieldNames = ["id", "title", "published", "source", "url", "author", "text", "html"]
    static let fieldBytes = fieldNames.map { Array($0.utf8) }

    private func document(_ record: RecordValues, fallbackID: String) -> Result<SourceDocument, ReadFailure> {
        let builder = TextDocumentBuilder(defaultDate: defaultDate)
        if let text = record.text {
            // A record's text is kept exactly as given, so offsets computed elsewhere on it stay valid; a blank
            // text with a title is read as the title.
            return builder.build(body: text, fields: record.fields, fieldsSource: .record, fallbackID: fallbackID)
        }
        if let html = record.html {
            return HTMLReader(defaultDate: defaultDate, maximumDepth: limits.maximumHTMLDepth)
                .read(html: html, fallbackID: fallbackID, record: record.fields)
        }
        if record.fields.title != nil {
            return builder.build(body: "", fields: record.fields, fieldsSource: .record, fallbackID: fallbackID)
        }
        return .failure(ReadFailure(#"missing "text" or "html", and no "title": add the article's text"#))
    }
}

/// What a record holds: its metadata fields (trimmed, blank ones dropped) and its body as given.
private struct RecordValues {
    var fields = DocumentFields()
    var text: String?
    var html: String?

    /// From the string values of ``JSONLinesReader/fieldNames``, in order (taken, leaving the slots nil).
    init(scanned values: UnsafeMutableBufferPointer<String?>) {
        fields.id = JSONRecordField.string(values[0].take())
        fields.title = JSONRecordField.string(values[1].take())
        fields.published = JSONRecordField.string(values[2].take())
        fields.source = JSONRecordField.string(values[3].take())
        fields.url = JSONRecordField.string(values[4].take())
        fields.author = JSONRecordField.string(values[5].take())
        text = values[6].take()
        html = values[7].take()
    }

    /// From a record the general JSON parser read.
    init(parsed record: [String: Any]) {
        fields.id = JSONRecordField.identifier(record["id"])
        fields.title = JSONRecordField.string(record["title"])
        fields.published = JSONRecordField.string(record["published"])
        fields.source = JSONRecordField.string(record["source"])
        fields.url = JSONRecordField.string(record["url"])
        fields.author = JSONRecordField.string(record["author"])
        text = record["text"] as? String
        html = record["html"] as? String
    }
}

/// Field access for JSONL records.
enum JSONRecordField {
    static func string(_ value: Any?) -> String? {
        string(value as? String)
    }

    static func string(_ text: String?) -> String? {
        guard var text else { return nil }
        // Most values have no white space at either end: kept as they are.
        let isSpace = { (byte: UInt8) in byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
        let untouched = text.withUTF8 { utf8 in
            guard let first = utf8.first, let last = utf8.last else { return false }
            return !isSpace(first) && !isSpace(last)
        }
        if untouched { return text }
        let trimmed = IngestText.trim(text, " \t\n\r")
        return trimmed.isEmpty ? nil : trimmed
    }

    /// A string id, or a whole number written as one.
    static func identifier(_ value: Any?) -> String? {
        if let text = string(value) { return text }
        if let number = value as? Int { return String(number) }
        return nil
    }
}
