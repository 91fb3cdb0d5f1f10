#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Splits a stream of byte chunks into lines, keeping only the unfinished last line between chunks: a file
/// of a million lines never sits in memory whole. A line longer than `maximumLength` is not kept either:
/// its bytes are dropped as they come and it is handed on as `nil`.
///
/// ```swift
/// var splitter = LineSplitter()
/// splitter.feed(Array("a\r\nb".utf8)) { number, line in print(number, line!) }   // 1 [97]
/// splitter.finish { number, line in print(number, line!) }                        // 2 [98]
/// ```
struct LineSplitter {
    private var pending: [UInt8] = []
    /// The current line passed `maximumLength`: its bytes are being skipped up to the next newline.
    private var overlong = false
    private(set) var lineNumber = 0
    let maximumLength: Int

    init(maximumLength: Int = .max) {
        self.maximumLength = maximumLength
    }

    /// Calls `body` with each complete line (1-based number, bytes without LF or a trailing CR; `nil` for a
    /// line longer than `maximumLength`).
    mutating func feed(_ chunk: [UInt8], _ body: (Int, ArraySlice<UInt8>?) -> Void) {
        var start = 0
        while let newline = LineSplitter.firstLineFeed(in: chunk, from: start) {
            if pending.isEmpty, !overlong {
                emit(chunk[start..<newline], body)
            } else {
                keep(chunk[start..<newline])
                emit(pending[...], body)
                pending.removeAll(keepingCapacity: true)
            }
            overlong = false
            start = newline + 1
        }
        keep(chunk[start...])
    }

    /// The index of the first LF at or after `start` (found by `memchr`, many bytes at a time).
    private static func firstLineFeed(in chunk: [UInt8], from start: Int) -> Int? {
        chunk.withUnsafeBytes { raw -> Int? in
            guard let base = raw.baseAddress, start < raw.count,
                  let found = memchr(base + start, 0x0A, raw.count - start) else { return nil }
            return base.distance(to: UnsafeRawPointer(found))
        }
    }

    /// Emits the last line when the stream does not end with a newline.
    mutating func finish(_ body: (Int, ArraySlice<UInt8>?) -> Void) {
        if !pending.isEmpty || overlong { emit(pending[...], body) }
        pending = []
        overlong = false
    }

    /// Adds the bytes of an unfinished line, or drops them once the line is too long.
    private mutating func keep(_ bytes: ArraySlice<UInt8>) {
        guard !overlong else { return }
        if pending.count + bytes.count - 1 > maximumLength {  // - 1: a CR before the LF is not the line's
            overlong = true
            pending = []
            return
        }
        pending.append(contentsOf: bytes)
    }

    private mutating func emit(_ line: ArraySlice<UInt8>, _ body: (Int, ArraySlice<UInt8>?) -> Void) {
        lineNumber += 1
        let line = line.last == 0x0D ? line.dropLast() : line
        body(lineNumber, overlong || line.count > maximumLength ? nil : line)
    }
}
