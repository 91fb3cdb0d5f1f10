/// Runs a ``Program`` over a sentence and returns every match, in time linear in the sentence's length
/// for any pattern (a Pike VM: each instruction is visited at most once per position, so no pattern,
/// however written, can backtrack exponentially).
///
/// Semantics:
/// - a match may start anywhere; when threads started at different positions reach the same step at the same
///   position, the one that started **first** (leftmost) survives, so optional leading parts are kept
///   ("the Commerce Department's approval" keeps its agent);
/// - within a thread, earlier alternatives and greedy repetition are preferred;
/// - one match is reported for each position where the pattern can end.
/// ```swift
/// let matches = PatternMatcher(program: program).matches(in: context)
/// matches[0].capture("agent")   // 3..<6 (token indices)
/// ```
public struct PatternMatcher: Sendable {
    public private(set) var program: Program
    /// The program's instructions as plain numbers (``Step``), so reading one retains nothing.
    private let steps: [Step]
    /// The program's token tests, flattened.
    private var tests: TestCode
    /// What a match can consume first: the token tests and mention classes reachable from the start without
    /// consuming anything. A position where none of them holds starts no thread: such a thread would die
    /// before its first token, so skipping it changes nothing but the time. When the pattern can match
    /// without consuming a token, ``startsAnywhere`` is set and a thread is started everywhere.
    private let firstTests: [Int]
    private let firstMentions: [Int]
    private let startsAnywhere: Bool

    public init(program: Program) {
        self.program = program
        self.steps = program.instructions.map(Step.init)
        self.tests = TestCode(program.constraints)
        let first = PatternMatcher.firstSteps(of: program)
        self.firstTests = first?.tokens ?? []
        self.firstMentions = first?.mentions ?? []
        self.startsAnywhere = first == nil
    }

    /// The words of the program's word tests a vocabulary can number.
    var vocabularyWords: [String] { program.constraints.flatMap(\.vocabularyWords) }

    /// Numbers the program's word tests by `vocabulary` (which holds ``vocabularyWords``), for sentences whose
    /// context is ``SentenceContext/numbered``.
    mutating func adopt(_ vocabulary: Vocabulary) {
        tests = tests.adopting(vocabulary)
    }

    /// Adds the rows of the program's word tests to `table`, before the program adopts the table.
    func number(in table: inout TestCode.WordBits) {
        tests.number(in: &table)
    }

    /// Numbers the word tests by a table holding the rows of the program's word tests, shared with the
    /// other programs that numbered theirs in it.
    mutating func adopt(_ table: TestCode.WordBits) {
        tests = tests.adopting(table)
    }

    /// One instruction of ``Program`` in plain numbers: its operation and up to two operands.
    fileprivate struct Step {
        enum Operation: UInt8 { case token, mention, split, jump, save, assertStart, assertEnd, match }
        var operation: Operation
        var first: Int32 = 0
        var second: Int32 = 0

        init(_ instruction: Program.Instruction) {
            switch instruction {
            case .token(let index): operation = .token; first = Int32(index)
            case .mention(let index): operation = .mention; first = Int32(index)
            case .split(let a, let b): operation = .split; first = Int32(a); second = Int32(b)
            case .jump(let target): operation = .jump; first = Int32(target)
            case .save(let slot): operation = .save; first = Int32(slot)
            case .assertStart: operation = .assertStart
            case .assertEnd: operation = .assertEnd
            case .match: operation = .match
            }
        }
    }

    private static func firstSteps(of program: Program) -> (tokens: [Int], mentions: [Int])? {
        var tokens: [Int] = [], mentions: [Int] = []
        var seen = Set<Int>(), stack = [0]
        while let pc = stack.popLast() {
            guard pc < program.instructions.count, seen.insert(pc).inserted else { continue }
            switch program.instructions[pc] {
            case .token(let index): tokens.append(index)
            case .mention(let index): mentions.append(index)
            case .match: return nil
            case .jump(let target): stack.append(target)
            case .split(let first, let second): stack += [first, second]
            case .save, .assertStart, .assertEnd: stack.append(pc + 1)
            }
        }
        return (tokens, mentions)
    }

    /// A match: token range of the whole match and of each capture.
    public struct Match: Sendable, Hashable {
        public var range: Range<Int>
        public var captures: [String: Range<Int>]

        public func capture(_ name: String) -> Range<Int>? { captures[name] }
    }

    /// A thread of the VM: its next instruction and the row of `SlotRows` holding its capture positions.
    /// Plain integers, so queuing a thread copies no reference.
    fileprivate struct Thread {
        var pc: Int32
        var row: Int32
    }

