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
    /// One slot of the table: the word itself (so that a probe compares it without reading another array), the high
    /// half of its hash, and its id (-1: an empty slot).
    private struct Slot: Sendable {
        var word = ""
        var tag: UInt32 = 0
        var id: Int32 = -1
    }

    /// The count is a power of two, at least twice the number of words hashed.
    private var slots = [Slot](repeating: Slot(), count: 64)
    /// The ids of one-byte ASCII words (punctuation, mostly), by byte: no hashing for them.
    private var oneByte = [Int32](repeating: -1, count: 128)
    /// Per id: the word.
    private(set) var words: [String] = []

    var count: Int { words.count }

    /// The id of `word`, or -1 when it was never inserted.
    func id(of word: String) -> Int32 {
        if word.utf8.count == 1, let byte = word.utf8.first, byte < 0x80 { return oneByte[Int(byte)] }
        return probe(word, hash: WordIndex.hash(word))
    }

    /// The id of `word`, whose UTF-8 bytes are `bytes` and whose ``Hash`` is `hash`: ``id(of:)`` without
    /// reading the word twice.
    func id(of word: String, bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int32 {
        if bytes.count == 1, bytes[0] < 0x80 { return oneByte[Int(bytes[0])] }
        return probe(word, hash: hash)
    }

    /// The id of a word of more than one byte, found from its hash.
    private func probe(_ word: String, hash: UInt64) -> Int32 {
        let tag = UInt32(truncatingIfNeeded: hash >> 32)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot].id >= 0 {
            if slots[slot].tag == tag, slots[slot].word == word { return slots[slot].id }
            slot = (slot + 1) & mask
        }
        return -1
    }

    /// The id of `word`, numbering it first when it is new.
    @discardableResult
    mutating func insert(_ word: String) -> Int32 {
        let existing = id(of: word)
        if existing >= 0 { return existing }
        let id = Int32(words.count)
        words.append(word)
        if word.utf8.count == 1, let byte = word.utf8.first, byte < 0x80 {
            oneByte[Int(byte)] = id
            return id
        }
        if words.count * 2 > slots.count {
            slots = [Slot](repeating: Slot(), count: slots.count * 2)
            for k in words.indices where words[k].utf8.count != 1 { place(Int32(k)) }
        } else {
            place(id)
        }
        return id
    }

    private mutating func place(_ id: Int32) {
        let word = words[Int(id)]
        let hash = WordIndex.hash(word)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot].id >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Slot(word: word, tag: UInt32(truncatingIfNeeded: hash >> 32), id: id)
    }

    /// FNV-1a over the UTF-8 bytes, its high bits folded into the low ones that pick the slot.
    static func hash(_ word: String) -> UInt64 {
        func fnv(_ bytes: some Sequence<UInt8>) -> UInt64 {
            var hash = Hash()
            for byte in bytes { hash.add(byte) }
            return hash.value
        }
        return word.utf8.withContiguousStorageIfAvailable { fnv($0) } ?? fnv(word.utf8)
    }

    /// ``hash(_:)`` built a byte at a time, for a caller that reads the bytes anyway.
    struct Hash {
        private var state: UInt64 = 0xcbf2_9ce4_8422_2325

        @inline(__always) mutating func add(_ byte: UInt8) { state = (state ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }

        var value: UInt64 { state ^ (state >> 29) }
    }
}
