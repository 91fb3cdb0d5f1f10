import XCTest
@testable import NewsEvents

/// The compiler copies a repeated pattern's first copy instead of compiling it again: the copies must be the
/// instructions a fresh compile gives, and the size limit must fail where it did.
final class PatternCompilerTests: XCTestCase {
    private func compile(_ text: String) throws -> Program {
        var parser = PatternParser(text: text)
        var compiler = PatternCompiler(classes: ["MOD": ["also", "formally"]])
        return try compiler.compile(try parser.parse())
    }

    /// The instructions of a repetition written out by hand, copy by copy.
    func testRepetitionCopiesEqualTheCopiesWrittenOut() throws {
        let inner = "(agent:([lemma=$MOD] | @timex | [lower=on] @date) | \",\" [!shape=punctuation]{1,3} \",\")"
        let repeated = try compile("\(inner){2,4} [lower=x]")
        let written = try compile("\(inner) \(inner) (\(inner) (\(inner))?)? [lower=x]")
        XCTAssertEqual(describe(repeated), describe(written))
        let looped = try compile("[lower=a] (\(inner))+ [lower=b]")
        let loopWritten = try compile("[lower=a] \(inner) (\(inner))* [lower=b]")
        XCTAssertEqual(describe(looped), describe(loopWritten))
    }

    func testAPatternTooLargeOnceExpandedStillFails() throws {
        XCTAssertThrowsError(try compile("[lower=a] ((([lower=b] [lower=c]?){0,50}){0,50}){2,50}")) { error in
            XCTAssertEqual((error as? PatternCompiler.Failure)?.message,
                           "pattern too large once repetitions are expanded (over 20000 steps)")
        }
        XCTAssertNoThrow(try compile("[lower=a] (([lower=b] [lower=c]?){0,50}){0,40}"))
    }

    private func describe(_ program: Program) -> [String] {
        program.instructions.map { "\($0)" }
    }
}
