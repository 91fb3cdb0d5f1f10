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
    public let program: Program
    /// What a match can consume first: the token tests and mention classes reachable from the start without
    /// consuming anything; `nil` when the pattern can match without consuming a token (then a thread is
    /// started everywhere). A position where none of them holds starts no thread: such a thread would die
    /// before its first token, so skipping it changes nothing but the time.
    private let firstSteps: (tokens: [Int], mentions: [Int])?

    public init(program: Program) {
        self.program = program
        self.firstSteps = PatternMatcher.firstSteps(of: program)
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

    /// Whether a thread started at `offset` could consume its first token or mention there.
    private func canStart(at offset: Int, count: Int, context: SentenceContext,
                          testedAt: inout [Int], passed: inout [Bool]) -> Bool {
        guard let firstSteps else { return true }
        guard offset < count else { return false }
        for index in firstSteps.tokens {
            if testedAt[index] != offset {
                testedAt[index] = offset
                passed[index] = program.constraints[index].matches(context.views[offset])
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
    private struct Thread {
        var pc: Int32
        var row: Int32
    }

    /// Capture positions of every thread of one run, `width` integers per row. Rows never change once
    /// written: a thread that saves a position gets a new row, so threads share rows freely.
    private struct SlotRows {
        let width: Int
        var storage: [Int]

        init(width: Int) {
            self.width = width
            storage = [Int](repeating: -1, count: width)  // row 0: nothing saved
            storage.reserveCapacity(width * 64)
        }

        /// A new row: `row` with `slot` set to `position`.
        mutating func saving(_ position: Int, in slot: Int, of row: Int32) -> Int32 {
            let base = Int(row) * width
            let new = storage.count
            for k in 0..<width { storage.append(storage[base + k]) }
            storage[new + slot] = position
            return Int32(new / width)
        }

        subscript(row: Int32, slot: Int) -> Int { storage[Int(row) * width + slot] }
    }

    public func matches(in context: SentenceContext) -> [Match] {
        let start = context.range.lowerBound
        let count = context.range.count
        var pending = [[Thread]](repeating: [], count: count + 1)
        var visited = [Int](repeating: -1, count: program.instructions.count)
        var results: [Match] = []
        var rows = SlotRows(width: program.slotCount)
        var run: [Thread] = []
        var stack: [Thread] = []
        // Each token test is evaluated at most once per position: `testedAt` holds the offset it was last
        // evaluated at, `passed` its result there.
        var testedAt = [Int](repeating: -1, count: program.constraints.count)
        var passed = [Bool](repeating: false, count: program.constraints.count)
        for offset in 0...count {
            run.removeAll(keepingCapacity: true)
            let position = start + offset
            // Older threads come first: they win against the thread starting here when both reach the same step.
            for thread in pending[offset] {
                addThread(&run, &stack, &rows, thread, position: position, offset: offset, count: count, visited: &visited)
            }
            if canStart(at: offset, count: count, context: context, testedAt: &testedAt, passed: &passed) {
                addThread(&run, &stack, &rows, Thread(pc: 0, row: 0), position: position, offset: offset, count: count,
                          visited: &visited)
            }
            pending[offset].removeAll()
            for thread in run {
                switch program.instructions[Int(thread.pc)] {
                case .match:
                    results.append(makeMatch(rows, thread.row))
                case .token(let index):
                    guard offset < count else { break }
                    if testedAt[index] != offset {
                        testedAt[index] = offset
                        passed[index] = program.constraints[index].matches(context.views[offset])
                    }
                    if passed[index] {
                        pending[offset + 1].append(Thread(pc: thread.pc + 1, row: thread.row))
                    }
                case .mention(let index):
                    guard offset < count else { break }
                    let name = program.mentionClasses[index]
                    for unit in context.units[offset] where unit.classes.contains(name) {
                        pending[unit.end - start].append(Thread(pc: thread.pc + 1, row: thread.row))
                    }
                default:
                    break
                }
            }
        }
        return results
    }

    /// Follows jumps, splits, saves and assertions from `thread`, adding the threads that wait on a token.
    private func addThread(
        _ run: inout [Thread], _ stack: inout [Thread], _ rows: inout SlotRows, _ thread: Thread, position: Int,
        offset: Int, count: Int, visited: inout [Int]
    ) {
        stack.append(thread)
        while var current = stack.popLast() {
            let pc = Int(current.pc)
            if visited[pc] == position { continue }
            visited[pc] = position
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
