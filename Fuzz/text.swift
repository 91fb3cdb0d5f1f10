// libFuzzer target: plain-text articles, from raw bytes (decoding, header block or front matter, dateline)
// and, through DocumentReader, the content sniffing of standard input. Built and run by scripts/fuzz.sh.
@testable import NewsEvents

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzText(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    _ = DocumentReader().readDocument(bytes, kind: .text, fallbackID: "fuzz")
    DocumentReader(limits: ReadLimits(maximumDocumentBytes: 4096)).read(bytes: bytes, as: .standardInput) { _ in }
    return 0
}
