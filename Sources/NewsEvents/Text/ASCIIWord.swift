/// A token's text when it is plain ASCII, gathered a scalar at a time while the tokenizer scans it: its bytes,
/// its lower-cased bytes with their ``KeyHash``, and the kinds of byte its ``TokenShape`` follows from. The
/// tokenizer builds its strings, shape and lemma from this without looking at the text again.
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
    /// ``scratch``: room for one byte more than the others.
    private var spareBytes: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private(set) var count = 0
    /// The kinds of byte appended so far (``Kind`` bits).
    private var seen: UInt8 = 0
    /// An upper-case letter follows a lower-case one (`McDonald`, `iPhone`).
    private var upperAfterLower = false
    /// An upper-case letter follows the first byte (`BIS`, `McDonald`, `U.S`).
    private var upperAfterFirst = false
    /// The ``KeyHash`` of the lower-cased bytes.
    private(set) var lowerHash = KeyHash()
    /// Every scalar appended since ``reset()`` was ASCII and none was a backquote (which normalisation would turn
    /// into `'`). When false, the bytes are incomplete and the word must take the general path.
    private(set) var isASCII = true

    /// The kinds of byte, as bits of ``seen``.
    private enum Kind {
        static let upper: UInt8 = 1, lower: UInt8 = 2, digit: UInt8 = 4
        /// `,` or `.`, which a number may hold.
        static let numberMark: UInt8 = 8
        static let other: UInt8 = 16
    }

    init(capacity: Int = 64) {
        self.capacity = max(capacity, 1)
        textBytes = .allocate(capacity: self.capacity)
        lowerBytes = .allocate(capacity: self.capacity)
        spareBytes = .allocate(capacity: self.capacity + 1)
    }

    func deallocate() {
        textBytes.deallocate()
        lowerBytes.deallocate()
        spareBytes.deallocate()
    }

    /// Room for one byte more than the word holds, where its user may write something made from it (the
    /// lemmatizer's stem) without allocating; its bytes are the writer's until the word changes.
    var scratch: UnsafeMutableBufferPointer<UInt8> { UnsafeMutableBufferPointer(start: spareBytes, count: count + 1) }

    var text: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: textBytes, count: count) }
    var lowered: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: lowerBytes, count: count) }
    var hasUpper: Bool { seen & Kind.upper != 0 }
    /// The last byte is `.` (``Token/endsWithFullStop``).
    var endsWithFullStop: Bool { count > 0 && textBytes[count - 1] == UInt8(ascii: ".") }
    /// Only letters (the lower-cased bytes only a to z).
    var isLetters: Bool { seen & ~(Kind.upper | Kind.lower) == 0 }
    /// The text is its lower-cased bytes with the first one upper-cased (`The`, `Reuters`, `U.s`).
    var isCapitalizedLower: Bool {
        count > 0 && textBytes[0] != lowerBytes[0] && !upperAfterFirst
    }
    /// Every letter is upper case (`BIS`, `U.S`, `1ST`) and there is one.
    var isAllUpper: Bool { seen & (Kind.upper | Kind.lower) == Kind.upper }

    /// Starts a new word.
    @inline(__always)
    mutating func reset() {
        count = 0
        seen = 0
        upperAfterLower = false
        upperAfterFirst = false
        lowerHash = KeyHash()
        isASCII = true
    }

    /// Adds one scalar of the text; a scalar that is not ASCII, or a backquote, clears ``isASCII``.
    @inline(__always)
    mutating func append(_ scalar: Unicode.Scalar) {
        let v = scalar.value
        guard v < 128 && v != 96 else {
            isASCII = false
            return
        }
        if count == capacity { grow() }
        var b = UInt8(truncatingIfNeeded: v)
        textBytes[count] = b
        if b &- 65 < 26 {
            upperAfterLower = upperAfterLower || seen & Kind.lower != 0
            upperAfterFirst = upperAfterFirst || count > 0
            seen |= Kind.upper
            b |= 0x20
        } else if b &- 97 < 26 {
            seen |= Kind.lower
        } else if b &- 48 < 10 {
            seen |= Kind.digit
        } else if b == 44 || b == 46 {
            seen |= Kind.numberMark
        } else {
            seen |= Kind.other
        }
        lowerBytes[count] = b
        lowerHash.add(b)
        count += 1
    }

    /// Appends the run of ASCII letters and digits that starts at `scalars[start]` and returns where it ends and
    /// whether it held a letter: the tokenizer's inner loop, with the word's state in registers.
    @inline(__always)
    mutating func appendAlphanumerics(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, from start: Int) -> (end: Int, letters: Bool) {
        let n = scalars.count
        var i = start
        var k = count, seen = self.seen, hash = lowerHash
        var upperAfterLower = self.upperAfterLower, upperAfterFirst = self.upperAfterFirst
        var letters = false
        // The pointers and the room in locals too: a byte stored through a pointer could otherwise alias them.
        run: while true {
            let text = textBytes, lower = lowerBytes, room = capacity
            while i < n && k < room {
                let v = scalars[i].value
                var b = UInt8(truncatingIfNeeded: v)
                if v &- 97 < 26 {
                    seen |= Kind.lower
                    letters = true
                } else if v &- 65 < 26 {
                    upperAfterLower = upperAfterLower || seen & Kind.lower != 0
                    upperAfterFirst = upperAfterFirst || k > 0
                    seen |= Kind.upper
                    letters = true
                    b |= 0x20
                } else if v &- 48 < 10 {
                    seen |= Kind.digit
                } else {
                    break run
                }
                text[k] = UInt8(truncatingIfNeeded: v)
                lower[k] = b
                hash.add(b)
                k += 1
                i += 1
            }
            guard i < n else { break }
            count = k
            grow()
        }
        count = k
        self.seen = seen
        lowerHash = hash
        self.upperAfterLower = upperAfterLower
        self.upperAfterFirst = upperAfterFirst
        return (i, letters)
    }

    /// Drops the last byte (the tokenizer gives back the `n` of `didn't`).
    mutating func removeLast() {
        let kept = count - 1
        let copy = UnsafeMutablePointer<UInt8>.allocate(capacity: max(kept, 1))
        defer { copy.deallocate() }
        copy.initialize(from: textBytes, count: kept)
        reset()
        for k in 0..<kept { append(Unicode.Scalar(copy[k])) }
    }

    /// The lower-cased bytes followed by `byte`, with their hash, without adding `byte` to the word.
    func loweredAdding<R>(_ byte: UInt8, _ body: (UnsafeBufferPointer<UInt8>, UInt64) -> R) -> R {
        precondition(count < capacity)
        lowerBytes[count] = byte
        var hash = lowerHash
        hash.add(byte)
        return body(UnsafeBufferPointer(start: lowerBytes, count: count + 1), hash.value)
    }

    /// Whether there is room for one byte more than the word holds (see ``loweredAdding(_:_:)``).
    var hasSpare: Bool { count < capacity }

    /// Reads `scalars` afresh when they are all ASCII and none is a backquote; false otherwise. The bytes are
    /// valid until the next call.
    @inline(__always)
    mutating func read(_ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        reset()
        for scalar in scalars {
            append(scalar)
            if !isASCII { return false }
        }
        return true
    }

    /// ``CharacterClass/shape(of:)`` of the text read.
    var shape: TokenShape {
        let letters = seen & (Kind.upper | Kind.lower)
        let digits = seen & Kind.digit != 0
        if letters == 0 && !digits {
            return count > 0 && ASCIIWord.isSymbol(textBytes[0]) ? .symbol : .punctuation
        }
        if letters == 0 { return seen & Kind.other == 0 ? .number : .alphanumeric }
        if digits { return .alphanumeric }
        if letters == Kind.upper { return .upper }
        if letters == Kind.lower { return .lower }
        // Capitalised unless an upper-case letter follows a lower-case one (McDonald, iPhone).
        let first = textBytes[0]
        if first >= 65 && first <= 90 { return upperAfterLower ? .mixed : .capitalized }
        return .mixed
    }

    /// The shapes of the text read with its first byte upper-cased and with every letter upper-cased, worked out
    /// from the word's kinds of byte when it has no upper-case letter (as ``shape`` would give for those texts);
    /// `nil` when it has one.
    var upperCasedShapes: (capitalized: TokenShape, upper: TokenShape)? {
        guard !hasUpper else { return nil }
        let plain = shape
        // No letter: cases change nothing. A digit with letters: alphanumeric in any case.
        guard seen & Kind.lower != 0 else { return (plain, plain) }
        if seen & Kind.digit != 0 { return (.alphanumeric, .alphanumeric) }
        // Only letters and marks: every letter upper case is `upper`; with the first byte upper-cased, a first
        // letter is the only upper-case one (`capitalized`, or `upper` when it is the only letter), and a first
        // byte that is no letter stays as it is.
        guard textBytes[0] &- 97 < 26 else { return (plain, .upper) }
        let moreLetters = (1..<count).contains { textBytes[$0] &- 97 < 26 }
        return (moreLetters ? .capitalized : .upper, .upper)
    }

    /// The ASCII symbols of ``CharacterClass/shape(of:)``: `$ % & @ # + = < >`.
    @inline(__always) private static func isSymbol(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "$"), UInt8(ascii: "%"), UInt8(ascii: "&"), UInt8(ascii: "@"), UInt8(ascii: "#"),
             UInt8(ascii: "+"), UInt8(ascii: "="), UInt8(ascii: "<"), UInt8(ascii: ">"): return true
        default: return false
        }
    }

    /// Doubles the room, keeping the bytes gathered so far.
    private mutating func grow() {
        let larger = capacity * 2
        let text = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
        let lower = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
        text.initialize(from: textBytes, count: count)
        lower.initialize(from: lowerBytes, count: count)
        deallocate()
        textBytes = text
        lowerBytes = lower
        spareBytes = .allocate(capacity: larger + 1)
        capacity = larger
    }
}
