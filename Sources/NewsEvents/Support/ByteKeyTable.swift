/// A read-only hash table keyed by byte strings, so per-token look-ups (the tokenizer's lemma exceptions and
/// abbreviations, ``WordTable``'s rule words) work on the bytes at hand: no `String` is built and none is hashed.
///
/// Keys match byte for byte. `String` keys in a `Dictionary` match by canonical equivalence instead, which
/// differs only when a key is not ASCII (`"\u{037E}"` equals `";"` as a `String`); ``hasNonASCIIKeys`` tells
/// callers when to fall back to the `String` look-up.
/// ```swift
/// let table = ByteKeyTable(["was": "be", "sought": "seek"])
/// Array("was".utf8).withUnsafeBufferPointer { table.value(for: $0) }   // "be"
/// ```
struct ByteKeyTable<Value: Sendable>: Sendable {
    /// Every key's bytes, one after the other; key `k` is `keyBytes[places[k].offset...]`, `places[k].length`
    /// bytes long.
    private var keyBytes: [UInt8] = []
    /// Where each key's bytes are, in one array so that a probe reads one entry (and checks one bound).
    private var places: [KeyPlace] = []
    private var values: [Value] = []
    /// Open addressing: an index into `values`, or -1 for an empty slot.
    private var slots: [Int32]
    private var mask: Int
    /// Some key holds a byte of 0x80 or more.
    private(set) var hasNonASCIIKeys = false

    init(_ pairs: some Sequence<(key: String, value: Value)>) {
        let pairs = Array(pairs)
        self.init(room: pairs.count)
        for (key, value) in pairs { insert(key, value) }
    }

    /// An empty table with slots for `count` keys at most half full.
    private init(room count: Int) {
        var size = 16
        while size < count * 2 { size *= 2 }
        slots = [Int32](repeating: -1, count: size)
        mask = size - 1
        places.reserveCapacity(count)
        values.reserveCapacity(count)
    }

    /// Each distinct key of `keys` with `number(k)` for the `k`-th distinct key, in the order first given (a
    /// later copy of a key changes nothing).
    init(numbering keys: [String], _ number: (Int, String) -> Value) {
        self.init(room: keys.count)
        for key in keys {
            var text = key
            text.withUTF8 { bytes in
                let found = slot(for: bytes, hash: KeyHash(bytes).value)
                guard slots[found] < 0 else { return }
                if bytes.contains(where: { $0 >= 0x80 }) { hasNonASCIIKeys = true }
                slots[found] = Int32(values.count)
                places.append(KeyPlace(offset: keyBytes.count, length: bytes.count))
                values.append(number(values.count, key))
                keyBytes.append(contentsOf: bytes)
            }
        }
    }

    /// The number of keys.
    var count: Int { values.count }

    init(_ dictionary: [String: Value]) {
        self.init(dictionary.lazy.map { (key: $0.key, value: $0.value) })
    }

    private mutating func insert(_ key: String, _ value: Value) {
        var text = key
        text.withUTF8 { bytes in
            if bytes.contains(where: { $0 >= 0x80 }) { hasNonASCIIKeys = true }
            let found = slot(for: bytes, hash: KeyHash(bytes).value)
            if slots[found] >= 0 {
                values[Int(slots[found])] = value
                return
            }
            slots[found] = Int32(values.count)
            places.append(KeyPlace(offset: keyBytes.count, length: bytes.count))
            values.append(value)
            keyBytes.append(contentsOf: bytes)
        }
    }

    /// The value stored for exactly these bytes.
    @inline(__always)
    func value(for key: UnsafeBufferPointer<UInt8>) -> Value? {
        value(for: key, hash: KeyHash(key).value)
    }

