/// The orthographic shape of a token, used by rules (`shape=Xx`) and by the entity and time stages.
public enum TokenShape: UInt8, Sendable, Codable {
    /// `huawei`
    case lower
    /// `Huawei`
    case capitalized
    /// `BIS`, `U.S.`
    case upper
    /// `iPhone`, `McDonald`
    case mixed
    /// `90`, `1,000`, `1.5`
    case number
    /// `1987-04-07`, `5/21`, `3rd`: digits mixed with letters or separators
    case alphanumeric
    /// `.`, `,`, `(`, `"`
    case punctuation
    /// `$`, `%`, `&`
    case symbol
}

/// One token of a document: its surface form, the forms rules compare against, and its place in the text.
///
/// ```swift
/// // "Microsoft ' s licences" -> Microsoft | 's | licences
/// token.lower   // "licences"
/// token.lemma   // "licence"
/// token.span    // code points into the document text
/// token.lemmaID // the number of "licence" in the pipeline's vocabulary
/// ```
public struct Token: Sendable, Hashable {
    /// The text as written, normalised only for quotes and spaced apostrophes (`' s` becomes `'s`).
    public var text: String {
        didSet { endsWithFullStop = Token.endsWithFullStop(text) }
    }
    /// Lower-cased `text`.
    public var lower: String
    /// Dictionary form for rules: `granted` -> `grant`, `licenses` -> `licence`.
    public var lemma: String
    public var span: Span
    /// The number of `lower` in the pipeline's ``Vocabulary`` (``Vocabulary/unknown`` when it holds no such word
    /// or the tokens were made without one; see ``AnnotatedDocument/vocabularyStamp``).
    public var lowerID: Int32
    /// The number of `lemma` in the pipeline's ``Vocabulary``, like ``lowerID``.
    public var lemmaID: Int32
    // The one-byte fields last, so they share the word the IDs leave free (80 bytes a token, not 88).
    public var shape: TokenShape
    /// A line break (not just a space) stands between this token and the previous one.
    public var newlineBefore: Bool
    /// A blank line stands between this token and the previous one (a paragraph break).
    public var paragraphBefore: Bool
    /// No whitespace between this token and the previous one.
    public var attachedBefore: Bool
    /// The last byte of `text` is a full stop (`.`, `U.S.`, `Inc.`): kept so that the sentence splitter reads the
    /// text of no other word.
    private(set) var endsWithFullStop: Bool

    public init(
        text: String, lower: String, lemma: String, shape: TokenShape, span: Span,
        newlineBefore: Bool = false, paragraphBefore: Bool = false, attachedBefore: Bool = false,
        lowerID: Int32 = Vocabulary.unknown, lemmaID: Int32 = Vocabulary.unknown
    ) {
        self.init(text: text, lower: lower, lemma: lemma, shape: shape, span: span, newlineBefore: newlineBefore,
                  paragraphBefore: paragraphBefore, attachedBefore: attachedBefore, lowerID: lowerID, lemmaID: lemmaID,
                  endsWithFullStop: Token.endsWithFullStop(text))
    }

    /// A token whose maker knows whether its text ends in a full stop (``endsWithFullStop``).
    init(
        text: String, lower: String, lemma: String, shape: TokenShape, span: Span,
        newlineBefore: Bool = false, paragraphBefore: Bool = false, attachedBefore: Bool = false,
        lowerID: Int32 = Vocabulary.unknown, lemmaID: Int32 = Vocabulary.unknown, endsWithFullStop: Bool
    ) {
        self.endsWithFullStop = endsWithFullStop
        self.text = text
        self.lower = lower
        self.lemma = lemma
        self.shape = shape
        self.span = span
        self.newlineBefore = newlineBefore
        self.paragraphBefore = paragraphBefore
        self.attachedBefore = attachedBefore
        self.lowerID = lowerID
        self.lemmaID = lemmaID
    }

    /// Whether the last byte of `text` is `.`.
    static func endsWithFullStop(_ text: String) -> Bool { text.utf8.last == UInt8(ascii: ".") }

    public var isPunctuation: Bool { shape == .punctuation }
    public var isCapitalized: Bool { shape == .capitalized || shape == .upper || shape == .mixed }
}

/// A sentence: a range of tokens and the text span they cover.
public struct Sentence: Sendable, Hashable {
    public var tokens: Range<Int>
    public var span: Span
    /// The sentence is a headline or title line rather than running text.
    public var isHeadline: Bool

    public init(tokens: Range<Int>, span: Span, isHeadline: Bool = false) {
        self.tokens = tokens
        self.span = span
        self.isHeadline = isHeadline
    }
}