    /// Capture positions of every thread of one run. Rows never change once written: a thread that saves a
    /// position gets a new row, made of that one save and the row it had (so saving costs the same whatever
    /// the number of captures, and threads share rows freely); reading a slot walks back to its last save.
    fileprivate struct SlotRows {
        /// Row `k > 0` sets `slot` to `position` on top of row `parent`; row 0 has nothing saved.
        private struct Save {
            var slot: Int32
            var parent: Int32
            var position: Int
        }

        private var saves: [Save] = []

        /// Forgets every row but row 0 (nothing saved).
        mutating func reset() {
            saves.removeAll(keepingCapacity: true)
            saves.append(Save(slot: -1, parent: -1, position: -1))
        }

        /// A new row: `row` with `slot` set to `position`.
        mutating func saving(_ position: Int, in slot: Int, of row: Int32) -> Int32 {
            saves.append(Save(slot: Int32(slot), parent: row, position: position))
            return Int32(saves.count - 1)
        }

        /// The position row `row` holds in `slot`, -1 when none was saved.
        subscript(row: Int32, slot: Int) -> Int {
            var k = Int(row)
            while k > 0 {
                let save = saves[k]
                if save.slot == slot { return save.position }
                k = Int(save.parent)
            }
            return -1
        }
    }

    /// Threads waiting for a position, each position's in the order they were queued: one list per position,
    /// linked through one array (so queuing allocates nothing per position).
    fileprivate struct Queues {
        /// A queued thread and the node queued after it at the same position (-1: none).
        struct Node {
            var thread: Thread
            var next: Int32
        }

        private var head: [Int32] = []
        private var tail: [Int32] = []
        private(set) var nodes: [Node] = []

        /// Empties every queue, for a run over `positions` positions.
        mutating func reset(positions: Int) {
            if head.count < positions {
                head += repeatElement(-1, count: positions - head.count)
                tail += repeatElement(-1, count: positions - tail.count)
            }
            for k in 0..<positions {
                head[k] = -1
                tail[k] = -1
            }
            nodes.removeAll(keepingCapacity: true)
        }

        mutating func append(_ thread: Thread, at position: Int) {
            let node = Int32(nodes.count)
            nodes.append(Node(thread: thread, next: -1))
            let last = tail[position]
            if last < 0 { head[position] = node } else { nodes[Int(last)].next = node }
            tail[position] = node
        }

        func first(at position: Int) -> Int32 { head[position] }
    }

    /// The working memory of runs, kept from one run to the next so that a run allocates almost nothing: the
    /// ``EventExtractor`` keeps one per document for all its sentences and rules.
    ///
    /// ```swift
    /// var scratch = PatternMatcher.Scratch()
    /// for matcher in matchers { found += matcher.matches(in: context, scratch: &scratch) }
    /// ```
    struct Scratch {
        /// Stamps of positions, larger in each run, so the tables of one run need no clearing for the next.
        fileprivate var stamp = 0
        /// Per instruction: the stamp of the position where a thread last reached it.
        fileprivate var visited: [Int] = []
        /// Per token test: the stamp of the position where it was last evaluated, and its result there.
        fileprivate var testedAt: [Int] = []
        fileprivate var passed: [Bool] = []
        fileprivate var pending = Queues()
        fileprivate var rows = SlotRows()
        fileprivate var run: [Thread] = []
        fileprivate var stack: [Thread] = []

        init() {}
    }

    public func matches(in context: SentenceContext) -> [Match] {
        var scratch = Scratch()
        return matches(in: context, scratch: &scratch)
    }

    /// ``matches(in:)`` with working memory kept between runs.
    func matches(in context: SentenceContext, scratch: inout Scratch) -> [Match] {
        if scratch.visited.count < steps.count {
            scratch.visited += repeatElement(-1, count: steps.count - scratch.visited.count)
        }
        if scratch.testedAt.count < program.constraints.count {
            scratch.testedAt += repeatElement(-1, count: program.constraints.count - scratch.testedAt.count)
            scratch.passed += repeatElement(false, count: program.constraints.count - scratch.passed.count)
        }
        // The tables are moved out of the scratch for the run, so they are read and written through buffers.
        var visited: [Int] = [], testedAt: [Int] = [], passed: [Bool] = []
        swap(&visited, &scratch.visited)
        swap(&testedAt, &scratch.testedAt)
        swap(&passed, &scratch.passed)
        defer {
            swap(&visited, &scratch.visited)
            swap(&testedAt, &scratch.testedAt)
            swap(&passed, &scratch.passed)
        }
        return steps.withUnsafeBufferPointer { steps in
            tests.withReader(context) { tests in
                visited.withUnsafeMutableBufferPointer { visited in
                    testedAt.withUnsafeMutableBufferPointer { testedAt in
                        passed.withUnsafeMutableBufferPointer { passed in
                            var run = Run(steps: steps, tests: tests, visited: visited, testedAt: testedAt, passed: passed)
                            return run.matches(self, in: context, scratch: &scratch)
                        }
                    }
                }
            }
        }
    }

    /// One run over one sentence: the program's steps and tests and the run's tables, as buffers.
    private struct Run {
        let steps: UnsafeBufferPointer<Step>
        let tests: TestCode.Reader
        /// Per step: the stamp of the position where a thread last reached it.
        let visited: UnsafeMutableBufferPointer<Int>
        /// Per token test: the stamp of the position where it was last evaluated, and its result there.
        let testedAt: UnsafeMutableBufferPointer<Int>
        let passed: UnsafeMutableBufferPointer<Bool>

