// libFuzzer target: the temporal tagger and normaliser over the bundled time rules, on any text, with and
// without a publication date. Built and run by scripts/fuzz.sh (NEWSEVENTS_RULES names the rules folder).
@testable import NewsEvents

private let knowledge: (text: TextResources, time: TimeResources) = {
    guard let rules = RulesLocator.bundled() else { fatalError("set NEWSEVENTS_RULES to the rules/ folder") }
    return (TextResources.load(directory: rules + "/text").0, TimeResources.load(directory: rules + "/time").0)
}()

/// The stages, built once as the pipeline builds them (the tagger compiles its match tables when made).
private let stages = (
    tokenizer: Tokenizer(resources: knowledge.text), splitter: SentenceSplitter(resources: knowledge.text),
    tagger: TemporalTagger(resources: knowledge.time))

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTime(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let published: SimpleDate? = size % 2 == 0 ? SimpleDate(year: 2019, month: 11, day: 22) : nil
    var document = AnnotatedDocument(source: SourceDocument(id: "fuzz", published: published, text: text))
    stages.tokenizer.process(&document)
    stages.splitter.process(&document)
    stages.tagger.process(&document)
    return 0
}
