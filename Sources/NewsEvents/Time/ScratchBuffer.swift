/// A growable buffer of plain values for the time stage's per-document scratch work: appends and writes go
/// straight to memory, without the uniqueness and capacity checks an array makes at each one.
///
/// Not copyable, so its memory has one owner and is freed once, when the buffer ends; it is made, filled and read
/// inside one function (or one non-copyable matcher), never shared between threads.
/// ```swift
/// var pieces = ScratchBuffer<Int32>(capacity: 4)
/// pieces.append(7)
/// pieces.append(9)
/// pieces[1]          // 9
/// pieces.array()     // [7, 9]
/// ```
struct ScratchBuffer<Element: BitwiseCopyable>: ~Copyable {
    private var base: UnsafeMutablePointer<Element>
    private var capacity: Int
    /// The number of elements appended (and not removed).
    private(set) var count = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 4)
        base = UnsafeMutablePointer<Element>.allocate(capacity: self.capacity)
    }

    /// A buffer of `count` copies of `value`.
    init(repeating value: Element, count: Int) {
        self.init(capacity: count)
        base.initialize(repeating: value, count: count)
        self.count = count
    }

    deinit { base.deallocate() }

    var isEmpty: Bool { count == 0 }

    @inline(__always) mutating func append(_ element: Element) {
        if count == capacity { grow() }
        (base + count).initialize(to: element)
        count += 1
    }

    @inline(__always) mutating func removeLast() { count -= 1 }

    @inline(__always) mutating func removeAll() { count = 0 }

    /// Element `index` (below ``count``, which is not checked in release builds).
    @inline(__always) subscript(index: Int) -> Element {
        get {
            assert(index >= 0 && index < count)
            return base[index]
        }
        set {
            assert(index >= 0 && index < count)
            base[index] = newValue
        }
    }

    /// The elements as an array.
    func array() -> [Element] { Array(UnsafeBufferPointer(start: base, count: count)) }

    private mutating func grow() {
        let larger = UnsafeMutablePointer<Element>.allocate(capacity: capacity * 2)
        larger.moveInitialize(from: base, count: count)
        base.deallocate()
        base = larger
        capacity *= 2
    }
}
