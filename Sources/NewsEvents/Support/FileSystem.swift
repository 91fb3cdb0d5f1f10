#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Small POSIX file helpers that avoid Foundation on paths the pipeline takes for every document.
public enum FileSystem {
    /// An error from the operating system, with its message.
    public struct Failure: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    /// The whole content of a file as bytes.
    public static func readBytes(path: String) throws -> [UInt8] {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw Failure(description: String(cString: strerror(errno))) }
        defer { close(fd) }
        var result: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw Failure(description: String(cString: strerror(errno)))
            }
            if count == 0 { break }
            result.append(contentsOf: buffer[0..<count])
        }
        return result
    }

    /// The content of a UTF-8 text file (invalid bytes become U+FFFD).
    public static func readText(path: String) throws -> String {
        String(decoding: try readBytes(path: path), as: UTF8.self)
    }

    /// Whether a path names a directory.
    public static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// Whether anything exists at a path.
    public static func exists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0
    }

    /// The names in a directory, sorted byte-wise, without `.` and `..`.
    public static func listDirectory(_ path: String) throws -> [String] {
        switch IngestFileSystem.contents(ofDirectory: path) {
        case .success(let names): return names
        case .failure(let error): throw Failure(description: error.message)
        }
    }
}
