/// A trie over token keys: the index that makes lexicon lookup one pass over a document.
///
/// The keys are numbered by a ``WordIndex``; each node maps the number of the next token's key to a child.
/// Looking up the aliases that start at a token walks at most as many nodes as the longest alias has tokens, and
/// each step is one integer hash look-up, so tagging a document costs O(tokens × longest alias) whatever the number
/// of entries: 50 or 50,000 entries tag at the same speed. Node storage is flat arrays, so the trie is a plain
/// `Sendable` value.
/// ```swift
/// var trie = TokenTrie()
/// trie.insert(["commerce", "department"], value: ref)
/// trie.matches(from: 0, count: tokens.count, key: { keys[$0] })   // [(length: 2, values: [ref])]
/// ```
struct TokenTrie: Sendable {
    /// The keys of the stored sequences, numbered.
    private(set) var words = WordIndex()
    /// Per node: the values of the sequence that ends there. Node 0 is the root.
    private var values: [[AliasReference]] = [[]]
    private var edges = Edges()
    /// The longest key sequence inserted, in tokens.
    private(set) var depth = 0

    var nodeCount: Int { values.count }

    mutating func insert(_ keys: [String], value: AliasReference) {
        var node: Int32 = 0
        for key in keys {
            let word = words.insert(key)
            let next = edges.child(of: node, word: word)
            if next >= 0 {
                node = next
            } else {
                let created = Int32(values.count)
                values.append([])
                edges.insert(from: node, word: word, to: created)
                node = created
            }
        }
        values[Int(node)].append(value)
        depth = max(depth, keys.count)
    }

    /// Every stored sequence that starts at `start`: `(length, values)` pairs, shortest first.
    /// `key(i)` gives the normalised key of token `i`; `limit` is one past the last token that may be used.
    func matches(from start: Int, limit: Int, key: (Int) -> String) -> [(length: Int, values: [AliasReference])] {
        var result: [(length: Int, values: [AliasReference])] = []
        var node: Int32 = 0
        var i = start
        while i < limit {
            node = child(of: node, word: words.id(of: key(i)))
            guard node >= 0 else { break }
            i += 1
            if !values[Int(node)].isEmpty { result.append((i - start, values[Int(node)])) }
        }
        return result
    }

    /// The node the key numbered `word` (in ``words``) leads to from `node` (-1: none; `word` may be -1 or any id
    /// of an index that extends ``words``).
    func child(of node: Int32, word: Int32) -> Int32 { word < 0 ? -1 : edges.child(of: node, word: word) }

    /// The values stored at `node`: those of the sequence that leads there.
    func values(at node: Int32) -> [AliasReference] { values[Int(node)] }

    /// Whether a stored sequence ends at `node` (-1: no node).
    func storesSequence(endingAt node: Int32) -> Bool { node >= 0 && !values[Int(node)].isEmpty }
}

/// The trie's links, `(node, word) -> child`, in one open-addressing table keyed on both numbers.
private struct Edges: Sendable {
    private static let empty = UInt64.max
    /// Per slot: `node << 32 | word`, or `empty`. The count is a power of two.
    private var keys = [UInt64](repeating: Edges.empty, count: 64)
    private var children = [Int32](repeating: -1, count: 64)
    private var count = 0

    private static func key(_ node: Int32, _ word: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: word))
    }

    private func slot(of key: UInt64) -> Int {
        let mask = keys.count - 1
        var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
        while keys[slot] != key && keys[slot] != Edges.empty { slot = (slot + 1) & mask }
        return slot
    }

    func child(of node: Int32, word: Int32) -> Int32 {
        let key = Edges.key(node, word)
        let slot = slot(of: key)
        return keys[slot] == key ? children[slot] : -1
    }

    mutating func insert(from node: Int32, word: Int32, to child: Int32) {
        if (count + 1) * 2 > keys.count {
            let old = zip(keys, children).filter { $0.0 != Edges.empty }
            keys = [UInt64](repeating: Edges.empty, count: keys.count * 2)
            children = [Int32](repeating: -1, count: keys.count)
            for (key, value) in old {
                let slot = slot(of: key)
                keys[slot] = key
                children[slot] = value
            }
        }
        let key = Edges.key(node, word)
        let slot = slot(of: key)
        if keys[slot] == Edges.empty { count += 1 }
        keys[slot] = key
        children[slot] = child
    }
}
