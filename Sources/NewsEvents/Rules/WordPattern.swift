/// A regular expression on one token's text, written `/.../` as a value in a token test:
/// `[lower=/[0-9]+-(day|week|month)/]`, `[word=/[A-Z]{2,4}/]`.
///
/// The whole word must match (`^` and `$` are implied and may be written). Syntax: literal characters, `.`,
/// classes `[a-z0-9]` and `[^...]`, `\d` `\w` `\s` and escaped punctuation, groups `( )`, alternation `|`,
/// `*` `+` `?` and bounded `{m}` `{m,n}` (at most 50). Compiled once to an automaton that reads each character
/// once (no backtracking), so no pattern can make matching slow; Foundation's regex is not involved.
/// ```swift
/// let pattern = try WordPattern("[0-9]+-day")
/// pattern.matches("90-day")   // true
/// pattern.matches("day")      // false
/// ```
public struct WordPattern: Sendable, Hashable {
    /// A problem in a pattern, with the character offset where it was found.
    public struct Failure: Error, Sendable {
        public var offset: Int
        public var message: String
    }

    enum Instruction: Sendable, Hashable {
        case character(CharacterSet)
        case split(Int, Int)
        case jump(Int)
        case match
    }

    /// A set of characters: listed ranges, optionally negated.
    struct CharacterSet: Sendable, Hashable {
        var ranges: [ClosedRange<UInt32>]
        var negated: Bool

        func contains(_ c: Unicode.Scalar) -> Bool {
            ranges.contains { $0.contains(c.value) } != negated
        }

        static let any = CharacterSet(ranges: [], negated: true)
        static func single(_ c: Unicode.Scalar) -> CharacterSet { CharacterSet(ranges: [c.value...c.value], negated: false) }
        static let digit = CharacterSet(ranges: [48...57], negated: false)
        static let word = CharacterSet(ranges: [48...57, 65...90, 95...95, 97...122, 0xC0...0x24F], negated: false)
        static let space = CharacterSet(ranges: [9...13, 32...32, 0xA0...0xA0], negated: false)
    }

    indirect enum Node: Sendable {
        case set(CharacterSet)
        case sequence([Node])
        case alternation([Node])
        case repetition(Node, min: Int, max: Int?)
    }

    public let source: String
    let instructions: [Instruction]

    public init(_ source: String) throws {
        self.source = source
        var parser = Parser(scalars: Array(source.unicodeScalars))
        let node = try parser.parse()
        var compiler = Compiler()
        try compiler.emit(node)
        compiler.instructions.append(.match)
        self.instructions = compiler.instructions
    }

