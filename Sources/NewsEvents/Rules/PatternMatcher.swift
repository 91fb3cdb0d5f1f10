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
    /// What a match can consume first: the token tests and mention classes reachable from the start without
    /// consuming anything; `nil` when the pattern can match without consuming a token (then a thread is
    /// started everywhere). A position where none of them holds starts no thread: such a thread would die
    /// before its first token, so skipping it changes nothing but the time.
    private let firstSteps: (tokens: [Int], mentions: [Int])?

    public init(program: Program) {
        self.program = program
        self.firstSteps = PatternMatcher.firstSteps(of: program)
    }

    /// The words of the program's word tests a vocabulary can number.
    var vocabularyWords: [String] { program.constraints.flatMap(\.vocabularyWords) }

    /// Numbers the program's word tests by `vocabulary` (which holds ``vocabularyWords``), for sentences whose
    /// context is ``SentenceContext/numbered``.
    mutating func adopt(_ vocabulary: Vocabulary) {
        for k in program.constraints.indices { program.constraints[k].adopt(vocabulary) }
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

    /// Whether a thread started at `offset` could consume its first token or mention there. `mark`: the
    /// run's stamp of this position in `testedAt`.
    private func canStart(at offset: Int, mark: Int, count: Int, context: SentenceContext,
                          views: UnsafePointer<TokenView>?, testedAt: inout [Int], passed: inout [Bool]) -> Bool {
        guard let firstSteps else { return true }
        guard offset < count else { return false }
        for index in firstSteps.tokens {
            if testedAt[index] != mark {
                testedAt[index] = mark
                passed[index] = program.constraints[index].matches(at: views! + offset, numbered: context.numbered)
            }
            if passed[index] { return true }
        }
        for index in firstSteps.mentions {
            let name = program.mentionClasses[index]
            if context.units[offset].contains(where: { $0.classes.contains(name) }) { return true }
        }
        return false
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

    /// Capture positions of every thread of one run, `width` integers per row. Rows never change once
    /// written: a thread that saves a position gets a new row, so threads share rows freely.
    fileprivate struct SlotRows {
        private(set) var width = 0
        /// Rows `0..<used / width`; the storage past them is spare room.
        private var storage: [Int] = []
        private var used = 0

        /// Forgets every row but row 0 (nothing saved), for a run whose rows are `width` wide.
        mutating func reset(width: Int) {
            self.width = width
            if storage.count < width { storage += repeatElement(-1, count: width - storage.count) }
            for k in 0..<width { storage[k] = -1 }
            used = width
        }

        /// A new row: `row` with `slot` set to `position`.
        mutating func saving(_ position: Int, in slot: Int, of row: Int32) -> Int32 {
            if used + width > storage.count { storage += repeatElement(-1, count: max(storage.count, 16 * width)) }
            let base = Int(row) * width, new = used, width = self.width
            storage.withUnsafeMutableBufferPointer { rows in
                for k in 0..<width { rows[new + k] = rows[base + k] }
                rows[new + slot] = position
            }
            used += width
            return Int32(new / width)
        }

        subscript(row: Int32, slot: Int) -> Int { storage[Int(row) * width + slot] }
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
        // The views are read in place: a copy of one would retain each of its strings and mentions.
        context.views.withUnsafeBufferPointer { matches(in: context, views: $0.baseAddress, scratch: &scratch) }
    }

    private func matches(in context: SentenceContext, views: UnsafePointer<TokenView>?,
                         scratch: inout Scratch) -> [Match] {
        let start = context.range.lowerBound
        let count = context.range.count
        let numbered = context.numbered
        // Offset `k` of this run is stamped `base + k`: above every stamp of earlier runs.
        let base = scratch.stamp
        scratch.stamp += count + 1
        if scratch.visited.count < program.instructions.count {
            scratch.visited += repeatElement(-1, count: program.instructions.count - scratch.visited.count)
        }
        if scratch.testedAt.count < program.constraints.count {
            scratch.testedAt += repeatElement(-1, count: program.constraints.count - scratch.testedAt.count)
            scratch.passed += repeatElement(false, count: program.constraints.count - scratch.passed.count)
        }
        scratch.pending.reset(positions: count + 1)
        scratch.rows.reset(width: program.slotCount)
        var results: [Match] = []
        for offset in 0...count {
            scratch.run.removeAll(keepingCapacity: true)
            let mark = base + offset
            // Older threads come first: they win against the thread starting here when both reach the same step.
            var node = scratch.pending.first(at: offset)
            while node >= 0 {
                let queued = scratch.pending.nodes[Int(node)]
                addThread(&scratch.run, &scratch.stack, &scratch.rows, queued.thread,
                          position: start + offset, mark: mark, offset: offset, count: count, visited: &scratch.visited)
                node = queued.next
            }
            if canStart(at: offset, mark: mark, count: count, context: context, views: views,
                        testedAt: &scratch.testedAt, passed: &scratch.passed) {
                addThread(&scratch.run, &scratch.stack, &scratch.rows, Thread(pc: 0, row: 0), position: start + offset,
                          mark: mark, offset: offset, count: count, visited: &scratch.visited)
            }
            for thread in scratch.run {
                switch program.instructions[Int(thread.pc)] {
                case .match:
                    results.append(makeMatch(scratch.rows, thread.row))
                case .token(let index):
                    guard offset < count else { break }
                    if scratch.testedAt[index] != mark {
                        scratch.testedAt[index] = mark
                        scratch.passed[index] = program.constraints[index].matches(at: views! + offset, numbered: numbered)
                    }
                    if scratch.passed[index] {
                        scratch.pending.append(Thread(pc: thread.pc + 1, row: thread.row), at: offset + 1)
                    }
                case .mention(let index):
                    guard offset < count else { break }
                    let name = program.mentionClasses[index]
                    for unit in context.units[offset] where unit.classes.contains(name) {
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
        mark: Int, offset: Int, count: Int, visited: inout [Int]
    ) {
        stack.append(thread)
        while var current = stack.popLast() {
            let pc = Int(current.pc)
            if visited[pc] == mark { continue }
            visited[pc] = mark
            switch program.instructions[pc] {
            case .jump(let target):
                current.pc = Int32(target)
                stack.append(current)
            case .split(let first, let second):
                // Push the less preferred branch first so the preferred one is explored first.
                stack.append(Thread(pc: Int32(second), row: current.row))
                current.pc = Int32(first)
                stack.append(current)
            case .save(let slot):
                current.row = rows.saving(position, in: slot, of: current.row)
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

    private func makeMatch(_ rows: SlotRows, _ row: Int32) -> Match {
        var captures: [String: Range<Int>] = [:]
        for (index, name) in program.captureNames.enumerated() {
            let low = rows[row, 2 * (index + 1)], high = rows[row, 2 * (index + 1) + 1]
            if low >= 0, high >= low { captures[name] = low..<high }
        }
        return Match(range: rows[row, 0]..<rows[row, 1], captures: captures)
    }
}
