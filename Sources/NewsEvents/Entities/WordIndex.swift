/// Numbers words: each distinct word gets a dense id (0, 1, 2, ...) in the order it was first inserted.
///
/// An open-addressing hash table over the words' UTF-8 bytes (FNV-1a), cheaper per look-up than `Dictionary`'s
/// seeded hashing. The entity stage looks every token up once and then works with ids, so trie steps and word
/// tests are array reads instead of string hashing.
/// ```swift
/// var index = WordIndex()
/// index.insert("commerce")   // 0
/// index.insert("department") // 1
/// index.id(of: "commerce")   // 0
/// index.id(of: "trade")      // -1
/// ```
struct WordIndex: Sendable {
    /// Per slot: the id of the word there, or -1 for an empty slot. The count is a power of two.
    private var slots = [Int32](repeating: -1, count: 64)
    /// Per id: the word and its hash.
    private(set) var words: [String] = []
    private var hashes: [UInt64] = []

    var count: Int { words.count }

    /// The id of `word`, or -1 when it was never inserted.
    func id(of word: String) -> Int32 {
        let hash = WordIndex.hash(word)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let id = slots[slot]
            if id < 0 { return -1 }
            if hashes[Int(id)] == hash, words[Int(id)] == word { return id }
            slot = (slot + 1) & mask
        }
    }

    /// The id of `word`, numbering it first when it is new.
    @discardableResult
    mutating func insert(_ word: String) -> Int32 {
        let existing = id(of: word)
        if existing >= 0 { return existing }
        let id = Int32(words.count)
        words.append(word)
        hashes.append(WordIndex.hash(word))
        if words.count * 2 > slots.count {
            slots = [Int32](repeating: -1, count: slots.count * 2)
            for k in words.indices { place(Int32(k)) }
        } else {
            place(id)
        }
        return id
    }

    private mutating func place(_ id: Int32) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hashes[Int(id)]) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = id
    }

    /// FNV-1a over the UTF-8 bytes, its high bits folded into the low ones that pick the slot.
    static func hash(_ word: String) -> UInt64 {
        func fnv(_ bytes: some Sequence<UInt8>) -> UInt64 {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
            return hash ^ (hash >> 29)
        }
        return word.utf8.withContiguousStorageIfAvailable { fnv($0) } ?? fnv(word.utf8)
    }
}
