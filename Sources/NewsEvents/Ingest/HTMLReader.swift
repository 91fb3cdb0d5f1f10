/// Reads an HTML page into a document: the main content as paragraphs separated by blank lines, the title,
/// canonical URL, author, site name and publication date.
///
/// Parsing is libxml2's HTML parser (no network, no external entities or DTDs, broken markup recovered).
/// Content: boilerplate dropped (``HTMLBoilerplate``), the article chosen (``HTMLContentSelector``), its text
/// written out (``HTMLTextRenderer``), a headline that opens it and lines that only give its date removed
/// (``HTMLDateLines``: they are metadata). A page that shows no text at all is read as its meta description,
/// when it has one, else as its title; a page with neither fails. Publication date, most trusted first: meta tags, JSON-LD, `<time>`,
/// a byline, a dateline at the start of the story, the URL, the page's modified time (as `.meta`: publication
/// is no later), the first `<time>` anywhere, a line that says when the page last changed ("zuletzt am
/// 29. Januar 2020 geändert", as `.byline`), `defaultDate`.
/// ```swift
/// let doc = try HTMLReader().read(Array(page.utf8), fallbackID: "huawei-entity-list").get()
/// doc.title          // "US puts Huawei on trade blacklist after Trump emergency order"
/// doc.published      // 2019-05-16 (publishedFrom .jsonld)
/// doc.text           // "US puts Huawei on trade blacklist ...\n\nWASHINGTON — The U.S. Commerce ..."
/// ```
public struct HTMLReader: Sendable {
    /// The `--date` fallback.
    public var defaultDate: SimpleDate?
    /// Deepest element nesting read (`--max-html-depth`); deeper pages fail with ``HTMLTree/ReadError/tooDeep(_:)``.
    public var maximumDepth: Int

    public init(defaultDate: SimpleDate? = nil, maximumDepth: Int = HTMLTree.maximumDepth) {
        self.defaultDate = defaultDate
        self.maximumDepth = maximumDepth
    }

    /// Reads the bytes of an HTML file (any encoding, see ``HTMLEncoding``).
    public func read(_ bytes: [UInt8], fallbackID: String) -> Result<SourceDocument, ReadFailure> {
        if let binary = ContentSniffer.binaryReason(bytes) { return .failure(binary) }
        if bytes.allSatisfy(ContentSniffer.isSpace) { return .failure(.empty) }
        let prepared = HTMLEncoding.prepare(bytes)
        return read(parsing: prepared.bytes, encoding: prepared.encoding, fallbackID: fallbackID)
    }

    /// Reads HTML that is already text (a JSONL record's `html`). The `record`'s fields take precedence over
    /// the page's; its `published` is the most trusted date (`.record`), its URL's date comes before the page's.
    public func read(html: String, fallbackID: String, record: DocumentFields = DocumentFields())
        -> Result<SourceDocument, ReadFailure>
    {
        if html.allSatisfy(\.isWhitespace) {
            return TextDocumentBuilder(defaultDate: defaultDate)
                .build(body: "", fields: record, fieldsSource: .record, fallbackID: fallbackID)
        }
        return read(parsing: Array(html.utf8), encoding: "UTF-8", fallbackID: fallbackID, record: record)
    }

    private func read(parsing bytes: [UInt8], encoding: String, fallbackID: String,
                      record: DocumentFields = DocumentFields()) -> Result<SourceDocument, ReadFailure> {
        let tree: HTMLTree
        let markup = encoding == "UTF-8" ? HTMLMarkupFilter.filtered(bytes) : bytes
        switch HTMLTree.read(markup, encoding: encoding, maximumDepth: maximumDepth, consultedAttributesOnly: true) {
        case .success(let parsed): tree = parsed
        case .failure(let error): return .failure(ReadFailure(error.description))
        }
        let (page, root, paragraphs) = extract(tree) ?? describedOnly(tree) ?? (HTMLPageAnalysis(tree: tree), 0, [])
        var metadata = HTMLMetadata.read(page, content: root)
        let (body, dateLine) = HTMLDateLines.split(HTMLTitle.droppingHeadline(paragraphs, headlines: metadata.headlines))
        metadata.evidence.add(dateLine, from: .byline)
        var text = body.joined(separator: "\n\n")
        if text.unicodeScalars.allSatisfy(\.properties.isWhitespace) {
            // A page that shows only its headline is read as the headline; one without either is no document.
            guard let title = record.title ?? metadata.title else {
                return .failure(ReadFailure("no text and no title found in the page"))
            }
            text = title
        }
        var evidence = PublicationDateEvidence()
        evidence.add(parsing: record.published, from: .record)
        evidence.add(record.url.flatMap(URLDate.parse), from: .url)
        evidence.merge(metadata.evidence)
        let found = DatelineLocator.find(in: text)
        evidence.dateline = found?.dateline.date
        var published = evidence.resolve(defaultDate: defaultDate)
        if published == nil || published?.source == .option, let modified = metadata.modified {
            published = (modified, .meta)
        }
        if published == nil || published?.source == .option, let anyTime = metadata.lastResort {
            published = (anyTime, .time)
        }
        if published == nil || published?.source == .option, let changed = HTMLDateElements.lastChange(page) {
            published = (changed, .byline)
        }
        var document = SourceDocument(
            id: record.id ?? fallbackID, title: record.title ?? metadata.title ?? found?.headline,
            published: published?.date, publishedFrom: published?.source,
            source: record.source ?? metadata.source, url: record.url ?? metadata.url,
            author: record.author ?? metadata.author, text: text, bodyStart: found?.dateline.bodyStart ?? 0)
        document.updated = metadata.modified.map { modified in published.map { max($0.date, modified) } ?? modified }
        return .success(document)
    }

    /// A page whose body shows no text (a script-built page, a photo page) but whose meta tags describe it:
    /// the description is its text, best effort.
    private func describedOnly(_ tree: HTMLTree) -> (HTMLPageAnalysis, Int, [String])? {
        let meta = HTMLMetadata.metaValues(tree)
        guard let description = ["og:description", "description", "twitter:description"].lazy
            .compactMap({ meta[$0] }).first(where: { HTMLPageAnalysis.visibleLength($0) > 0 }) else { return nil }
        return (HTMLPageAnalysis(tree: tree), 0, [IngestText.trim(description, " \t\n\r")])
    }

    /// The main content's paragraphs; falls back to the whole page, then to `<noscript>` content.
    private func extract(_ tree: HTMLTree) -> (HTMLPageAnalysis, Int, [String])? {
        for keepNoscript in [false, true] {
            let page = HTMLPageAnalysis(tree: tree, keepNoscript: keepNoscript)
            for root in [HTMLContentSelector.select(page), 0].compactMap({ $0 }) {
                let paragraphs = HTMLTextRenderer.render(page, root: root)
                if !paragraphs.isEmpty { return (page, root, paragraphs) }
            }
        }
        return nil
    }
}
