/// A fixed set of words, each numbered in the order first given, looked up by a cheap hash of the word's
/// UTF-8 bytes: the hot-path stand-in for `[String: Int]` and `Set<String>`, whose seeded SipHash costs more
/// than the rest of a per-token test. Built once when rules are loaded; read-only and shared by all threads.
///
/// ```swift
/// let table = WordTable(["grant", "licence", "grant"])
/// table.count                  // 2
/// table.index(of: "licence")   // 1
/// table.contains("permit")     // false
/// ```
public struct WordTable: Sendable {
    /// Every word's bytes, one after another.
    private let bytes: [UInt8]
    /// `starts[i]..<starts[i + 1]`: the bytes of word `i`.
    private let starts: [Int32]
    /// Open addressing: a word number, or -1 for an empty slot. Always at most half full.
    private let slots: [Int32]
    /// The number of distinct words.
    public let count: Int

    public init<Words: Sequence>(_ words: Words) where Words.Element == String {
        var bytes: [UInt8] = []
        var starts: [Int32] = [0]
        var seen = Set<String>()
        for word in words where seen.insert(word).inserted {
            bytes.append(contentsOf: word.utf8)
            starts.append(Int32(bytes.count))
        }
        let count = starts.count - 1
        var capacity = 8
        while capacity < count * 2 { capacity *= 2 }
        var slots = [Int32](repeating: -1, count: capacity)
        bytes.withUnsafeBufferPointer { all in
            for word in 0..<count {
                let start = Int(starts[word]), end = Int(starts[word + 1])
                var slot = Int(truncatingIfNeeded: WordTable.hash(UnsafeBufferPointer(rebasing: all[start..<end]))) & (capacity - 1)
                while slots[slot] >= 0 { slot = (slot + 1) & (capacity - 1) }
                slots[slot] = Int32(word)
            }
        }
        self.bytes = bytes
        self.starts = starts
        self.slots = slots
        self.count = count
    }

    /// The number of `word`, or `nil` when the table does not hold it.
    @inline(__always)
    public func index(of word: String) -> Int? {
        var word = word
        return word.withUTF8 { index(ofBytes: $0) }
    }

    public func contains(_ word: String) -> Bool { index(of: word) != nil }

    /// The number of the word spelt by `word`'s UTF-8 bytes, or `nil`.
    public func index(ofBytes word: UnsafeBufferPointer<UInt8>) -> Int? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: WordTable.hash(word)) & mask
        return slots.withUnsafeBufferPointer { slots in
            starts.withUnsafeBufferPointer { starts in
                bytes.withUnsafeBufferPointer { bytes in
                    while true {
                        let candidate = Int(slots[slot])
                        if candidate < 0 { return nil }
                        let start = Int(starts[candidate]), end = Int(starts[candidate + 1])
                        if end - start == word.count {
                            var equal = true
                            var k = 0
                            while k < word.count {
                                if bytes[start + k] != word[k] { equal = false; break }
                                k += 1
                            }
                            if equal { return candidate }
                        }
                        slot = (slot + 1) & mask
                    }
                }
            }
        }
    }

    /// FNV-1a over the bytes, then a final mix so the low bits used for the slot depend on every byte.
    @inline(__always)
    static func hash(_ word: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in word {
            h ^= UInt64(byte)
            h &*= 0x0000_0100_0000_01b3
        }
        h ^= h >> 29
        h &*= 0xbf58_476d_1ce4_e5b9
        return h ^ (h >> 32)
    }
}
