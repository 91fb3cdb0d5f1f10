/// A pattern compiled to instructions for ``PatternMatcher``: a Thompson automaton over tokens, where one
/// instruction may consume a whole mention.
///
/// ```swift
/// let program = try PatternCompiler(classes: [:]).compile(pattern)
/// program.instructions.count   // linear in the size of the pattern (repetitions expanded)
/// ```
public struct Program: Sendable {
    enum Instruction: Sendable {
        /// Consume one token satisfying `constraints[index]`.
        case token(Int)
        /// Consume one whole mention of class `mentionClasses[index]`.
        case mention(Int)
        /// Try both; the first is preferred.
        case split(Int, Int)
        case jump(Int)
        /// Record the current position in capture slot `n`.
        case save(Int)
        case assertStart
        case assertEnd
        case match
    }

    var instructions: [Instruction]
    var constraints: [CompiledConstraint]
    var mentionClasses: [String]
    /// Capture names; capture `k` uses slots `2k` (start) and `2k + 1` (end). Slots 0-1 are the whole match.
    public var captureNames: [String]

    var slotCount: Int { 2 * (captureNames.count + 1) }
}

/// Turns a ``Pattern`` into a ``Program``, resolving lexicon classes. One compiler serves every pattern of a
/// rule set: a token test met before (in any pattern) reuses its compiled form and word table.
struct PatternCompiler {
    /// Lexicon classes: name -> lower-cased words.
    var classes: [String: Set<String>]

    struct Failure: Error { var message: String }

    /// Most instructions a single pattern may compile to.
    static let maxInstructions = 20_000

    private var instructions: [Program.Instruction] = []
    private var constraints: [CompiledConstraint] = []
    /// Identical token tests share one slot, so the matcher evaluates each at most once per token: the slot
    /// in `constraints` of each test's ``CompiledConstraint/id``.
    private var slotOfTest: [Int: Int] = [:]
    /// Every token test compiled so far, for all patterns, numbered (``CompiledConstraint/id``): building a
    /// test's word table costs more than the rest of its compiling, and rules repeat their tests
    /// (`[lemma=$PERMIT]`, `[]`).
    private var testNumbers: [TokenConstraint: Int] = [:]
    private(set) var tests: [CompiledConstraint] = []
    private var mentionClasses: [String] = []
    private var captureNames: [String] = []
    /// The instruction count when ``emitPattern(_:)`` was last entered (where it checks the size).
    private var lastEntry = 0

    init(classes: [String: Set<String>]) {
        self.classes = classes
    }

    mutating func compile(_ pattern: Pattern) throws -> Program {
        instructions = []
        constraints = []
        slotOfTest = [:]
        mentionClasses = []
        captureNames = pattern.captureNames
        emit(.save(0))
        try emitPattern(pattern)
        emit(.save(1))
        emit(.match)
        return Program(
            instructions: instructions, constraints: constraints, mentionClasses: mentionClasses,
            captureNames: captureNames)
    }

    @discardableResult
    private mutating func emit(_ instruction: Program.Instruction) -> Int {
        instructions.append(instruction)
        return instructions.count - 1
    }

    private static let tooLarge = "pattern too large once repetitions are expanded (over \(maxInstructions) steps)"

    private mutating func emitPattern(_ pattern: Pattern) throws {
        lastEntry = instructions.count
        if instructions.count > Self.maxInstructions { throw Failure(message: Self.tooLarge) }
        switch pattern {
        case .token(let constraint):
            let id: Int
            if let known = testNumbers[constraint] {
                id = known
            } else {
                id = tests.count
                tests.append(CompiledConstraint(root: try compileConstraint(constraint), id: id))
                testNumbers[constraint] = id
            }
            if let slot = slotOfTest[id] {
                emit(.token(slot))
            } else {
                constraints.append(tests[id])
                slotOfTest[id] = constraints.count - 1
                emit(.token(constraints.count - 1))
            }
        case .mention(let name):
            if let index = mentionClasses.firstIndex(of: name) {
                emit(.mention(index))
            } else {
                mentionClasses.append(name)
                emit(.mention(mentionClasses.count - 1))
            }
        case .sequence(let items):
            for item in items { try emitPattern(item) }
        case .alternation(let branches):
            var jumpsToEnd: [Int] = []
            for (index, branch) in branches.enumerated() {
                if index < branches.count - 1 {
                    let split = emit(.split(0, 0))
                    try emitPattern(branch)
                    jumpsToEnd.append(emit(.jump(0)))
                    instructions[split] = .split(split + 1, instructions.count)
                } else {
                    try emitPattern(branch)
                }
            }
            for jump in jumpsToEnd { instructions[jump] = .jump(instructions.count) }
        case .repetition(let inner, let low, let high):
            var first: Block? = nil
            for _ in 0..<low { try emitCopy(of: inner, first: &first) }
            if let high {
                // Each optional copy may be skipped to the end: x{2,4} = x x (x (x)?)?
                var skips: [Int] = []
                for _ in low..<high {
                    skips.append(emit(.split(0, 0)))
                    try emitCopy(of: inner, first: &first)
                }
                for split in skips { instructions[split] = .split(split + 1, instructions.count) }
            } else {
                let loop = emit(.split(0, 0))
                try emitCopy(of: inner, first: &first)
                emit(.jump(loop))
                instructions[loop] = .split(loop + 1, instructions.count)
            }
        case .capture(let name, let inner):
            let index = captureNames.firstIndex(of: name)! + 1
            emit(.save(2 * index))
            try emitPattern(inner)
            emit(.save(2 * index + 1))
        case .sentenceStart:
            emit(.assertStart)
        case .sentenceEnd:
            emit(.assertEnd)
        case .reference(let name):
            throw Failure(message: "definition '%\(name)' was not expanded")
        }
    }

