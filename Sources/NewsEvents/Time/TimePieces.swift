/// The unit the time patterns match: a token, or a part of a hyphenated token (`third-quarter` is
/// `third` `-` `quarter`), so that patterns see `90-day` and `90 day` alike.
///
/// A match must start and end on token boundaries, so a timex always covers whole tokens. A piece holds no
/// string: its word id in the tagger's tables and what the built-in classes read are worked out once, when
/// the document's pieces are made.
/// ```swift
/// let pieces = TimePieces.make(document, tables: tagger.tables)
/// pieces.items[0].id   // the word id of the first token, -1 when no rule names it
/// ```
struct TimePiece: Sendable, Equatable {
    /// Numeric value of an all-digit piece, or of a number with thousands separators (`1,000`); -1 for none.
    var number: Int
    private var tokenIndex: Int32
    /// Word id in `TimeMatchTables` (-1 when the rules never name the word).
    var id: Int32
    private var ordinalValue: Int16
    private var decadeValue: Int16
    /// The built-in classes that can match at the piece (`TimeMatchTables.builtinBit`), for a piece with a digit.
    var builtins: UInt16
    private var digitCount: UInt8
    private var flags: UInt8

    private static let startsTokenFlag: UInt8 = 1, endsTokenFlag: UInt8 = 2, capitalizedFlag: UInt8 = 4
    private static let shortDecadeFlag: UInt8 = 8

    /// A piece of token `token` with word id `id`: no digits, nothing for the built-in classes.
    init(token: Int, id: Int32, startsToken: Bool, endsToken: Bool, capitalized: Bool) {
        number = -1
        tokenIndex = Int32(truncatingIfNeeded: token)
        self.id = id
        ordinalValue = -1
        decadeValue = -1
        builtins = 0
        digitCount = 0
        flags = (startsToken ? TimePiece.startsTokenFlag : 0) | (endsToken ? TimePiece.endsTokenFlag : 0)
            | (capitalized ? TimePiece.capitalizedFlag : 0)
    }

    /// Index of the document token the piece comes from. A match starts on a piece that starts its token and ends
    /// on one that ends it, so its text span is that of its tokens.
    var token: Int { Int(tokenIndex) }
    /// Number of digits when the piece is all digits, else 0 (counted up to 255).
    var digits: Int {
        get { Int(digitCount) }
        set { digitCount = UInt8(min(newValue, 255)) }
    }
    /// The value of `3rd`, `20th`, or -1.
    var ordinal: Int {
        get { Int(ordinalValue) }
        set { ordinalValue = Int16(newValue) }
    }
    /// The DECADE value of `1990s` or `90s` (`199`), or -1; and whether it is the short form (`90s`).
    var decade: Int {
        get { Int(decadeValue) }
        set { decadeValue = Int16(newValue) }
    }
    var decadeIsShort: Bool {
        get { flags & TimePiece.shortDecadeFlag != 0 }
        set { set(TimePiece.shortDecadeFlag, newValue) }
    }
    var startsToken: Bool { flags & TimePiece.startsTokenFlag != 0 }
    var endsToken: Bool {
        get { flags & TimePiece.endsTokenFlag != 0 }
        set { set(TimePiece.endsTokenFlag, newValue) }
    }
    /// The piece's text starts with a capital (worked out only for pieces with a word id: false for others).
    var capitalized: Bool { flags & TimePiece.capitalizedFlag != 0 }

    private mutating func set(_ flag: UInt8, _ on: Bool) {
        flags = on ? flags | flag : flags & ~flag
    }
}

/// A document's pieces, and the pieces where a match may start (a word that starts some pattern, or a piece with
/// a digit), so the matcher visits only those.
struct TimePieces {
    var items: [TimePiece]
    var starts: [Int32]

    var isEmpty: Bool { items.isEmpty }
    var count: Int { items.count }

    /// What the tagger knows of a word of the pipeline's vocabulary: its id in the tables (-1 for none), and
    /// whether a token of that word is split into pieces (it holds a hyphen and is over two bytes long).
    struct NumberedWord: Sendable, Equatable {
        var id: Int32
        var splits: Bool

        init(_ word: String, tables: TimeMatchTables) {
            id = tables.ids[word] ?? -1
            let utf8 = word.utf8
            splits = utf8.count > 2 && utf8.contains(UInt8(ascii: "-"))
        }
    }

