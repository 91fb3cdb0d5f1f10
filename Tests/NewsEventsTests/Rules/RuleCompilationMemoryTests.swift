import XCTest
@testable import NewsEvents

/// Compiling rules frees all it allocates once the rules are dropped: parsing, `%NAME` expansion and
/// compilation build trees of indirect enums (``Pattern``, ``TokenConstraint``), and a reference kept by
/// mistake would grow the heap by every rule set compiled.
///
/// LeakSanitizer cannot check this for rules alive at exit (a test's shared `static let knowledge`): Swift
/// keeps a multi-payload enum's case in the spare bits of its box pointer, so a box reached only through such a
/// value looks unreferenced and is reported as leaked although it is in use (docs/ROBUSTNESS.md). Compiling and
/// dropping is what this test measures instead, by the resident size of the process.
final class RuleCompilationMemoryTests: XCTestCase {
    func testCompilingTheBundledRulesAgainHoldsNoMoreMemory() throws {
        // AddressSanitizer keeps freed memory in quarantine: resident size says nothing under it.
        if IngestMemory.underAddressSanitizer { throw XCTSkip("resident size grows under AddressSanitizer") }
        let directories = [Fixtures.rulesDirectory]
        // The first compilation fills one-time caches; later ones reuse the memory the earlier ones freed.
        XCTAssertGreaterThan(RuleSet.load(directories: directories).0.rules.count, 0)
        let before = IngestMemory.residentBytes()
        guard before > 0 else { throw XCTSkip("no /proc/self/statm") }
        for _ in 0..<5 { XCTAssertGreaterThan(RuleSet.load(directories: directories).0.rules.count, 0) }
        // The leak LeakSanitizer suspected would be about 1.5 MB a compilation.
        let growth = IngestMemory.residentBytes() - before
        XCTAssertLessThan(growth, 4 << 20, "resident memory grew by \(growth) bytes over five compilations")
    }
}