    /// The instructions of a repeated pattern's first copy, and where ``emitPattern(_:)`` was last entered
    /// while making them (from the block's start).
    private struct Block {
        var range: Range<Int>
        var lastEntry: Int
    }

    /// One more copy of a repeated `pattern`: the first is compiled, the others copy its instructions with
    /// their jumps moved (compiling again would give the same instructions, at the cost of hashing each token
    /// test again). It fails where compiling would: when an entry of ``emitPattern(_:)`` would have found the
    /// program too large.
    private mutating func emitCopy(of pattern: Pattern, first: inout Block?) throws {
        let start = instructions.count
        guard let block = first else {
            try emitPattern(pattern)
            first = Block(range: start..<instructions.count, lastEntry: lastEntry - start)
            return
        }
        if start + block.lastEntry > Self.maxInstructions { throw Failure(message: Self.tooLarge) }
        let shift = start - block.range.lowerBound
        instructions.reserveCapacity(start + block.range.count)
        for k in block.range {
            switch instructions[k] {
            case .split(let a, let b): instructions.append(.split(a + shift, b + shift))
            case .jump(let target): instructions.append(.jump(target + shift))
            case let other: instructions.append(other)
            }
        }
        lastEntry = start + block.lastEntry
    }

    private func compileConstraint(_ constraint: TokenConstraint) throws -> CompiledConstraint.Node {
        switch constraint {
        case .any: return .any
        case .not(let inner): return .not(try compileConstraint(inner))
        case .and(let a, let b): return .and(try compileConstraint(a), try compileConstraint(b))
        case .or(let a, let b): return .or(try compileConstraint(a), try compileConstraint(b))
        case .test(let attribute, let values):
            var words: Set<String> = []
            var prefixes: [String] = [], suffixes: [String] = []
            var patterns: [WordPattern] = []
            for value in values {
                switch value {
                case .literal(let text): words.insert(attribute == .word || attribute == .timex ? text : text.lowercased())
                case .prefix(let text): prefixes.append(attribute == .word ? text : text.lowercased())
                case .suffix(let text): suffixes.append(attribute == .word ? text : text.lowercased())
                case .wordClass(let name):
                    guard let members = classes[name] else {
                        throw Failure(message: "unknown class '$\(name)'" + Suggestion.didYouMean(name, among: Array(classes.keys)))
                    }
                    words.formUnion(members)
                case .pattern(let pattern):
                    guard attribute == .word || attribute == .lower || attribute == .lemma else {
                        throw Failure(message: "a /pattern/ tests words: use it with word=, lower= or lemma=")
                    }
                    patterns.append(pattern)
                }
            }
            switch attribute {
            case .word, .lower, .lemma:
                let listed = CompiledConstraint.Node.words(
                    attribute, CompiledConstraint.WordTest(words: words.sorted(), prefixes: prefixes, suffixes: suffixes))
                if patterns.isEmpty { return listed }
                if words.isEmpty && prefixes.isEmpty && suffixes.isEmpty { return .patterns(attribute, patterns) }
                return .or(listed, .patterns(attribute, patterns))
            case .shape:
                var shapes: Set<TokenShape> = []
                for word in words {
                    guard let shape = TokenShape.named(word) else {
                        throw Failure(message: "unknown shape '\(word)'"
                            + Suggestion.didYouMean(word, among: TokenShape.names))
                    }
                    shapes.insert(shape)
                }
                return .shape(shapes)
            case .ent:
                let known = EntityType.allCases.map(\.rawValue) + ["authority", "actor", "any"]
                for word in words where !known.contains(word) {
                    throw Failure(message: "unknown entity type '\(word)'" + Suggestion.didYouMean(word, among: known))
                }
                return .entityType(words, anyEntity: words.contains("any"))
            case .id:
                return .entityID(words)
            case .kind:
                return .mentionKind(words)
            case .timex:
                let upper = Set(words.map { $0.uppercased() })
                return .timex(upper, anyTimex: upper.contains("ANY"))
            }
        }
    }
}

extension TokenShape {
    static let names = ["lower", "capitalized", "upper", "mixed", "number", "alphanumeric", "punctuation", "symbol"]

    /// The shape a rule names: `capitalized` (or `Xx`), `upper` (`XX`), `lower` (`xx`), `number` (`dd`), ...
    static func named(_ name: String) -> TokenShape? {
        switch name.lowercased() {
        case "lower", "xx": return .lower
        case "capitalized", "capitalised", "xx-cap": return .capitalized
        case "upper": return .upper
        case "mixed": return .mixed
        case "number", "dd": return .number
        case "alphanumeric": return .alphanumeric
        case "punctuation", "punct": return .punctuation
        case "symbol": return .symbol
        default: return nil
        }
    }
}
