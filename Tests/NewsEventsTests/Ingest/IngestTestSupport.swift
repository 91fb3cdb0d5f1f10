import Foundation
import XCTest
@testable import NewsEvents

/// Fixture paths (found from this file) and helpers shared by the ingest tests.
enum IngestFixtures {
    static let folder: String = {
        let here = URL(fileURLWithPath: #filePath)  // Tests/NewsEventsTests/Ingest/IngestTestSupport.swift
        return here.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/Ingest").path
    }()

    static func path(_ name: String) -> String { folder + "/" + name }

    /// Every result of reading `input`.
    static func results(_ input: Input, defaultDate: SimpleDate? = nil) -> [Result<SourceDocument, InputFailure>] {
        var results: [Result<SourceDocument, InputFailure>] = []
        DocumentReader(defaultDate: defaultDate).read(input) { results.append($0) }
        return results
    }

    /// The single document of a fixture file.
    static func document(_ name: String, defaultDate: SimpleDate? = nil,
                         file: StaticString = #filePath, line: UInt = #line) throws -> SourceDocument {
        let results = results(.file(path(name)), defaultDate: defaultDate)
        XCTAssertEqual(results.count, 1, file: file, line: line)
        return try XCTUnwrap(results.first, file: file, line: line).get()
    }

    /// The failure reading a fixture file gives.
    static func failure(_ name: String, file: StaticString = #filePath, line: UInt = #line) -> InputFailure? {
        let results = results(.file(path(name)))
        XCTAssertEqual(results.count, 1, file: file, line: line)
        guard case .failure(let failure)? = results.first else { return nil }
        return failure
    }

    static func date(_ text: String) -> SimpleDate { SimpleDate(iso: text)! }
}

/// A scratch folder removed when the test ends.
final class IngestTemporaryFolder {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "newsevents-ingest-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    @discardableResult
    func write(_ relative: String, _ bytes: [UInt8]) throws -> String {
        let file = path + "/" + relative
        try FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        return file
    }

    @discardableResult
    func write(_ relative: String, _ text: String) throws -> String { try write(relative, Array(text.utf8)) }
}
