import Foundation
import XCTest

/// Runs the built `newsevents` binary and captures what it writes.
enum CLI {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let projectRoot: String = {
        var path = #filePath
        for _ in 0..<3 { path = String(path[..<path.lastIndex(of: "/")!]) }  // Tests/EndToEndTests/Support.swift
        return path
    }()

    /// The binary beside the test bundle, in the build folder.
    static let binary: String = {
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var directory = executable.deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("newsevents").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return projectRoot + "/.build/debug/newsevents"
    }()

    @discardableResult
    static func run(_ arguments: [String], stdin: String? = nil, directory: String = projectRoot) throws -> Result {
        try runProgram(binary, arguments, stdin: stdin, directory: directory)
    }

    /// Runs any program (a shell for pipelines and limits) the way ``run(_:stdin:directory:)`` runs the tool.
    static func runProgram(_ program: String, _ arguments: [String], stdin: String? = nil,
                           directory: String = projectRoot) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        // Output goes to files, so neither stream can fill a pipe while the other is read.
        let folder = try temporaryFolder()
        _ = FileManager.default.createFile(atPath: folder + "/out", contents: nil)
        _ = FileManager.default.createFile(atPath: folder + "/err", contents: nil)
        let out = try FileHandle(forWritingTo: URL(fileURLWithPath: folder + "/out"))
        let err = try FileHandle(forWritingTo: URL(fileURLWithPath: folder + "/err"))
        let input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        try out.close()
        try err.close()
        let outData = try Data(contentsOf: URL(fileURLWithPath: folder + "/out"))
        let errData = try Data(contentsOf: URL(fileURLWithPath: folder + "/err"))
        try? FileManager.default.removeItem(atPath: folder)
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    /// A fresh temporary folder for one test's files.
    static func temporaryFolder() throws -> String {
        let path = NSTemporaryDirectory() + "newsevents-e2e-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func json(_ text: String) throws -> [String: Any] {
        try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }
}
