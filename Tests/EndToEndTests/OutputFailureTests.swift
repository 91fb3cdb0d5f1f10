import Foundation
import XCTest

/// Output that cannot be written (a closed pipe, a full disk, a file-size limit) ends the run with a clear
/// error and exit status 1, never a crash or a silent death by SIGPIPE; `-o FILE` never leaves half a file.
final class OutputFailureTests: XCTestCase {
    /// Runs a bash command line with `$BIN` set to the binary, in the project folder.
    private func bash(_ script: String) throws -> CLI.Result {
        try CLI.runProgram("/bin/bash", ["-c", "BIN=\"$0\"; " + script, CLI.binary])
    }

    func testClosedPipeIsAnErrorNotASignal() throws {
        for command in ["annotate corpus/", "extract corpus/ --format jsonl"] {
            // Far more than a pipe holds: `head` exits while the tool still writes.
            let result = try bash("\"$BIN\" \(command) | head -c 10 >/dev/null; echo \"status ${PIPESTATUS[0]}\"")
            XCTAssertEqual(result.stdout, "status 1\n", command)
            XCTAssertTrue(result.stderr.contains("newsevents: error: standard output: cannot write: Broken pipe"), result.stderr)
        }
    }

    func testFullDiskOnStandardOutput() throws {
        let result = try bash("\"$BIN\" extract corpus/text >/dev/full; echo \"status $?\"")
        XCTAssertEqual(result.stdout, "status 1\n")
        XCTAssertTrue(result.stderr.contains("newsevents: error: standard output: cannot write: No space left on device"), result.stderr)
    }

    /// A device is written in place: renaming a temporary file over `/dev/full` would replace it.
    func testFullDiskOnADeviceGivenAsOutput() throws {
        let result = try CLI.run(["extract", "corpus/text", "-o", "/dev/full"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("newsevents: error: /dev/full: cannot write: No space left on device"), result.stderr)
        var info = stat()
        XCTAssertEqual(stat("/dev/full", &info), 0)
        XCTAssertEqual(info.st_mode & S_IFMT, S_IFCHR, "/dev/full must still be a device")
        XCTAssertEqual(try CLI.run(["extract", "corpus/text", "-o", "/dev/null"]).status, 0)
    }

    /// A file-size limit (`ulimit -f`) makes writes fail half-way: the old file stays, no temporary is left.
    func testFailedWriteLeavesNoHalfFile() throws {
        let folder = try CLI.temporaryFolder()
        try "previous timeline\n".write(toFile: folder + "/out.json", atomically: true, encoding: .utf8)
        let result = try bash("ulimit -f 8; \"$BIN\" extract corpus/ -o '\(folder)/out.json'; echo \"status $?\"")
        XCTAssertEqual(result.stdout, "status 1\n")
        XCTAssertTrue(result.stderr.contains("\(folder)/out.json: cannot write: File too large"), result.stderr)
        XCTAssertEqual(try String(contentsOfFile: folder + "/out.json", encoding: .utf8), "previous timeline\n")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder), ["out.json"])
    }

    func testOutputInAMissingFolder() throws {
        let folder = try CLI.temporaryFolder()
        let result = try CLI.run(["extract", "corpus/text", "-o", folder + "/no/such/out.json"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("\(folder)/no/such/out.json: cannot write: No such file or directory"), result.stderr)
    }
}