    /// The value stored for exactly these bytes, whose ``KeyHash`` the caller has worked out.
    @inline(__always)
    func value(for key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Value? {
        let index = slots[slot(for: key, hash: hash)]
        return index < 0 ? nil : values[Int(index)]
    }

    /// The position of the value stored for exactly these bytes (whose ``KeyHash`` the caller has worked out),
    /// for ``subscript(position:)``: a caller that wants a field or two of a large value reads them in place.
    @inline(__always)
    func position(of key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int? {
        let index = slots[slot(for: key, hash: hash)]
        return index < 0 ? nil : Int(index)
    }

    /// The value at a position ``position(of:hash:)`` gave.
    @inline(__always)
    subscript(position position: Int) -> Value { values[position] }

    /// Whether these exact bytes are a key.
    @inline(__always)
    func contains(_ key: UnsafeBufferPointer<UInt8>) -> Bool {
        contains(key, hash: KeyHash(key).value)
    }

    /// Whether these exact bytes, whose ``KeyHash`` the caller has worked out, are a key.
    @inline(__always)
    func contains(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Bool {
        slots[slot(for: key, hash: hash)] >= 0
    }

    /// The slot holding `key`, or the empty slot where it would go.
    @inline(__always)
    private func slot(for key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let index = Int(slots[slot])
            if index < 0 { return slot }
            let place = places[index]
            if place.length == key.count, keyBytes.withUnsafeBufferPointer({ stored in
                key.count == 0 || memoryEqual(stored.baseAddress! + place.offset, key.baseAddress!, key.count)
            }) {
                return slot
            }
            slot = (slot + 1) & mask
        }
    }
}

extension ByteKeyTable where Value == Int32 {
    /// The distinct strings of `keys`, those a `Set` keeps (the first of equal ones), the ASCII ones told apart by
    /// their bytes rather than by hashing; in the order first given, the ASCII ones first when some is not ASCII.
    static func distinct(_ keys: [String]) -> [String] {
        if !keys.allSatisfy(\.isASCII) {
            // A string that is not ASCII may equal an ASCII one ("\u{212A}" is "K"): only when none does are the
            // ASCII strings told apart by their bytes, and the others by a `Set`, which keeps the first of equal ones.
            var asciiKeys: [String] = []
            asciiKeys.reserveCapacity(keys.count)
            var others: [String] = []
            var seen = Set<String>()
            for key in keys {
                if key.isASCII {
                    asciiKeys.append(key)
                } else if seen.insert(key).inserted {
                    others.append(key)
                }
            }
            let ascii = distinct(asciiKeys)
            if ascii.contains(where: seen.contains) {
                var all = Set<String>()
                return keys.filter { all.insert($0).inserted }
            }
            return ascii + others
        }
        var result: [String] = []
        result.reserveCapacity(keys.count)
        _ = ByteKeyTable(numbering: keys) { number, key in
            result.append(key)
            return Int32(number)
        }
        return result
    }
}

/// The hash ``ByteKeyTable`` files keys under, built a byte at a time so a caller can work it out while it
/// copies a word (FNV-1a, then a multiply that spreads the bits the table's mask keeps).
///
/// ```swift
/// var hash = KeyHash()
/// for byte in "was".utf8 { hash.add(byte) }
/// hash.value == Array("was".utf8).withUnsafeBufferPointer { KeyHash($0).value }   // true
/// ```
struct KeyHash {
    private var state: UInt64 = 0xCBF2_9CE4_8422_2325

    init() {}

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        for byte in bytes { add(byte) }
    }

    @inline(__always) mutating func add(_ byte: UInt8) {
        state = (state ^ UInt64(byte)) &* 0x100_0000_01B3
    }

    var value: UInt64 {
        let mixed = (state ^ (state >> 29)) &* 0xBF58_476D_1CE4_E5B9
        return mixed >> 32
    }
}

/// Where a key's bytes are in ``ByteKeyTable``'s store.
private struct KeyPlace {
    var offset: Int
    var length: Int
}

/// Whether `count` bytes at `a` and `b` are the same, compared eight, four or two at a time: two loads that may
/// overlap cover any length from 2 to 16 (a word is short), and no byte outside either range is read.
@inline(__always)
private func memoryEqual(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ count: Int) -> Bool {
    let a = UnsafeRawPointer(a), b = UnsafeRawPointer(b)
    @inline(__always) func same<Word: FixedWidthInteger>(_ offset: Int, _: Word.Type) -> Bool {
        a.loadUnaligned(fromByteOffset: offset, as: Word.self) == b.loadUnaligned(fromByteOffset: offset, as: Word.self)
    }
    if count >= 8 {
        var k = 0
        while k + 8 < count {
            guard same(k, UInt64.self) else { return false }
            k += 8
        }
        return same(count - 8, UInt64.self)
    }
    if count >= 4 { return same(0, UInt32.self) && same(count - 4, UInt32.self) }
    if count >= 2 { return same(0, UInt16.self) && same(count - 2, UInt16.self) }
    return count == 0 || a.load(as: UInt8.self) == b.load(as: UInt8.self)
}
