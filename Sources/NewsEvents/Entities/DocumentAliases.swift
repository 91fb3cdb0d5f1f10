/// The aliases a document defines as it goes ("the Bureau of Industry and Security (BIS)" makes "BIS" one; a new
/// name makes its surname or first word one), by their keys, each naming an actor.
///
/// The aliases lie in one array, those with the same first key chained in the order they were added, and a small
/// hash table of the first keys (open addressing, a cheap hash of the key's bytes: ``keyHash(_:)``) gives the first
/// of each chain: adding one allocates nothing but its keys after the first (none for a one-word alias). A 64-bit
/// filter of the first keys (``filterBit(_:)``) spares most tokens the table.
/// ```swift
/// var aliases = DocumentAliases()
/// aliases.add(first: "bis", rest: [], for: actor)
/// aliases.longest(startingWith: "bis", limit: 1) { _ in "" }?.count   // 1
/// ```
struct DocumentAliases {
    private struct Alias {
        /// The first key and its ``keyHash(_:)``.
        var first: String
        var hash: Int?
        var rest: [String]
        var actor: Actor
        /// The next alias with the same first key (-1: none).
        var next: Int32 = -1
    }

    private var aliases: [Alias] = []
    /// The first alias of each first key, at the key's hash (or the next free place): -1 for a free place. Its
    /// size is a power of two, at least twice the number of first keys.
    private var heads: [Int32] = []
    private var keyCount = 0
    /// How many first keys are not ASCII (their hash is nil: see ``place(of:hash:)``).
    private var nonASCIIKeys = 0
    /// One bit per first key (``filterBit(_:)``): a key whose bit is clear starts no alias.
    private(set) var filter: UInt64 = 0

    /// Adds the alias `first` + `rest` for `actor`, unless the same keys are an alias already.
    mutating func add(first: String, rest: [String], for actor: Actor) {
        let created = Int32(aliases.count)
        if aliases.isEmpty {
            aliases.reserveCapacity(8)
            heads = [Int32](repeating: -1, count: 16)
        }
        let hash = DocumentAliases.keyHash(first)
        let place = self.place(of: first, hash: hash)
        if heads[place] >= 0 {
            var last = heads[place]
            while true {
                if aliases[Int(last)].rest == rest { return }
                let next = aliases[Int(last)].next
                if next < 0 { break }
                last = next
            }
            aliases[Int(last)].next = created
        } else {
            heads[place] = created
            keyCount += 1
            if hash == nil { nonASCIIKeys += 1 }
            filter |= DocumentAliases.filterBit(first)
        }
        aliases.append(Alias(first: first, hash: hash, rest: rest, actor: actor))
        if keyCount * 2 > heads.count { rehash() }
    }

    /// The place of key `first` in ``heads``: where its chain starts, or the free place it would take.
    /// An ASCII key is probed for from its hash; a key that is not ASCII is compared with every key (it may equal
    /// one written with other bytes, as `String` equality goes by canonical equivalence), and so is an ASCII key
    /// not found while such keys are present.
    private func place(of first: String, hash: Int?) -> Int {
        let mask = heads.count - 1
        var place = (hash ?? 0) & mask
        if let hash {
            while heads[place] >= 0 {
                let head = Int(heads[place])
                if aliases[head].hash == hash && aliases[head].first == first { return place }
                place = (place + 1) & mask
            }
            if nonASCIIKeys == 0 { return place }
        }
        if let equal = heads.indices.first(where: { heads[$0] >= 0 && aliases[Int(heads[$0])].first == first }) {
            return equal
        }
        while heads[place] >= 0 { place = (place + 1) & mask }
        return place
    }

    /// Doubles ``heads`` and puts every chain back at its key's place.
    private mutating func rehash() {
        let old = heads
        heads = [Int32](repeating: -1, count: old.count * 2)
        for head in old where head >= 0 {
            heads[place(of: aliases[Int(head)].first, hash: aliases[Int(head)].hash)] = head
        }
    }

    /// The longest alias whose first key is `first` and whose other keys are `key(1)`, `key(2)`, ... (the keys of
    /// the tokens after it), at most `limit` keys long; the first added among the longest.
    func longest(startingWith first: String, limit: Int, key: (Int) -> String) -> (count: Int, actor: Actor)? {
        guard mayStart(first) else { return nil }
        var k = heads[place(of: first, hash: DocumentAliases.keyHash(first))]
        var best: Int32 = -1, length = 0
        while k >= 0 {
            let count = aliases[Int(k)].rest.count + 1
            if count > length, count <= limit,
               aliases[Int(k)].rest.indices.allSatisfy({ key($0 + 1) == aliases[Int(k)].rest[$0] }) {
                best = k
                length = count
            }
            k = aliases[Int(k)].next
        }
        return best >= 0 ? (length, aliases[Int(best)].actor) : nil
    }

    /// Whether an alias may start with `first` as far as ``filter`` tells.
    func mayStart(_ first: String) -> Bool { filter & DocumentAliases.filterBit(first) != 0 }

    /// The hash of a first key for ``heads``: FNV-1a of its bytes when it is ASCII; nil for a key that is not (a
    /// `String` key equals a canonically equivalent one written with other bytes).
    static func keyHash(_ key: String) -> Int? {
        func hash(_ bytes: some Sequence<UInt8>) -> Int? {
            var h: UInt64 = 0xCBF2_9CE4_8422_2325
            for byte in bytes {
                if byte >= 0x80 { return nil }
                h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            }
            return Int(truncatingIfNeeded: h ^ h >> 29)
        }
        return key.utf8.withContiguousStorageIfAvailable(hash) ?? hash(key.utf8)
    }

    /// The bit of ``filter`` for a first key: one of 64, from its length and its first and last bytes.
    /// Every bit for a key that is not ASCII: a `String` key matches a canonically equivalent one written with other
    /// bytes.
    static func filterBit(_ key: String) -> UInt64 {
        func bit(_ bytes: some BidirectionalCollection<UInt8>) -> UInt64 {
            if bytes.contains(where: { $0 >= 0x80 }) { return .max }
            let mixed = UInt64(bytes.count) &* 0x9E37 ^ UInt64(bytes.first ?? 0) &* 0x85EB ^ UInt64(bytes.last ?? 0) &* 0xC2B3
            return 1 << ((mixed ^ mixed >> 6 ^ mixed >> 12) & 63)
        }
        return key.utf8.withContiguousStorageIfAvailable(bit) ?? bit(key.utf8)
    }
}
