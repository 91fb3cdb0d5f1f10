#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds the bundled `rules/` folder, so the tool works from any working directory.
///
/// In order: the `NEWSEVENTS_RULES` environment variable; a `rules/` folder beside the executable or in
/// one of its parent folders (a `swift build` tree keeps the binary under `.build/` in the checkout);
/// `../share/newsevents/rules` from the executable (an installed copy).
/// ```swift
/// RulesLocator.bundled()   // "/path/to/checkout/rules"
/// ```
public enum RulesLocator {
    public static func bundled() -> String? {
        if let value = getenv("NEWSEVENTS_RULES") {
            return String(cString: value)
        }
        guard var directory = executableDirectory() else { return nil }
        let installed = directory + "/../share/newsevents/rules"
        if isRulesFolder(installed) { return installed }
        while !directory.isEmpty {
            if isRulesFolder(directory + "/rules") { return directory + "/rules" }
            guard let slash = directory.lastIndex(of: "/") else { break }
            directory = String(directory[..<slash])
        }
        return nil
    }

    static func isRulesFolder(_ path: String) -> Bool {
        FileSystem.isDirectory(path + "/events") && FileSystem.isDirectory(path + "/text")
    }

    static func executableDirectory() -> String? {
        var buffer = [CChar](repeating: 0, count: 4096)
        #if os(Linux)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard count > 0 else { return nil }
        buffer[count] = 0
        #else
        guard let argument = CommandLine.arguments.first, realpath(argument, &buffer) != nil else { return nil }
        #endif
        let path = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        guard let slash = path.lastIndex(of: "/") else { return nil }
        return String(path[..<slash])
    }
}
