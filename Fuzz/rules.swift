// libFuzzer target: the rule-file parser and compiler (patterns, classes, definitions, examples).
// Built and run by scripts/fuzz.sh.
@testable import NewsEvents

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRules(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    _ = RuleSet.compile(files: [(path: "fuzz.rules", text: text)])
    return 0
}
