/// Path-name helpers (no Foundation): last component, stem, extension.
///
/// Paths of ASCII without a carriage return (each byte then one character) are read on their bytes: a run over
/// a folder names every one of its files this way, before the first document is read.
/// ```swift
/// PathName.lastComponent(of: "txt/reuters-5259.txt/")   // "reuters-5259.txt"
/// PathName.stem(of: "txt/reuters-5259.txt")             // "reuters-5259"
/// ```
enum PathName {
    static func lastComponent(of path: String) -> Substring {
        if let name = asciiLastComponent(of: path) { return name }
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        guard let slash = trimmed.lastIndex(of: "/") else { return trimmed }
        return trimmed[trimmed.index(after: slash)...]
    }

    static func fileExtension(of path: String) -> Substring {
        let name = lastComponent(of: path)
        guard let dot = lastDot(in: name), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...]
    }

    /// The file name without its last extension: `txt/reuters-5259.txt` -> `reuters-5259`.
    static func stem(of path: String) -> String {
        let name = lastComponent(of: path)
        guard let dot = lastDot(in: name), dot != name.startIndex else { return String(name) }
        return String(name[..<dot])
    }

    /// The last `.` of a name (found on the bytes when the name is ASCII without a carriage return).
    private static func lastDot(in name: Substring) -> Substring.Index? {
        let utf8 = name.utf8
        let found = utf8.withContiguousStorageIfAvailable { bytes -> Int?? in
            guard isPlainASCII(bytes) else { return nil }
            return .some(bytes.lastIndex(of: UInt8(ascii: ".")))
        }
        guard let found = found ?? nil else { return name.lastIndex(of: ".") }
        return found.map { utf8.index(utf8.startIndex, offsetBy: $0) }
    }

    /// ``lastComponent(of:)`` on the bytes of a path of ASCII without a carriage return; nil for any other path.
    private static func asciiLastComponent(of path: String) -> Substring? {
        let utf8 = path.utf8
        let found = utf8.withContiguousStorageIfAvailable { bytes -> Range<Int>? in
            guard isPlainASCII(bytes) else { return nil }
            let slash = UInt8(ascii: "/")
            var end = bytes.count
            // Trailing slashes go, but never the first character.
            while end > 1, bytes[end - 1] == slash { end -= 1 }
            var start = end
            while start > 0, bytes[start - 1] != slash { start -= 1 }
            return start..<end
        }
        guard let range = found ?? nil else { return nil }
        return path[utf8.index(utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: range.upperBound)]
    }

    /// Every byte ASCII and none a carriage return (which a following line feed would join into one character).
    private static func isPlainASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in bytes where byte >= 0x80 || byte == 0x0D { return false }
        return true
    }
}
