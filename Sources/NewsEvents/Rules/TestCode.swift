/// The token tests of one program, flattened: each test is a run of steps evaluated by a loop with one
/// result register (no recursion), and its steps, word bits and codes are plain numbers, so evaluating a test
/// retains nothing. `&` and `|` short-circuit by jumping forward; `!` flips the register.
///
/// ```swift
/// let code = TestCode(program.constraints)
/// code.passes(slot, at: 3, in: context)   // whether token 3 of the sentence passes the program's test `slot`
/// ```
struct TestCode: Sendable {
    enum Step: Sendable {
        /// Set the register to true.
        case any
        /// A word test (`word=`, `lower=` or `lemma=`): `test` indexes ``wordTests``; `bits`, when not
        /// negative, is where the test's word numbers start in ``bits`` (tokens numbered by the vocabulary it
        /// adopted); `affixes`: the test also lists prefixes or suffixes.
        case word(TokenAttribute, test: Int32, bits: Int32, affixes: Bool)
        /// `/pattern/` tests: `patterns[index]`.
        case patterns(TokenAttribute, Int32)
        /// The register is whether the token's bit is in the mask.
        case shape(UInt8)
        case entityType(UInt16)
        case mentionKind(UInt8)
        case timexType(UInt8)
        /// `id=`: `ids[index]` holds the covering entity's id.
        case entityID(Int32)
        case not
        case jumpIfFalse(Int32)
        case jumpIfTrue(Int32)
        case end
    }

    private var steps: [Step] = []
    /// Where each test's steps start.
    private var starts: [Int32] = []
    private var wordTests: [CompiledConstraint.WordTest] = []
    /// The word numbers of the adopted word tests, one bit each, ``width`` words a test.
    private var bits: [UInt64] = []
    private var width = 0
    private var patterns: [[WordPattern]] = []
    private var ids: [Set<String>] = []

    /// The tests `constraints`, by slot; their word tests read text until they adopt a vocabulary.
    init(_ constraints: [CompiledConstraint]) {
        for constraint in constraints {
            starts.append(Int32(steps.count))
            emit(constraint.root)
            steps.append(.end)
        }
    }

    /// The tests with the word tests numbered by `vocabulary` (those whose words it holds): the same tests,
    /// read by number for tokens numbered by it.
    func adopting(_ vocabulary: Vocabulary) -> TestCode {
        var table = WordBits(vocabulary: vocabulary)
        number(in: &table)
        return adopting(table)
    }

    /// Adds the rows of this code's word tests to `table`.
    func number(in table: inout WordBits) {
        for test in wordTests { table.add(test) }
    }

    /// The tests with the word tests numbered by the vocabulary of `table`, which holds a row for each of them
    /// (``number(in:)``): the code shares the table's rows.
    func adopting(_ table: WordBits) -> TestCode {
        var code = self
        code.width = table.width
        code.bits = table.rows
        for k in code.steps.indices {
            if case .word(let attribute, let test, _, let affixes) = code.steps[k], attribute != .word {
                code.steps[k] = .word(attribute, test: test, bits: table.row(of: wordTests[Int(test)]), affixes: affixes)
            }
        }
        return code
    }

    /// The word numbers of word tests by a vocabulary, one row of bits per test whose words it all holds,
    /// made once for the tests every program of a rule set shares (each ``CompiledConstraint/WordTest`` is one
    /// object, whatever the number of patterns using it).
    ///
    /// ```swift
    /// var table = TestCode.WordBits(vocabulary: vocabulary)
    /// for code in codes { code.number(in: &table) }
    /// let adopted = codes.map { $0.adopting(table) }
    /// ```
    struct WordBits {
        let vocabulary: Vocabulary
        /// Words of a row: one bit per number of the vocabulary.
        let width: Int
        private(set) var rows: [UInt64] = []
        /// Where each test's row starts in ``rows``; -1: the vocabulary lacks one of its words.
        private var rowOf: [ObjectIdentifier: Int32] = [:]

        init(vocabulary: Vocabulary) {
            self.vocabulary = vocabulary
            self.width = vocabulary.count / 64 + 1
        }

        mutating func add(_ test: CompiledConstraint.WordTest) {
            let key = ObjectIdentifier(test)
            guard rowOf[key] == nil else { return }
            guard let numbers = test.numbers(in: vocabulary) else { rowOf[key] = -1; return }
            let start = rows.count
            rowOf[key] = Int32(start)
            rows += repeatElement(0, count: width)
            for id in numbers { rows[start + Int(id) >> 6] |= 1 << UInt64(id & 63) }
        }

        /// Where the row of `test` starts, -1 when it has none.
        func row(of test: CompiledConstraint.WordTest) -> Int32 {
            rowOf[ObjectIdentifier(test)] ?? -1
        }
    }