    /// Whether the whole of `text` matches. The automaton's state lists live in one temporary buffer (no
    /// array is made per call): the steps waiting for the next character, those for the one after it, a stamp
    /// per step and the stack of the walk through jumps and splits.
    public func matches(_ text: String) -> Bool {
        let count = instructions.count
        return instructions.withUnsafeBufferPointer { instructions in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: 5 * count + 1) { memory in
                let base = memory.baseAddress!
                var current = base, next = base + count
                let seen = base + 2 * count, stack = base + 3 * count
                for k in 0..<count { seen[k] = -1 }
                var step = 0, currentCount = 0, nextCount = 0
                /// Adds the steps that read a character (or the match) reached from `pc` to `list`.
                func add(_ pc: Int, to list: UnsafeMutablePointer<Int>, _ listCount: inout Int) {
                    var depth = 0
                    stack[0] = pc
                    depth = 1
                    while depth > 0 {
                        depth -= 1
                        let pc = stack[depth]
                        if seen[pc] == step { continue }
                        seen[pc] = step
                        switch instructions[pc] {
                        case .jump(let target):
                            stack[depth] = target
                            depth += 1
                        case .split(let a, let b):
                            stack[depth] = b
                            stack[depth + 1] = a
                            depth += 2
                        default:
                            list[listCount] = pc
                            listCount += 1
                        }
                    }
                }
                add(0, to: current, &currentCount)
                for c in text.unicodeScalars {
                    step += 1
                    nextCount = 0
                    for k in 0..<currentCount {
                        let pc = current[k]
                        if case .character(let set) = instructions[pc], set.contains(c) { add(pc + 1, to: next, &nextCount) }
                    }
                    swap(&current, &next)
                    currentCount = nextCount
                    if currentCount == 0 { return false }
                }
                for k in 0..<currentCount {
                    if case .match = instructions[current[k]] { return true }
                }
                return false
            }
        }
    }

    public static func == (a: WordPattern, b: WordPattern) -> Bool { a.source == b.source }
    public func hash(into hasher: inout Hasher) { hasher.combine(source) }

    // MARK: - Parsing

    struct Parser {
        let scalars: [Unicode.Scalar]
        var position = 0
        var depth = 0

        mutating func parse() throws -> Node {
            if position < scalars.count, scalars[position] == "^" { position += 1 }
            let node = try alternation()
            if position < scalars.count, scalars[position] == "$", position + 1 == scalars.count { position += 1 }
            guard position == scalars.count else {
                throw Failure(offset: position, message: "unexpected '\(scalars[position])' in /\(String(String.UnicodeScalarView(scalars)))/")
            }
            return node
        }

        private mutating func alternation() throws -> Node {
            var branches = [try sequence()]
            while position < scalars.count, scalars[position] == "|" {
                position += 1
                branches.append(try sequence())
            }
            return branches.count == 1 ? branches[0] : .alternation(branches)
        }

        private mutating func sequence() throws -> Node {
            var items: [Node] = []
            while position < scalars.count, scalars[position] != "|", scalars[position] != ")" {
                if scalars[position] == "$", position + 1 == scalars.count { break }
                items.append(try quantified(try atom()))
            }
            return .sequence(items)
        }

        private mutating func atom() throws -> Node {
            let c = scalars[position]
            position += 1
            switch c {
            case ".": return .set(.any)
            case "(":
                depth += 1
                guard depth <= 16 else { throw Failure(offset: position - 1, message: "groups nested deeper than 16") }
                let inner = try alternation()
                guard position < scalars.count, scalars[position] == ")" else {
                    throw Failure(offset: position, message: "missing ')' to close the group")
                }
                position += 1
                depth -= 1
                return inner
            case "[": return .set(try characterClass())
            case "\\": return .set(try escape())
            case "*", "+", "?", "{":
                throw Failure(offset: position - 1, message: "'\(c)' repeats nothing: put it after a character or a group")
            default: return .set(.single(c))
            }
        }

        private mutating func escape() throws -> CharacterSet {
            guard position < scalars.count else { throw Failure(offset: position, message: "'\\' at the end of the pattern") }
            let c = scalars[position]
            position += 1
            switch c {
            case "d": return .digit
            case "w": return .word
            case "s": return .space
            case "D": return CharacterSet(ranges: CharacterSet.digit.ranges, negated: true)
            case "W": return CharacterSet(ranges: CharacterSet.word.ranges, negated: true)
            default: return .single(c)
            }
        }

        private mutating func characterClass() throws -> CharacterSet {
            var set = CharacterSet(ranges: [], negated: false)
            if position < scalars.count, scalars[position] == "^" {
                set.negated = true
                position += 1
            }
            var first = true
            while position < scalars.count, scalars[position] != "]" || first {
                first = false
                var low = scalars[position]
                position += 1
                if low == "\\" {
                    let escaped = try escape()
                    if escaped.ranges.count != 1 || escaped.ranges[0].count != 1 {
                        set.ranges += escaped.ranges
                        continue
                    }
                    low = Unicode.Scalar(escaped.ranges[0].lowerBound)!
                }
                if position + 1 < scalars.count, scalars[position] == "-", scalars[position + 1] != "]" {
                    let high = scalars[position + 1]
                    position += 2
                    guard low.value <= high.value else {
                        throw Failure(offset: position - 1, message: "range '\(low)-\(high)' runs backwards")
                    }
                    set.ranges.append(low.value...high.value)
                } else {
                    set.ranges.append(low.value...low.value)
                }
            }
            guard position < scalars.count else { throw Failure(offset: position, message: "missing ']' to close the class") }
            position += 1
            return set
        }

        private mutating func quantified(_ node: Node) throws -> Node {
            guard position < scalars.count else { return node }
            switch scalars[position] {
            case "*": position += 1; return .repetition(node, min: 0, max: nil)
            case "+": position += 1; return .repetition(node, min: 1, max: nil)
            case "?": position += 1; return .repetition(node, min: 0, max: 1)
            case "{":
                let start = position
                position += 1
                let low = number()
                var high = low
                if position < scalars.count, scalars[position] == "," {
                    position += 1
                    high = number()
                }
                guard let low, position < scalars.count, scalars[position] == "}" else {
                    throw Failure(offset: start, message: "expected {m} or {m,n} with whole numbers")
                }
                position += 1
                guard low <= (high ?? 50), (high ?? low) <= 50 else {
                    throw Failure(offset: start, message: "repetition bounds must be at most 50 and in order")
                }
                return .repetition(node, min: low, max: high ?? 50)
            default: return node
            }
        }

        private mutating func number() -> Int? {
            var value: Int? = nil
            while position < scalars.count, let digit = Int(String(scalars[position])), scalars[position].isASCII {
                value = (value ?? 0) * 10 + digit
                position += 1
            }
            return value
        }
    }

    // MARK: - Compiling

    struct Compiler {
        var instructions: [Instruction] = []

        mutating func emit(_ node: Node) throws {
            guard instructions.count < 10_000 else { throw Failure(offset: 0, message: "pattern too large") }
            switch node {
            case .set(let set): instructions.append(.character(set))
            case .sequence(let items): for item in items { try emit(item) }
            case .alternation(let branches):
                var jumps: [Int] = []
                for (index, branch) in branches.enumerated() {
                    if index < branches.count - 1 {
                        let split = instructions.count
                        instructions.append(.split(split + 1, -1))
                        try emit(branch)
                        jumps.append(instructions.count)
                        instructions.append(.jump(-1))
                        instructions[split] = .split(split + 1, instructions.count)
                    } else {
                        try emit(branch)
                    }
                }
                for jump in jumps { instructions[jump] = .jump(instructions.count) }
            case .repetition(let inner, let low, let high):
                for _ in 0..<low { try emit(inner) }
                if let high {
                    var splits: [Int] = []
                    for _ in low..<high {
                        splits.append(instructions.count)
                        instructions.append(.split(instructions.count + 1, -1))
                        try emit(inner)
                    }
                    for split in splits { instructions[split] = .split(split + 1, instructions.count) }
                } else {
                    let loop = instructions.count
                    instructions.append(.split(loop + 1, -1))
                    try emit(inner)
                    instructions.append(.jump(loop))
                    instructions[loop] = .split(loop + 1, instructions.count)
                }
            }
        }
    }
}
