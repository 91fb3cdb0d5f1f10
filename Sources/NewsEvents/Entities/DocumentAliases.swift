/// The aliases a document defines as it goes ("the Bureau of Industry and Security (BIS)" makes "BIS" one; a new
/// name makes its surname or first word one), by their keys, each naming an actor.
///
/// The aliases lie in one array, those with the same first key chained in the order they were added, and a
/// dictionary gives the first of each chain: adding one allocates nothing but its keys after the first (none for
/// a one-word alias). A 64-bit filter of the first keys (``filterBit(_:)``) spares most tokens the dictionary.
/// ```swift
/// var aliases = DocumentAliases()
/// aliases.add(first: "bis", rest: [], for: actor)
/// aliases.longest(startingWith: "bis", limit: 1) { _ in "" }?.count   // 1
/// ```
struct DocumentAliases {
    private struct Alias {
        var rest: [String]
        var actor: Actor
        /// The next alias with the same first key (-1: none).
        var next: Int32 = -1
    }

    private var aliases: [Alias] = []
    private var firstByKey: [String: Int32] = [:]
    /// One bit per first key (``filterBit(_:)``): a key whose bit is clear starts no alias.
    private(set) var filter: UInt64 = 0

    /// Adds the alias `first` + `rest` for `actor`, unless the same keys are an alias already.
    mutating func add(first: String, rest: [String], for actor: Actor) {
        let created = Int32(aliases.count)
        if aliases.isEmpty {
            aliases.reserveCapacity(8)
            firstByKey.reserveCapacity(8)
        }
        // One look-up: the key's first alias, `created` when the key is new (and then its entry).
        var head = created
        func note(_ first: inout Int32) { head = first }
        note(&firstByKey[first, default: created])
        if head != created {
            var last = head
            while true {
                if aliases[Int(last)].rest == rest { return }
                let next = aliases[Int(last)].next
                if next < 0 { break }
                last = next
            }
            aliases[Int(last)].next = created
        } else {
            filter |= DocumentAliases.filterBit(first)
        }
        aliases.append(Alias(rest: rest, actor: actor))
    }

    /// The longest alias whose first key is `first` and whose other keys are `key(1)`, `key(2)`, ... (the keys of
    /// the tokens after it), at most `limit` keys long; the first added among the longest.
    func longest(startingWith first: String, limit: Int, key: (Int) -> String) -> (count: Int, actor: Actor)? {
        guard mayStart(first), var k = firstByKey[first] else { return nil }
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
