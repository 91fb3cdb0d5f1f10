/// The words the stages of one pipeline look up, numbered once: the tokenizer gives each token the numbers of
/// its lower-cased form and lemma (``Token/lowerID``, ``Token/lemmaID``), so a later stage finds what it knows
/// of a word with an array index instead of hashing the word again.
///
/// Stages that look words up (``VocabularyUser``) name their words; the pipeline builds one vocabulary of all
/// of them and hands it to each. A document records the vocabulary its tokens are numbered by
/// (``AnnotatedDocument/vocabularyStamp``); a stage whose vocabulary has another stamp (a stage built on its own,
/// a document tokenized elsewhere) looks words up by their text, with the same result.
///
/// ```swift
/// let vocabulary = Vocabulary(["licence", "grant", "ban"])
/// vocabulary.id(of: "grant")    // 1 (words are numbered in sorted order)
/// vocabulary.id(of: "permit")   // Vocabulary.unknown
/// vocabulary.word(1)            // "grant"
/// ```
public struct Vocabulary: Sendable {
    /// The number of a word the vocabulary does not hold.
    public static let unknown: Int32 = -1
    /// The stamp of "no vocabulary": tokens made without one carry only `unknown`.
    public static let noStamp: UInt64 = 0

    private let table: WordTable
    private let words: [String]
    /// Equal for two vocabularies of the same words (so they number words alike), never ``noStamp``.
    public let stamp: UInt64

    public init<Words: Sequence>(_ words: Words) where Words.Element == String {
        let sorted = ByteKeyTable.distinct(Array(words)).sorted()
        self.words = sorted
        self.table = WordTable(distinct: sorted)
        var hash = KeyHash()
        for word in sorted {
            for byte in word.utf8 { hash.add(byte) }
            hash.add(0)
        }
        let value = hash.value &+ UInt64(sorted.count) << 32
        self.stamp = value == Vocabulary.noStamp ? 1 : value
    }

    /// The number of distinct words.
    public var count: Int { words.count }

    /// The word numbered `id`.
    public func word(_ id: Int32) -> String { words[Int(id)] }

    /// The number of `word`, or ``unknown``.
    public func id(of word: String) -> Int32 {
        table.index(of: word).map(Int32.init) ?? Vocabulary.unknown
    }

    /// The number of the word spelt by `bytes` whose ``KeyHash`` is `hash`, or ``unknown``.
    @inline(__always)
    func id(ofBytes bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int32 {
        table.index(ofBytes: bytes, hash: hash).map(Int32.init) ?? Vocabulary.unknown
    }

    /// Whether the tokens of `document` carry numbers of this vocabulary.
    @inline(__always)
    public func numbers(_ document: AnnotatedDocument) -> Bool {
        document.vocabularyStamp == stamp
    }

    /// `table[id]` for each word of the vocabulary, `table` being a stage's own look-up by word: the array a
    /// stage indexes by ``Token/lowerID`` or ``Token/lemmaID``.
    public func map<Value>(_ lookup: (String) -> Value) -> [Value] {
        words.map(lookup)
    }
}

/// A pipeline stage that looks words up: it names the words it needs (``vocabularyWords``) and, once the
/// pipeline has numbered all stages' words, builds its tables by number (``adopt(_:)``).
///
/// ```swift
/// var extractor = EventExtractor(knowledge: knowledge)
/// let vocabulary = Vocabulary(extractor.vocabularyWords)
/// extractor.adopt(vocabulary)
/// ```
public protocol VocabularyUser {
    /// Every word (lower-cased form or lemma) the stage looks up by its text.
    var vocabularyWords: [String] { get }
    /// Builds the stage's tables indexed by the numbers of `vocabulary` (which holds ``vocabularyWords``).
    mutating func adopt(_ vocabulary: Vocabulary)
}
