/// How much of an input the ingest stage takes before refusing it with a clear error: the size of one
/// document (a file, standard input, or one JSONL record) and the nesting depth of an HTML page. Limits are
/// values passed down from the command line (`--max-document-bytes`, `--max-html-depth`), never globals.
///
/// ```swift
/// let reader = DocumentReader(limits: ReadLimits(maximumDocumentBytes: 1 << 20))
/// reader.read(.file("huge.txt")) { print($0) }
/// // failure: "huge.txt: larger than 1048576 bytes, the limit: raise it with --max-document-bytes N or split the input"
/// ```
public struct ReadLimits: Sendable, Hashable {
    /// 256 MiB: a news article is kilobytes and a saved web page with inline data a few tens of megabytes;
    /// larger inputs are machine-made (a whole archive pasted into one file). Such a document is still read
    /// and analysed (in sections of a megabyte, ``DocumentSections``), so its analysis needs memory for its
    /// text, not for all its tokens; reading it holds the text about three times over for a moment (bytes,
    /// decoded text, body), which keeps a document at this limit under 1 GB. The limit stays to protect the
    /// machine from a stream without end or a mistaken input.
    public static let defaultDocumentBytes = 256 << 20

    /// Largest document, in bytes as read (before decoding): a whole file, standard input, or one JSONL line.
    public var maximumDocumentBytes: Int
    /// Deepest element nesting in an HTML page (``HTMLTree/maximumDepth`` by default).
    public var maximumHTMLDepth: Int

    public init(maximumDocumentBytes: Int = ReadLimits.defaultDocumentBytes,
                maximumHTMLDepth: Int = HTMLTree.maximumDepth) {
        self.maximumDocumentBytes = maximumDocumentBytes
        self.maximumHTMLDepth = maximumHTMLDepth
    }

    /// The failure of a document larger than ``maximumDocumentBytes``.
    var tooLarge: ReadFailure {
        ReadFailure("larger than \(maximumDocumentBytes) bytes, the limit: raise it with --max-document-bytes N "
            + "or split the input")
    }
}
