/// What the piece after a match's first one can be, per row (a pattern, or a word that starts patterns): a
/// cheap test, made once with the tables, that spares trying a pattern whose first piece is a common word
/// ("the", "in") where the next piece cannot continue it.
///
/// ```swift
/// // a row for `the FOLLOWING UNIT`: the piece after "the" must be a FOLLOWING word
/// filter.allows(row, next: id(of: "following"), builtins: 0)   // true
/// filter.allows(row, next: id(of: "company"), builtins: 0)     // false
/// ```
struct SecondPieceFilter: Sendable {
    /// Per row: a match can end on its first piece, so any next piece will do.
    var any: [Bool]
    /// Per row: the built-in classes (`TimeMatchTables.builtinBit`) a next piece with a digit may be.
    var mask: [UInt16]
    /// Per row: the word ids the next piece may have, as bits, `stride` words per row.
    var bits: [UInt64]
    var stride: Int

    /// An empty filter for `rows` rows over word ids below `words`: it allows nothing.
    init(rows: Int, words: Int) {
        stride = (words + 63) / 64
        any = [Bool](repeating: false, count: rows)
        mask = [UInt16](repeating: 0, count: rows)
        bits = [UInt64](repeating: 0, count: rows * stride)
    }

    /// Allows in `row` what `other` allows in its row `from`.
    mutating func add(_ other: SecondPieceFilter, row from: Int, to row: Int) {
        if other.any[from] { any[row] = true }
        mask[row] |= other.mask[from]
        for k in 0..<stride { bits[row * stride + k] |= other.bits[from * other.stride + k] }
    }

    /// Allows in `row` the word `id`.
    mutating func allow(_ id: Int32, in row: Int) {
        bits[row * stride + Int(id) / 64] |= 1 << UInt64(Int(id) % 64)
    }

    /// Whether a piece with word id `id` (-1 for none) and built-in classes `builtins` may follow in `row`.
    @inline(__always) func allows(_ row: Int, next id: Int32, builtins: UInt16) -> Bool {
        if any[row] || mask[row] & builtins != 0 { return true }
        guard id >= 0 else { return false }
        return bits[row * stride + Int(id) / 64] & (1 << UInt64(Int(id) % 64)) != 0
    }
}
