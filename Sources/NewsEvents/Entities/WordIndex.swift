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
    /// Per slot: 0 when empty, else the high half of the word's hash and its id + 1, so that a probe reads one array
    /// and compares words only when their hashes agree. The count is a power of two.
    private var slots = [UInt64](repeating: 0, count: 64)
    /// The ids of one-byte ASCII words (punctuation, mostly), by byte: no hashing for them.
    private var oneByte = [Int32](repeating: -1, count: 128)
    /// Per id: the word.
    private(set) var words: [String] = []

    var count: Int { words.count }

    /// The id of `word`, or -1 when it was never inserted.
    func id(of word: String) -> Int32 {
        if word.utf8.count == 1, let byte = word.utf8.first, byte < 0x80 { return oneByte[Int(byte)] }
        let hash = WordIndex.hash(word)
        let tag = hash & 0xFFFF_FFFF_0000_0000
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { return -1 }
            if entry & 0xFFFF_FFFF_0000_0000 == tag {
                let id = Int(entry & 0xFFFF_FFFF) - 1
                if words[id] == word { return Int32(id) }
            }
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
        if word.utf8.count == 1, let byte = word.utf8.first, byte < 0x80 {
            oneByte[Int(byte)] = id
            return id
        }
        if words.count * 2 > slots.count {
            slots = [UInt64](repeating: 0, count: slots.count * 2)
            for k in words.indices where words[k].utf8.count != 1 { place(k) }
        } else {
            place(Int(id))
        }
        return id
    }

    private mutating func place(_ id: Int) {
        let hash = WordIndex.hash(words[id])
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = hash & 0xFFFF_FFFF_0000_0000 | UInt64(id + 1)
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
