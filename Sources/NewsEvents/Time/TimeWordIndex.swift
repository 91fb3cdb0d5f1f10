/// Word ids looked up from a word's UTF-8 bytes: an open-addressing table with an FNV-1a hash, so that giving
/// every token of a document its id costs a few byte reads and no `String` hashing.
///
/// ```swift
/// let index = TimeWordIndex(words: ["may", "week"])   // ids 0 and 1, in the order given
/// index.id(of: "week")   // 1
/// index.id(of: "the")    // -1
/// ```
struct TimeWordIndex: Sendable {
    /// Per slot: the word's id, or -1 for an empty slot.
    private var slotID: [Int32]
    /// Words of 64 bytes or more (not in `lengths`); none in the rules.
    private var hasLongWords = false
    /// Per slot: where the word's bytes start in `bytes`, and their count.
    private var slotStart: [Int32]
    private var slotLength: [Int32]
    private var bytes: [UInt8]
    private var mask: Int
    /// The longest word's length in bytes: longer words are rejected without hashing.
    private(set) var longest: Int
    /// Per first byte: bit n set when some word of n bytes (n < 64) starts with it, so most other words are
    /// rejected before hashing.
    private var lengths: [UInt64]

    /// The words get ids 0, 1, ... in the order given; a repeated word keeps its first id.
    init(words: [String]) {
        var size = 16
        while size < words.count * 4 { size *= 2 }
        slotID = [Int32](repeating: -1, count: size)
        slotStart = [Int32](repeating: 0, count: size)
        slotLength = [Int32](repeating: 0, count: size)
        bytes = []
        mask = size - 1
        longest = 0
        lengths = [UInt64](repeating: 0, count: 256)
        for (id, word) in words.enumerated() {
            let utf8 = Array(word.utf8)
            if find(utf8) >= 0 { continue }
            var slot = TimeWordIndex.hash(utf8) & mask
            while slotID[slot] >= 0 { slot = (slot + 1) & mask }
            slotID[slot] = Int32(id)
            slotStart[slot] = Int32(bytes.count)
            slotLength[slot] = Int32(utf8.count)
            bytes += utf8
            longest = max(longest, utf8.count)
            if let first = utf8.first {
                if utf8.count < 64 { lengths[Int(first)] |= 1 << UInt64(utf8.count) } else { hasLongWords = true }
            }
        }
    }

    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always) static func step(_ h: UInt64, _ byte: UInt8) -> UInt64 {
        (h ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }

    @inline(__always) static func finish(_ h: UInt64) -> Int {
        Int(truncatingIfNeeded: h ^ (h >> 29))
    }

    /// FNV-1a over the bytes (`seed`, `step`, `finish`).
    @inline(__always) static func hash<C: Collection>(_ word: C) -> Int where C.Element == UInt8 {
        var h = seed
        for byte in word { h = step(h, byte) }
        return finish(h)
    }

    /// The id of a word given as bytes, or -1.
    func find<C: Collection>(_ word: C) -> Int32 where C.Element == UInt8 {
        guard word.count <= longest else { return -1 }
        return find(word, hash: TimeWordIndex.hash(word))
    }

    /// Whether some word has this first byte and byte count (false: the word is surely not in the index).
    @inline(__always) func mayHold(first: UInt8, count: Int) -> Bool {
        count >= 64 ? hasLongWords : lengths[Int(first)] & (1 << UInt64(count)) != 0
    }

    /// The id of a word whose bytes hash to `hash` (`TimeWordIndex.hash`), or -1.
    func find(_ word: String, hash: Int) -> Int32 {
        if let found = word.utf8.withContiguousStorageIfAvailable({ find($0, hash: hash) }) { return found }
        return find(Array(word.utf8), hash: hash)
    }

    func find<C: Collection>(_ word: C, hash: Int) -> Int32 where C.Element == UInt8 {
        let count = word.count
        guard count <= longest, count > 0 else { return -1 }
        var slot = hash & mask
        while true {
            let id = slotID[slot]
            if id < 0 { return -1 }
            if Int(slotLength[slot]) == count {
                var k = Int(slotStart[slot])
                var same = true
                for byte in word {
                    if bytes[k] != byte { same = false; break }
                    k += 1
                }
                if same { return id }
            }
            slot = (slot + 1) & mask
        }
    }

    /// The id of a word, or -1.
    func id(of word: String) -> Int32 {
        guard word.utf8.count <= longest else { return -1 }
        if let found = word.utf8.withContiguousStorageIfAvailable({ find($0) }) { return found }
        return find(Array(word.utf8))
    }
}