    /// Splits a document's tokens into pieces (hyphenated tokens into parts and hyphens). `numbered`: per
    /// number of the vocabulary the tokens carry (``Token/lowerID``), what the tagger knows of the word; nil when
    /// the tokens carry none, and words are looked up by their text.
    static func make(
        _ document: AnnotatedDocument, tables: TimeMatchTables, numbered: [NumberedWord]? = nil
    ) -> TimePieces {
        // The pieces are written straight into the array that keeps them. Most tokens are one piece each: room for
        // a quarter more is nearly always enough; a document that needs more is split again with twice the room.
        var room = document.tokens.count + document.tokens.count / 4 + 16
        while true {
            if let made = make(document, tables: tables, numbered: numbered, room: room) { return made }
            room *= 2
        }
    }

    /// The document's pieces, or nil when they are more than `room`.
    private static func make(
        _ document: AnnotatedDocument, tables: TimeMatchTables, numbered: [NumberedWord]?, room: Int
    ) -> TimePieces? {
        let tokens = document.tokens
        var starts = ScratchBuffer<Int32>(capacity: tokens.count / 4 + 16)
        var complete = true
        let items = [TimePiece](unsafeUninitializedCapacity: room) { buffer, initialized in
        var pieces = BoundedWriter(buffer)
        let isNumbered = numbered != nil
        let words = numbered ?? []
        let startsPattern = tables.startsPattern
        // Read in place, through pointers: a token copied or an array read with checks costs more than the rest.
        tokens.withUnsafeBufferPointer { tokens in
        words.withUnsafeBufferPointer { words in
        startsPattern.withUnsafeBufferPointer { startsPattern in
        document.scalars.withUnsafeBufferPointer { scalars in
            for index in 0..<tokens.count {
                let shape = tokens[index].shape
                // A token numbered by the vocabulary and without digits (its shape says so) that is not split: its
                // id is an array read, and it is one piece with nothing for the built-in classes.
                if isNumbered, shape != .number, shape != .alphanumeric {
                    let number = tokens[index].lowerID
                    let splits: Bool
                    if shape == .punctuation {
                        splits = false
                    } else if number >= 0 {
                        splits = words[Int(number)].splits
                    } else {
                        // The hyphen first: most tokens have none, and then their text need not be read.
                        splits = hasHyphen(scalars, tokens[index].span) && tokens[index].lower.utf8.count > 2
                    }
                    if !splits {
                        let id = number >= 0 ? words[Int(number)].id : -1
                        var capitalized = false
                        if id >= 0 {
                            if startsPattern[Int(id)] { starts.append(Int32(pieces.count)) }
                            // A lower-case token has no capital, a capitalised one has one (see
                            // `CharacterClass.shape(of:)`): their text need not be read.
                            capitalized = shape == .capitalized
                                || (shape != .lower && startsWithCapital(tokens[index].text))
                        }
                        pieces.append(TimePiece(
                            token: index, id: id, startsToken: true, endsToken: true, capitalized: capitalized))
                        continue
                    }
                }
                let firstPiece = pieces.count
                scanned(tokens[index], index, scalars, tables, into: &pieces)
                for k in firstPiece..<pieces.count {
                    let id = pieces[k].id
                    if (id >= 0 && startsPattern[Int(id)]) || pieces[k].builtins != 0 { starts.append(Int32(k)) }
                }
            }
        }
        }
        }
        }
        initialized = pieces.count
        complete = !pieces.overflowed
        }
        guard complete else { return nil }
        return TimePieces(items: items, starts: starts.array())
    }

    /// The word id of token `index`'s whole text (the tense cues are among the words): by its vocabulary number
    /// when the tokens carry them (`numbered`, as for ``make(_:tables:numbered:)``), else by its text.
    @inline(__always) static func tokenID(
        _ tokens: [Token], _ index: Int, tables: TimeMatchTables, numbered: [NumberedWord]?
    ) -> Int32 {
        guard let numbered else { return tables.id(of: tokens[index].lower) }
        let number = tokens[index].lowerID
        return number >= 0 ? numbered[Int(number)].id : -1
    }