        /// Whether token `offset` passes test `slot`, evaluated at most once per position: `mark` is the run's
        /// stamp of this position.
        @inline(__always)
        func passes(_ slot: Int, at offset: Int, mark: Int) -> Bool {
            if testedAt[slot] != mark {
                testedAt[slot] = mark
                passed[slot] = tests.passes(slot, at: offset)
            }
            return passed[slot]
        }

        /// Whether a thread started at `offset` could consume its first token or mention there.
        func canStart(_ matcher: PatternMatcher, at offset: Int, mark: Int, count: Int, context: SentenceContext) -> Bool {
            if matcher.startsAnywhere { return true }
            guard offset < count else { return false }
            for slot in matcher.firstTests where passes(slot, at: offset, mark: mark) { return true }
            if matcher.firstMentions.isEmpty || context.hasNoUnits(at: offset) { return false }
            let units = context.units(at: offset)
            for index in matcher.firstMentions {
                let name = matcher.program.mentionClasses[index]
                if units.contains(where: { $0.classes.contains(name) }) { return true }
            }
            return false
        }

        mutating func matches(_ matcher: PatternMatcher, in context: SentenceContext, scratch: inout Scratch) -> [Match] {
            let start = context.range.lowerBound
            let count = context.range.count
            // Offset `k` of this run is stamped `base + k`: above every stamp of earlier runs.
            let base = scratch.stamp
            scratch.stamp += count + 1
            scratch.pending.reset(positions: count + 1)
            scratch.rows.reset()
            var results: [Match] = []
            for offset in 0...count {
                let mark = base + offset
                var node = scratch.pending.first(at: offset)
                let starts = canStart(matcher, at: offset, mark: mark, count: count, context: context)
                // Most positions have no thread to run.
                if node < 0 && !starts { continue }
                scratch.run.removeAll(keepingCapacity: true)
                // Older threads come first: they win against the thread starting here when both reach the same step.
                while node >= 0 {
                    let queued = scratch.pending.nodes[Int(node)]
                    addThread(&scratch.run, &scratch.stack, &scratch.rows, queued.thread,
                              position: start + offset, mark: mark, offset: offset, count: count)
                    node = queued.next
                }
                if starts {
                    addThread(&scratch.run, &scratch.stack, &scratch.rows, Thread(pc: 0, row: 0), position: start + offset,
                              mark: mark, offset: offset, count: count)
                }
                for k in scratch.run.indices {
                    let thread = scratch.run[k]
                    let step = steps[Int(thread.pc)]
                    switch step.operation {
                    case .match:
                        results.append(matcher.makeMatch(scratch.rows, thread.row))
                    case .token:
                        guard offset < count, passes(Int(step.first), at: offset, mark: mark) else { break }
                        scratch.pending.append(Thread(pc: thread.pc + 1, row: thread.row), at: offset + 1)
                    case .mention:
                        guard offset < count else { break }
                        let name = matcher.program.mentionClasses[Int(step.first)]
                        for unit in context.units(at: offset) where unit.classes.contains(name) {
                            scratch.pending.append(Thread(pc: thread.pc + 1, row: thread.row), at: unit.end - start)
                        }
                    default:
                        break
                    }
                }
            }
            return results
        }

        /// Follows jumps, splits, saves and assertions from `thread`, adding the threads that wait on a token.
        /// `mark`: the run's stamp of this position in `visited`.
        private func addThread(
            _ run: inout [Thread], _ stack: inout [Thread], _ rows: inout SlotRows, _ thread: Thread, position: Int,
            mark: Int, offset: Int, count: Int
        ) {
            stack.append(thread)
            while var current = stack.popLast() {
                let pc = Int(current.pc)
                if visited[pc] == mark { continue }
                visited[pc] = mark
                let step = steps[pc]
                switch step.operation {
                case .jump:
                    current.pc = step.first
                    stack.append(current)
                case .split:
                    // Push the less preferred branch first so the preferred one is explored first.
                    stack.append(Thread(pc: step.second, row: current.row))
                    current.pc = step.first
                    stack.append(current)
                case .save:
                    current.row = rows.saving(position, in: Int(step.first), of: current.row)
                    current.pc += 1
                    stack.append(current)
                case .assertStart:
                    if offset == 0 { current.pc += 1; stack.append(current) }
                case .assertEnd:
                    if offset == count { current.pc += 1; stack.append(current) }
                case .token, .mention, .match:
                    run.append(current)
                }
            }
        }
    }

    fileprivate func makeMatch(_ rows: SlotRows, _ row: Int32) -> Match {
        var captures: [String: Range<Int>] = [:]
        for (index, name) in program.captureNames.enumerated() {
            let low = rows[row, 2 * (index + 1)], high = rows[row, 2 * (index + 1) + 1]
            if low >= 0, high >= low { captures[name] = low..<high }
        }
        return Match(range: rows[row, 0]..<rows[row, 1], captures: captures)
    }
}
