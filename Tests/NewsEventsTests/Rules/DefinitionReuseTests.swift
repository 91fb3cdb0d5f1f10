import XCTest
@testable import NewsEvents

/// The compiler reuses what it compiled of each `%NAME` definition (``PatternCompiler/definitions``): every
/// program of the bundled rules must be the one compiling the expanded pattern gives.
final class DefinitionReuseTests: XCTestCase {
    func testReusedDefinitionsCompileToTheProgramsOfExpandedPatterns() throws {
        let (rules, problems) = RuleSet.load(directories: [Fixtures.rulesDirectory + "/events"])
        XCTAssertTrue(problems.isEmpty, "\(problems)")
        var expanded = PatternCompiler(classes: rules.classes)
        var count = 0
        for rule in rules.rules {
            for (pattern, program) in zip(rule.patterns, rule.programs) {
                let plain = try expanded.compile(pattern)
                XCTAssertEqual(describe(plain), describe(program), "\(rule.id): \(pattern)")
                count += 1
            }
        }
        XCTAssertGreaterThan(count, 100)
    }

    func testADefinitionUsedTwiceInOnePatternKeepsItsCapturesAndSlots() throws {
        var parser = PatternParser(text: "[lower=a] object:(@company [lower=b|c]{0,2})")
        let definitions = ["X": try parser.parse()]
        for text in ["%X trigger:[lemma=d] %X", "@actor [lower=b] (%X)? trigger:%X", "(%X | [lower=e]){1,3} trigger:[]"] {
            var written = PatternParser(text: text)
            let pattern = try written.parse()
            let full = try pattern.expanded(definitions)
            var reusing = PatternCompiler(classes: [:], definitions: definitions)
            var plain = PatternCompiler(classes: [:])
            // Twice each: the second compiles from the definition's block.
            for _ in 0..<2 {
                XCTAssertEqual(describe(try reusing.compile(pattern, captureNames: full.captureNames)),
                               describe(try plain.compile(full)), text)
            }
        }
    }

    private func describe(_ program: Program) -> String {
        "\(program.instructions) \(program.constraints.map(\.id)) \(program.mentionClasses) \(program.captureNames)"
    }
}
