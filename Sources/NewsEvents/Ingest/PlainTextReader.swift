/// Reads a plain-text article: optional header block or YAML front matter, then the body, whose dateline
/// sets ``SourceDocument/bodyStart`` and can date the document.
///
/// The body keeps its text as written (dateline included, hard wraps kept); blank lines before it and
/// white space after it are dropped. A header with a `Title` and no body is read as the title. Publication date: the header's `Published`/`Date`, else the dateline,
/// else the date in the header's `URL`, else `defaultDate` (`--date`).
/// ```swift
/// let reader = PlainTextReader(defaultDate: nil)
/// let doc = try reader.read("Title: Deal\nDate: April 7, 1987\n\nTOKYO, April 7 - Japan said ...",
///                           fallbackID: "reuters-5259").get()
/// doc.id              // "reuters-5259"
/// doc.published       // 1987-04-07 (publishedFrom .header)
/// doc.bodyStart       // 16: the offset of "Japan"
/// ```
public struct PlainTextReader: Sendable {
    /// The `--date` fallback.
    public var defaultDate: SimpleDate?

    public init(defaultDate: SimpleDate? = nil) {
        self.defaultDate = defaultDate
    }

    /// Reads decoded text (LF line ends).
    public func read(_ text: String, fallbackID: String) -> Result<SourceDocument, ReadFailure> {
        let header = TextHeader.parse(text)
        let body = TextBody.extract(from: text, at: header.bodyOffset)
        return TextDocumentBuilder(defaultDate: defaultDate)
            .build(body: body, fields: header.fields, fieldsSource: .header, fallbackID: fallbackID)
    }
}

/// Builds a document from a body and metadata fields: dateline, headline, publication date, id.
struct TextDocumentBuilder {
    var defaultDate: SimpleDate?

    /// `fieldsSource` says where `fields.published` comes from (`.header` or `.record`). A document with a
    /// title and no body is read as its title (headlines state events: "U.S. LIFTS CURBS ON JAPANESE CHIPS");
    /// only one with neither fails, ``ReadFailure/empty``.
    func build(body: String, fields: DocumentFields, fieldsSource: PublishedSource, fallbackID: String,
               evidence base: PublicationDateEvidence = PublicationDateEvidence())
        -> Result<SourceDocument, ReadFailure>
    {
        var body = body
        if body.unicodeScalars.allSatisfy(IngestText.isWhitespace) {
            guard let title = fields.title else { return .failure(.empty) }
            body = title
        }
        var evidence = base
        evidence.add(parsing: fields.published, from: fieldsSource)
        evidence.add(fields.url.flatMap(URLDate.parse), from: .url)
        let found = DatelineLocator.find(in: body)
        evidence.dateline = found?.dateline.date
        let published = evidence.resolve(defaultDate: defaultDate)
        return .success(SourceDocument(
            id: fields.id ?? fallbackID, title: fields.title ?? found?.headline,
            published: published?.date, publishedFrom: published?.source,
            source: fields.source, url: fields.url, author: fields.author,
            text: body, bodyStart: found?.dateline.bodyStart ?? 0))
    }
}

/// Cuts the body out of a text.
enum TextBody {
    /// The text from code-point `offset`, without the blank lines at its start (the first line's indentation
    /// is kept) and without white space at its end.
    static func extract(from text: String, at offset: Int) -> String {
        let scalars = text.unicodeScalars
        var index = asciiIndex(in: text, offset: offset)
            ?? scalars.index(scalars.startIndex, offsetBy: offset, limitedBy: scalars.endIndex) ?? scalars.endIndex
        var lineStart = index
        while index < scalars.endIndex, IngestText.isWhitespace(scalars[index]) {
            if scalars[index] == "\n" { lineStart = scalars.index(after: index) }
            index = scalars.index(after: index)
        }
        guard index < scalars.endIndex else { return "" }
        var end = scalars.endIndex
        while end > index, IngestText.isWhitespace(scalars[scalars.index(before: end)]) {
            end = scalars.index(before: end)
        }
        return String(Substring(scalars[lineStart..<end]))
    }

    /// The index of code point `offset` when the text's first `offset` bytes are ASCII (each byte then one code
    /// point, the usual header); nil otherwise.
    private static func asciiIndex(in text: String, offset: Int) -> String.Index? {
        let utf8 = text.utf8
        guard offset >= 0, offset <= utf8.count else { return nil }
        let end = utf8.index(utf8.startIndex, offsetBy: offset)
        return utf8[..<end].allSatisfy({ $0 < 0x80 }) ? end : nil
    }
}
