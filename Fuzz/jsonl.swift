// libFuzzer target: JSON Lines dumps, from raw bytes split into lines (records, syntax errors, html records).
// Built and run by scripts/fuzz.sh.
@testable import NewsEvents

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONLines(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    DocumentReader().read(bytes: bytes, as: Input.file("fuzz.jsonl")) { _ in }
    _ = JSONSyntaxCheck.firstError(in: bytes)
    return 0
}
