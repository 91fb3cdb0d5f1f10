@testable import NewsEvents

/// Paths and shared resources for tests: the project's own `rules/` folder, found from this file.
enum Fixtures {
    static let projectRoot: String = {
        var path = #filePath
        for _ in 0..<4 {  // Tests/NewsEventsTests/Support/Fixtures.swift
            path = String(path[..<path.lastIndex(of: "/")!])
        }
        return path
    }()

    static let rulesDirectory = projectRoot + "/rules"

    static let text: TextResources = {
        let (resources, problems) = TextResources.load(directory: rulesDirectory + "/text")
        precondition(problems.isEmpty, "rules/text has problems: \(problems)")
        return resources
    }()

    /// A document tokenised and split into sentences.
    static func tokenized(_ text: String, id: String = "test") -> AnnotatedDocument {
        var document = AnnotatedDocument(source: SourceDocument(id: id, text: text))
        Tokenizer(resources: Fixtures.text).process(&document)
        SentenceSplitter(resources: Fixtures.text).process(&document)
        return document
    }
}

/// Events of one text through the whole pipeline, with the bundled rules and lexicons. Like rule examples, the
/// texts are a sentence or two with no story to name the authority, so the `[needs-agent]` policy is off here
/// (it has its own tests: `NeedsAgentTests`).
enum EventFixtures {
    static let pipeline = Pipeline(knowledge: RuleExamplesTests.knowledge.withoutAgentPolicy)

    static func events(_ text: String, published: String = "2019-11-22") -> [Event] {
        pipeline.annotate(SourceDocument(id: "t", published: SimpleDate(iso: published), text: text)).events
    }
}
