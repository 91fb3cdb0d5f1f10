/// A token's text when it is plain ASCII, read in one pass: its bytes, its lower-cased bytes with their
/// ``KeyHash``, and the counts its ``TokenShape`` follows from. The tokenizer builds its strings, shape and
/// lemma from this without looking at the text again.
///
/// ```swift
/// var word = ASCIIWord()
/// defer { word.deallocate() }
/// let scalars = Array("McDonald".unicodeScalars)
/// scalars.withUnsafeBufferPointer { word.read($0) }   // true
/// word.shape                                           // .mixed
/// ```
struct ASCIIWord {
    private var textBytes: UnsafeMutablePointer<UInt8>
    private var lowerBytes: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private(set) var count = 0
    private(set) var upper = 0, lower = 0, digits = 0
    /// Every byte is a digit, `,` or `.`.
    private(set) var numberish = true
    /// An upper-case letter follows a lower-case one (`McDonald`, `iPhone`).
    private(set) var upperAfterLower = false
    /// The ``KeyHash`` of the lower-cased bytes.
    private(set) var lowerHash = KeyHash()

    init(capacity: Int = 64) {
        self.capacity = capacity
        textBytes = .allocate(capacity: capacity)
        lowerBytes = .allocate(capacity: capacity)
    }

    func deallocate() {
        textBytes.deallocate()
        lowerBytes.deallocate()
    }

    var text: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: textBytes, count: count) }
    var lowered: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: lowerBytes, count: count) }
    var hasUpper: Bool { upper > 0 }
    /// Only letters (the lower-cased bytes only a to z).
    var isLetters: Bool { upper + lower == count }

    /// Reads `scalars` when they are all ASCII and none is a backquote (which normalisation would turn into
    /// `'`); false otherwise. The bytes are valid until the next call.
    @inline(__always)
    mutating func read(_ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        let n = scalars.count
        if n > capacity { grow(to: n) }
        count = n
        upper = 0
        lower = 0
        digits = 0
        numberish = true
        upperAfterLower = false
        lowerHash = KeyHash()
        for k in 0..<n {
            let v = scalars[k].value
            if v >= 128 || v == 96 { return false }
            var b = UInt8(truncatingIfNeeded: v)
            textBytes[k] = b
            if b >= 48 && b <= 57 {
                digits += 1
            } else if b >= 65 && b <= 90 {
                upper += 1
                numberish = false
                upperAfterLower = upperAfterLower || lower > 0
                b += 32
            } else if b >= 97 && b <= 122 {
                lower += 1
                numberish = false
            } else if b != 44 && b != 46 {
                numberish = false
            }
            lowerBytes[k] = b
            lowerHash.add(b)
        }
        return true
    }

    /// ``CharacterClass/shape(of:)`` of the text read.
    var shape: TokenShape {
        let letters = upper + lower
        if letters == 0 && digits == 0 {
            return count > 0 && ASCIIWord.isSymbol(textBytes[0]) ? .symbol : .punctuation
        }
        if letters == 0 { return numberish ? .number : .alphanumeric }
        if digits > 0 { return .alphanumeric }
        if lower == 0 { return .upper }
        if upper == 0 { return .lower }
        // Capitalised unless an upper-case letter follows a lower-case one (McDonald, iPhone).
        let first = textBytes[0]
        if first >= 65 && first <= 90 { return upperAfterLower ? .mixed : .capitalized }
        return .mixed
    }

    /// The ASCII symbols of ``CharacterClass/shape(of:)``: `$ % & @ # + = < >`.
    @inline(__always) private static func isSymbol(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "$"), UInt8(ascii: "%"), UInt8(ascii: "&"), UInt8(ascii: "@"), UInt8(ascii: "#"),
             UInt8(ascii: "+"), UInt8(ascii: "="), UInt8(ascii: "<"), UInt8(ascii: ">"): return true
        default: return false
        }
    }

    private mutating func grow(to count: Int) {
        deallocate()
        capacity = max(count, capacity * 2)
        textBytes = .allocate(capacity: capacity)
        lowerBytes = .allocate(capacity: capacity)
    }
}
