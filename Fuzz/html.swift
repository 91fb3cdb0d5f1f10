// libFuzzer target: HTML pages, from raw bytes to a document (encoding sniffing, libxml2, tree, extraction).
// Built and run by scripts/fuzz.sh; not part of the package.
@testable import NewsEvents

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTML(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    _ = HTMLReader().read(bytes, fallbackID: "fuzz")
    return 0
}
