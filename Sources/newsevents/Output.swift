import NewsEvents

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a command writes: standard output, or a file written to a temporary name and renamed when
/// complete, so a failed run never leaves half a file. A path that names something other than a regular
/// file (`/dev/null`, `/dev/full`, a named pipe) is written directly: renaming over it would replace it.
/// A write that fails (a full disk, a closed pipe: SIGPIPE is ignored, so it is EPIPE) is a
/// ``CommandFailure`` naming the output.
final class Output {
    private let path: String?
    private let temporary: String?
    private let descriptor: Int32
    private var buffer: [UInt8] = []

    init(path: String?) throws {
        self.path = path
        if let path {
            var info = stat()
            let special = stat(path, &info) == 0 && (info.st_mode & S_IFMT) != S_IFREG
            let temporary = special ? nil : path + ".tmp-\(getpid())"
            let fd = open(temporary ?? path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            guard fd >= 0 else {
                throw CommandFailure(message: "\(path): cannot write: \(String(cString: strerror(errno)))")
            }
            self.temporary = temporary
            self.descriptor = fd
        } else {
            self.temporary = nil
            self.descriptor = 1
        }
    }

    func write(_ text: String) throws {
        try write(bytes: text.utf8)
    }

    func write(bytes: some Collection<UInt8>) throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 16 { try flush() }
    }

    func flush() throws {
        var offset = 0
        while offset < buffer.count {
            let written = buffer.withUnsafeBytes { raw in
                Glibc.write(descriptor, raw.baseAddress! + offset, raw.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                let reason = String(cString: strerror(errno))
                buffer.removeAll()
                throw CommandFailure(message: "\(path ?? "standard output"): cannot write: \(reason)")
            }
            offset += written
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes and, for a file, moves it into place.
    func finish() throws {
        try flush()
        if temporary == nil, path != nil, close(descriptor) != 0 {
            throw CommandFailure(message: "\(path!): cannot write: \(String(cString: strerror(errno)))")
        }
        if let temporary, let path {
            guard close(descriptor) == 0 else {
                unlink(temporary)
                throw CommandFailure(message: "\(path): cannot write: \(String(cString: strerror(errno)))")
            }
            guard rename(temporary, path) == 0 else {
                unlink(temporary)
                throw CommandFailure(message: "\(path): cannot write: \(String(cString: strerror(errno)))")
            }
        }
    }

    /// Removes the temporary file of a run that failed.
    func abandon() {
        if let temporary {
            close(descriptor)
            unlink(temporary)
        } else if path != nil {
            close(descriptor)
        }
    }

    static func standardError(_ text: String) {
        var bytes = Array(text.utf8)
        _ = bytes.withUnsafeMutableBytes { Glibc.write(2, $0.baseAddress, $0.count) }
    }

    /// `newsevents: error: INPUT: reason`
    static func report(_ failure: InputFailure) {
        standardError("newsevents: error: \(failure.input): \(failure.reason)\n")
    }

    /// `newsevents: warning: INPUT: warning` for each thing the reader guessed or repaired in a document.
    static func warn(about document: SourceDocument) {
        for warning in document.warnings {
            standardError("newsevents: warning: \(document.path ?? "-"): \(warning)\n")
        }
    }
}
