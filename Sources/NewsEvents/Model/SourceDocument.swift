/// Where a document's publication date was read from, in the contract's order of trust.
public enum PublishedSource: String, Sendable, Codable, CaseIterable {
    /// The JSONL record's `published` field.
    case record
    /// A plain-text header block (`Published:` / `Date:`) or YAML front matter.
    case header
    /// An HTML `<meta>` tag (`article:published_time`, `DC.date.issued`, ...).
    case meta
    /// JSON-LD `datePublished`.
    case jsonld
    /// An HTML `<time datetime>` or `itemprop=datePublished` element.
    case time
    /// A visible byline in the page ("Published 22 November 2019").
    case byline
    /// A newswire dateline ("WASHINGTON, Nov 22 (Reuters) -"), year taken from another source when absent.
    case dateline
    /// A date in the document's URL (`/2019/11/22/`).
    case url
    /// The `--date` option.
    case option
}

/// A document as read from its input, before any analysis: metadata and the body text.
///
/// Produced by the ingest stage, consumed by ``Pipeline``.
/// ```swift
/// let doc = SourceDocument(id: "seed", text: "WASHINGTON, Nov 22 (Reuters) - The Commerce Department ...")
/// ```
public struct SourceDocument: Sendable {
    /// Unique within a run: the record's `id`, the header's `ID`, the file stem, or `stdin`.
    public var id: String
    /// The input path, when the document came from a file.
    public var path: String?
    public var title: String?
    /// The publication date, the anchor for relative dates.
    public var published: SimpleDate?
    /// Where `published` came from.
    public var publishedFrom: PublishedSource?
    /// When the document was last updated, as its metadata says (HTML: `article:modified_time`, JSON-LD
    /// `dateModified`, ...); reported, not used for analysis.
    public var updated: SimpleDate?
    public var source: String?
    public var url: String?
    public var author: String?
    /// The body the pipeline analyses (for HTML: the extracted main content).
    public var text: String
    /// Offset (in code points) into `text` where the body proper starts, after a dateline; 0 when none.
    public var bodyStart: Int
    /// What the reader had to guess or repair ("not valid UTF-8 ...: read as windows-1252"); the document is
    /// still read, and the CLI prints each as `newsevents: warning: INPUT: warning`.
    public var warnings: [String] = []

    public init(
        id: String, path: String? = nil, title: String? = nil, published: SimpleDate? = nil,
        publishedFrom: PublishedSource? = nil, source: String? = nil, url: String? = nil,
        author: String? = nil, text: String, bodyStart: Int = 0
    ) {
        self.id = id
        self.path = path
        self.title = title
        self.published = published
        self.publishedFrom = publishedFrom
        self.source = source
        self.url = url
        self.author = author
        self.text = text
        self.bodyStart = bodyStart
    }
}
