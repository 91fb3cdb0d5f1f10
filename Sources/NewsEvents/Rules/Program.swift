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
    /// in `constraints` of each test's ``CompiledConstraint/id``, valid where `programOfSlot` holds the number
    /// of the program being compiled (`program`), so a new program needs no clearing.
    private var slotOfTest: [Int] = []
    private var programOfSlot: [Int] = []
    private var program = 0
    /// Every token test compiled so far, for all patterns, numbered (``CompiledConstraint/id``): building a
    /// test's word table costs more than the rest of its compiling, and rules repeat their tests
    /// (`[lemma=$PERMIT]`, `[]`).
    private var testNumbers: [TokenConstraint: Int] = [:]
    private(set) var tests: [CompiledConstraint] = []
    private var mentionClasses: [String] = []
    private var captureNames: [String] = []
    /// The instruction count when ``emitPattern(_:)`` was last entered (where it checks the size).
    private var lastEntry = 0

    /// The sub-patterns `%NAME` a pattern given to ``compile(_:captureNames:)`` may still refer to: each is
    /// compiled where first met and its instructions reused afterwards (``DefinitionBlock``).
    var definitions: [String: Pattern] = [:]
    /// The instructions of each definition compiled so far.
    private var definitionBlocks: [String: DefinitionBlock] = [:]

    init(classes: [String: Set<String>], definitions: [String: Pattern] = [:]) {
        self.classes = classes
        self.definitions = definitions
    }

    mutating func compile(_ pattern: Pattern) throws -> Program {
        try compile(pattern, captureNames: pattern.captureNames)
    }

    /// Compiles `pattern`, whose `%NAME` references (if any) name ``definitions``: the same program as
    /// compiling the pattern with its definitions expanded, whose capture names (``Pattern/captureNames``)
    /// `captureNames` must be.
    mutating func compile(_ pattern: Pattern, captureNames: [String]) throws -> Program {
        instructions = []
        constraints = []
        program += 1
        mentionClasses = []
        self.captureNames = captureNames
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
            emitTest(id)
        case .mention(let name):
            emitMention(name)
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
            guard let definition = definitions[name] else {
                throw Failure(message: "definition '%\(name)' was not expanded")
            }
            if let block = definitionBlocks[name] {
                try emitDefinition(block)
            } else {
                let start = instructions.count
                try emitPattern(definition)
                definitionBlocks[name] = recordDefinition(from: start)
            }
        }
    }

    /// A token test in this program: the slot of test `id` (``tests``), given at its first use.
    private mutating func emitTest(_ id: Int) {
        if id < programOfSlot.count, programOfSlot[id] == program {
            emit(.token(slotOfTest[id]))
            return
        }
        if id >= programOfSlot.count {
            slotOfTest += repeatElement(0, count: tests.count - programOfSlot.count)
            programOfSlot += repeatElement(0, count: tests.count - programOfSlot.count)
        }
        constraints.append(tests[id])
        slotOfTest[id] = constraints.count - 1
        programOfSlot[id] = program
        emit(.token(constraints.count - 1))
    }

    /// A whole mention of class `name` in this program.
    private mutating func emitMention(_ name: String) {
        if let index = mentionClasses.firstIndex(of: name) {
            emit(.mention(index))
        } else {
            mentionClasses.append(name)
            emit(.mention(mentionClasses.count - 1))
        }
    }

    /// A definition's instructions as compiled once, independent of the program they were compiled in: token
    /// tests by number (``tests``), mentions and captures by name, jumps from the block's start. Emitting it
    /// into another program gives the instructions compiling the definition there would give (slots and
    /// mention classes are numbered by first use, which emitting in order keeps).
    private struct DefinitionBlock {
        enum Step {
            case test(Int)
            case mention(String)
            case split(Int, Int)
            case jump(Int)
            /// The start (`end` false) or end of capture `name`.
            case save(name: String, end: Bool)
            /// A save of the whole match's slot (not made inside a definition).
            case saveSlot(Int)
            case assertStart
            case assertEnd
            case match
        }

        var steps: [Step]
        /// Where ``emitPattern(_:)`` was last entered while compiling it, from the block's start.
        var lastEntry: Int
    }

    /// The instructions from `start` on, just compiled from a definition, as a ``DefinitionBlock``.
    private func recordDefinition(from start: Int) -> DefinitionBlock {
        var steps: [DefinitionBlock.Step] = []
        steps.reserveCapacity(instructions.count - start)
        for k in start..<instructions.count {
            switch instructions[k] {
            case .token(let slot): steps.append(.test(constraints[slot].id))
            case .mention(let index): steps.append(.mention(mentionClasses[index]))
            case .split(let a, let b): steps.append(.split(a - start, b - start))
            case .jump(let target): steps.append(.jump(target - start))
            case .save(let slot):
                steps.append(slot >= 2 ? .save(name: captureNames[slot / 2 - 1], end: slot % 2 == 1) : .saveSlot(slot))
            case .assertStart: steps.append(.assertStart)
            case .assertEnd: steps.append(.assertEnd)
            case .match: steps.append(.match)
            }
        }
        return DefinitionBlock(steps: steps, lastEntry: lastEntry - start)
    }

    /// A definition compiled before, emitted here. It fails where compiling it would: when an entry of
    /// ``emitPattern(_:)`` would have found the program too large.
    private mutating func emitDefinition(_ block: DefinitionBlock) throws {
        let start = instructions.count
        if start + block.lastEntry > Self.maxInstructions { throw Failure(message: Self.tooLarge) }
        instructions.reserveCapacity(start + block.steps.count)
        for step in block.steps {
            switch step {
            case .test(let id): emitTest(id)
            case .mention(let name): emitMention(name)
            case .split(let a, let b): emit(.split(a + start, b + start))
            case .jump(let target): emit(.jump(target + start))
            case .save(let name, let end):
                let index = captureNames.firstIndex(of: name)! + 1
                emit(.save(2 * index + (end ? 1 : 0)))
            case .saveSlot(let slot): emit(.save(slot))
            case .assertStart: emit(.assertStart)
            case .assertEnd: emit(.assertEnd)
            case .match: emit(.match)
            }
        }
        lastEntry = start + block.lastEntry
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
            // Room for the literals at once: most tests list a few words and no class.
            var words = Set<String>(minimumCapacity: values.count)
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
