/// A fixed set of words, each numbered in the order first given, looked up by the bytes of the word (a
/// ``ByteKeyTable`` from word to number): the hot-path stand-in for `[String: Int]` and `Set<String>`, whose
/// seeded SipHash costs more than the rest of a per-token test. Built once when rules are loaded; read-only
/// and shared by all threads.
///
/// ```swift
/// let table = WordTable(["grant", "licence", "grant"])
/// table.count                  // 2
/// table.index(of: "licence")   // 1
/// table.contains("permit")     // false
/// ```
public struct WordTable: Sendable {
    private let numbers: ByteKeyTable<Int32>
    /// The number of distinct words.
    public let count: Int

    public init<Words: Sequence>(_ words: Words) where Words.Element == String {
        let words = Array(words)
        if words.allSatisfy(\.isASCII) {
            // ASCII words are equal as strings when their bytes are: the table finds the copies itself.
            numbers = ByteKeyTable(numbering: words) { number, _ in Int32(number) }
            count = numbers.count
            return
        }
        var seen = Set<String>()
        var pairs: [(key: String, value: Int32)] = []
        for word in words where seen.insert(word).inserted { pairs.append((key: word, value: Int32(pairs.count))) }
        numbers = ByteKeyTable(pairs)
        count = pairs.count
    }

    /// The table of words no two of which are equal strings (then no two have the same bytes), numbered in order.
    init(distinct words: [String]) {
        numbers = ByteKeyTable(numbering: words) { number, _ in Int32(number) }
        count = numbers.count
    }

    /// The number of `word`, or `nil` when the table does not hold it.
    @inline(__always)
    public func index(of word: String) -> Int? {
        var word = word
        return word.withUTF8 { index(ofBytes: $0) }
    }

    public func contains(_ word: String) -> Bool { index(of: word) != nil }

    /// The number of the word spelt by `word`'s UTF-8 bytes, or `nil`.
    @inline(__always)
    public func index(ofBytes word: UnsafeBufferPointer<UInt8>) -> Int? {
        numbers.value(for: word).map(Int.init)
    }

    /// ``index(ofBytes:)`` when the caller has worked out the word's ``KeyHash`` already.
    @inline(__always)
    func index(ofBytes word: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int? {
        numbers.value(for: word, hash: hash).map(Int.init)
    }
}

extension String {
    /// Whether every byte of the string is ASCII (then two strings are equal exactly when their bytes are).
    var isASCII: Bool {
        utf8.withContiguousStorageIfAvailable { $0.allSatisfy { $0 < 0x80 } } ?? utf8.allSatisfy { $0 < 0x80 }
    }
}
