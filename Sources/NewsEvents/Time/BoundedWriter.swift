/// Appends plain values to memory of a fixed size that another owns (an array's uninitialised capacity), so that a
/// result is written where it stays instead of being copied there at the end.
///
/// An append past the end is dropped and noted in ``overflowed``: the caller then starts again with more room.
/// Not copyable: it is made, filled and read inside one function.
/// ```swift
/// let values = [Int32](unsafeUninitializedCapacity: 2) { buffer, initialized in
///     var writer = BoundedWriter(buffer)
///     writer.append(7)
///     writer.append(9)
///     writer.append(11)      // no room: dropped, `writer.overflowed` is true
///     initialized = writer.count
/// }
/// values   // [7, 9]
/// ```
struct BoundedWriter<Element: BitwiseCopyable>: ~Copyable {
    private let base: UnsafeMutablePointer<Element>?
    private let capacity: Int
    /// The number of elements written.
    private(set) var count = 0
    /// Some append found no room (and was dropped).
    private(set) var overflowed = false

    init(_ buffer: UnsafeMutableBufferPointer<Element>) {
        base = buffer.baseAddress
        capacity = buffer.count
    }

    @inline(__always) mutating func append(_ element: Element) {
        guard count < capacity, let base else {
            overflowed = true
            return
        }
        (base + count).initialize(to: element)
        count += 1
    }

    /// Element `index` (below ``count``, which is not checked in release builds).
    @inline(__always) subscript(index: Int) -> Element {
        get {
            assert(index >= 0 && index < count)
            return base![index]
        }
        set {
            assert(index >= 0 && index < count)
            base![index] = newValue
        }
    }
}