    /// Appends the pieces of token `token` (number `index`) read from its bytes.
    private static func scanned(
        _ token: Token, _ index: Int, _ scalars: UnsafeBufferPointer<Unicode.Scalar>,
        _ tables: TimeMatchTables, into pieces: inout BoundedWriter<TimePiece>
    ) {
        let lower = token.lower
        let isPunctuation = token.shape == .punctuation
        var scan = ByteScan(lower)
        if !(scan.hyphen && scan.count > 2 && !isPunctuation) {
            pieces.append(piece(lower, scan: &scan, firstOfText: token.text, index, true, true, tables))
            return
        }
        // Split on hyphens, by code points of the document text.
        let span = token.span
        var partStart = span.start
        var first = true
        var position = span.start
        while position <= span.end {
            let atEnd = position == span.end
            let c = atEnd ? " " : scalars[position]
            if atEnd || c == "-" || c == "\u{2011}" {
                // The part before the hyphen (or the end), when it is not empty.
                if position > partStart {
                    let text = String(scalars: scalars[partStart..<position])
                    pieces.append(piece(text.lowercased(), text, index, first, atEnd, tables))
                    first = false
                }
                if !atEnd {
                    pieces.append(piece("-", "-", index, false, false, tables))
                    partStart = position + 1
                    first = false
                }
            }
            position += 1
        }
        if pieces.count > 0 { pieces[pieces.count - 1].endsToken = true }
    }

    /// The text starts with an upper-case letter.
    @inline(__always) static func startsWithCapital(_ text: String) -> Bool {
        if let byte = text.utf8.first, byte < 0x80 {
            // ASCII: only A-Z are upper case.
            return byte >= 65 && byte <= 90
        }
        return text.unicodeScalars.first?.properties.isUppercase ?? false
    }

    /// Whether the text of a token holds a hyphen (`-`, or U+2011, which the tokenizer writes as `-`).
    @inline(__always) static func hasHyphen(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ span: Span) -> Bool {
        var k = max(span.start, 0)
        let end = min(span.end, scalars.count)
        while k < end {
            let value = scalars[k].value
            if value == 0x2D || value == 0x2011 { return true }
            k += 1
        }
        return false
    }

    /// What one pass over a word's bytes tells: digits, the number they make, whether it is ASCII (and its hash,
    /// to find its id), whether it holds a hyphen.
    struct ByteScan {
        var count = 0
        var digits = 0
        var allDigits = true
        var value = 0
        var sawDigit = false
        var numeric = true
        var ascii = true
        var hyphen = false
        var hash = 0
        var first: UInt8 = 0

        init(_ lower: String) {
            let done: Bool? = lower.utf8.withContiguousStorageIfAvailable { bytes in
                scan(bytes)
                return true
            }
            if done == nil { scan(Array(lower.utf8)) }
        }

        private mutating func scan<C: Collection>(_ bytes: C) where C.Element == UInt8 {
            var h: UInt64 = TimeWordIndex.seed
            first = bytes.first ?? 0
            for byte in bytes {
                count += 1
                h = TimeWordIndex.step(h, byte)
                if isDigitByte(byte) {
                    digits += 1
                    sawDigit = true
                    if value < 1_000_000_000 { value = value * 10 + Int(byte - 48) }
                } else {
                    allDigits = false
                    if byte != UInt8(ascii: ",") { numeric = false }
                    if byte >= 0x80 { ascii = false }
                    if byte == UInt8(ascii: "-") { hyphen = true }
                }
            }
            hash = TimeWordIndex.finish(h)
        }
    }

    private static func piece(
        _ lower: String, _ text: String, _ token: Int, _ starts: Bool, _ ends: Bool, _ tables: TimeMatchTables
    ) -> TimePiece {
        var scan = ByteScan(lower)
        return piece(lower, scan: &scan, firstOfText: text, token, starts, ends, tables)
    }

    private static func piece(
        _ lower: String, scan: inout ByteScan, firstOfText text: String, _ token: Int, _ starts: Bool, _ ends: Bool,
        _ tables: TimeMatchTables
    ) -> TimePiece {
        let id: Int32
        if scan.ascii {
            id = scan.count <= tables.wordIndex.longest && tables.wordIndex.mayHold(first: scan.first, count: scan.count)
                ? tables.wordIndex.find(lower, hash: scan.hash) : -1
        } else {
            id = tables.id(of: lower)
        }
        // Only vocabulary forms read the capital (`may!`), and only pieces with a word id can be one.
        let capitalized = id >= 0 && startsWithCapital(text)
        let sawDigit = scan.sawDigit
        var piece = TimePiece(token: token, id: id, startsToken: starts, endsToken: ends, capitalized: capitalized)
        if sawDigit {
            piece.digits = scan.allDigits ? scan.digits : 0
            piece.number = scan.allDigits || (scan.numeric && scan.count >= 5) ? scan.value : -1
            piece.ordinal = TimeMatcher.ordinalDigits(lower) ?? -1
            if let (decade, short) = TimeMatcher.decade(lower) {
                piece.decade = decade
                piece.decadeIsShort = short
            }
            piece.builtins = TimeMatchTables.builtins(of: piece)
        }
        return piece
    }
}
