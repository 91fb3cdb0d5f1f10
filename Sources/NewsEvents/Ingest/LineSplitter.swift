/// Splits a stream of byte chunks into lines, keeping only the unfinished last line between chunks: a file
/// of a million lines never sits in memory whole.
///
/// ```swift
/// var splitter = LineSplitter()
/// splitter.feed(Array("a\r\nb".utf8)) { number, line in print(number, line) }   // 1 [97]
/// splitter.finish { number, line in print(number, line) }                        // 2 [98]
/// ```
struct LineSplitter {
    private var pending: [UInt8] = []
    private(set) var lineNumber = 0

    /// Calls `body` with each complete line (1-based number, bytes without LF or a trailing CR).
    mutating func feed(_ chunk: [UInt8], _ body: (Int, ArraySlice<UInt8>) -> Void) {
        var start = 0
        while let newline = chunk[start...].firstIndex(of: 0x0A) {
            if pending.isEmpty {
                emit(chunk[start..<newline], body)
            } else {
                pending.append(contentsOf: chunk[start..<newline])
                emit(pending[...], body)
                pending.removeAll(keepingCapacity: true)
            }
            start = newline + 1
        }
        pending.append(contentsOf: chunk[start...])
    }

    /// Emits the last line when the stream does not end with a newline.
    mutating func finish(_ body: (Int, ArraySlice<UInt8>) -> Void) {
        if !pending.isEmpty { emit(pending[...], body) }
        pending = []
    }

    private mutating func emit(_ line: ArraySlice<UInt8>, _ body: (Int, ArraySlice<UInt8>) -> Void) {
        lineNumber += 1
        body(lineNumber, line.last == 0x0D ? line.dropLast() : line)
    }
}