    private mutating func emit(_ node: CompiledConstraint.Node) {
        switch node {
        case .any: steps.append(.any)
        case .words(let attribute, let test):
            let index = wordTests.firstIndex { $0 === test } ?? wordTests.count
            if index == wordTests.count { wordTests.append(test) }
            steps.append(.word(attribute, test: Int32(index), bits: -1,
                               affixes: !test.prefixes.isEmpty || !test.suffixes.isEmpty))
        case .patterns(let attribute, let list):
            patterns.append(list)
            steps.append(.patterns(attribute, Int32(patterns.count - 1)))
        case .shape(let shapes):
            steps.append(.shape(shapes.reduce(0) { $0 | 1 << $1.rawValue }))
        case .entityType(let types, let anyEntity):
            var mask: UInt16 = 0
            for type in EntityType.allCases where anyEntity || types.contains(type.rawValue)
                || (types.contains("authority") && type.isAuthority) || (types.contains("actor") && type != .group) {
                mask |= TokenFeatures.bit(of: type)
            }
            steps.append(.entityType(mask))
        case .entityID(let list):
            ids.append(list)
            steps.append(.entityID(Int32(ids.count - 1)))
        case .mentionKind(let kinds):
            steps.append(.mentionKind(kinds.reduce(0) { mask, name in mask | (MentionKind(rawValue: name).map(TokenFeatures.bit(of:)) ?? 0) }))
        case .timex(let types, let anyTimex):
            let mask = types.reduce(UInt8(0)) { mask, name in mask | (TimexType(rawValue: name).map(TokenFeatures.bit(of:)) ?? 0) }
            steps.append(.timexType(anyTimex ? .max : mask))
        case .not(let inner):
            emit(inner)
            steps.append(.not)
        case .and(let a, let b): emit(a, b, skippingWith: Step.jumpIfFalse)
        case .or(let a, let b): emit(a, b, skippingWith: Step.jumpIfTrue)
        }
    }

    /// `a` then `b`, with `jump` past `b` when `a` settles the result alone.
    private mutating func emit(_ a: CompiledConstraint.Node, _ b: CompiledConstraint.Node, skippingWith jump: (Int32) -> Step) {
        emit(a)
        let position = steps.count
        steps.append(jump(0))
        emit(b)
        steps[position] = jump(Int32(steps.count))
    }

    /// Whether token `offset` of the context's sentence passes test `slot`.
    func passes(_ slot: Int, at offset: Int, in context: SentenceContext) -> Bool {
        withReader(context) { $0.passes(slot, at: offset) }
    }

    /// Runs `body` with a ``Reader`` of these tests over `context`.
    func withReader<Result>(_ context: SentenceContext, _ body: (Reader) -> Result) -> Result {
        steps.withUnsafeBufferPointer { steps in
            starts.withUnsafeBufferPointer { starts in
                bits.withUnsafeBufferPointer { bits in
                    context.features.withUnsafeBufferPointer { features in
                        body(Reader(code: self, context: context, steps: steps, starts: starts, bits: bits, features: features))
                    }
                }
            }
        }
    }

    /// The tests over one sentence, read through buffers: evaluating a test retains nothing.
    struct Reader {
        let code: TestCode
        let context: SentenceContext
        let steps: UnsafeBufferPointer<Step>
        let starts: UnsafeBufferPointer<Int32>
        let bits: UnsafeBufferPointer<UInt64>
        let features: UnsafeBufferPointer<TokenFeatures>

        /// Whether token `offset` of the sentence passes test `slot`.
        func passes(_ slot: Int, at offset: Int) -> Bool {
            let features = self.features[offset]
            var pc = Int(starts[slot])
            var result = false
            while true {
                switch steps[pc] {
                case .end: return result
                case .any: result = true
                case .word(let attribute, let test, let bits, let affixes):
                    if attribute != .word, bits >= 0, context.numbered {
                        let id = attribute == .lemma ? features.lemmaID : features.lowerID
                        if id >= 0, self.bits[Int(bits) + Int(id) >> 6] & (1 << UInt64(id & 63)) != 0 {
                            result = true
                        } else {
                            result = affixes && code.wordTests[Int(test)].matchesAffix(text(attribute, at: offset))
                        }
                    } else {
                        result = code.wordTests[Int(test)].matches(text: text(attribute, at: offset))
                    }
                case .patterns(let attribute, let index):
                    let text = text(attribute, at: offset)
                    result = code.patterns[Int(index)].contains { $0.matches(text) }
                case .shape(let mask): result = features.shape & mask != 0
                case .entityType(let mask): result = features.entityType & mask != 0
                case .mentionKind(let mask): result = features.kind & mask != 0
                case .timexType(let mask): result = features.timexType & mask != 0
                case .entityID(let index):
                    result = features.entity >= 0
                        && code.ids[Int(index)].contains(context.entities[Int(features.entity)].id)
                case .not: result = !result
                case .jumpIfFalse(let target):
                    if !result { pc = Int(target); continue }
                case .jumpIfTrue(let target):
                    if result { pc = Int(target); continue }
                }
                pc += 1
            }
        }

        private func text(_ attribute: TokenAttribute, at offset: Int) -> String {
            TestCode.text(attribute, of: context.tokens[context.range.lowerBound + offset])
        }
    }

    private static func text(_ attribute: TokenAttribute, of token: Token) -> String {
        switch attribute {
        case .word: return token.text
        case .lemma: return token.lemma
        default: return token.lower
        }
    }
}
