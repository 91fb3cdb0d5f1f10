import Testing
@testable import NewsEvents

/// ``BoundedWriter``: writes into the room it is given, drops what does not fit and says so.
@Suite struct TimeBoundedWriterTests {
    @Test func fillsTheRoomThenNotesTheOverflow() {
        var overflowed = true
        let values = [Int32](unsafeUninitializedCapacity: 3) { buffer, initialized in
            var writer = BoundedWriter(buffer)
            writer.append(1)
            writer.append(2)
            writer[1] = -2
            overflowed = writer.overflowed
            writer.append(3)
            writer.append(4)
            initialized = writer.count
            overflowed = overflowed || !writer.overflowed
        }
        #expect(values == [1, -2, 3])
        #expect(!overflowed)
    }

    @Test func noRoomWritesNothing() {
        var overflowed = false
        let values = [Int32](unsafeUninitializedCapacity: 0) { buffer, initialized in
            var writer = BoundedWriter(buffer)
            writer.append(1)
            initialized = writer.count
            overflowed = writer.overflowed
        }
        #expect(values.isEmpty)
        #expect(overflowed)
    }
}
