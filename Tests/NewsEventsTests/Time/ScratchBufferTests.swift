import Testing
@testable import NewsEvents

/// ``ScratchBuffer``: appends past its first capacity, reads and writes in place, and gives its elements back.
@Suite struct TimeScratchBufferTests {
    @Test func growsAndKeepsItsElements() {
        // (The buffer is not copyable: what it holds is read into values before `#expect` looks at them.)
        var buffer = ScratchBuffer<Int32>(capacity: 1)
        for n in 0..<100 { buffer.append(Int32(n)) }
        let count = buffer.count
        #expect(count == 100)
        buffer[7] = -7
        let seventh = buffer[7]
        #expect(seventh == -7)
        buffer.removeLast()
        let kept = buffer.array()
        #expect(kept == [0, 1, 2, 3, 4, 5, 6, -7] + (8..<99).map { Int32($0) })
        buffer.removeAll()
        let empty = buffer.isEmpty, none = buffer.array()
        #expect(empty)
        #expect(none.isEmpty)
    }

    @Test func repeatingFillsEveryPlace() {
        let buffer = ScratchBuffer(repeating: -1, count: 5)
        let all = buffer.array()
        #expect(all == [-1, -1, -1, -1, -1])
    }

    @Test func unknownQuarterSuffix() {
        #expect(TemporalTagger.endsWithUnknownQuarter("1988-QX"))
        #expect(!TemporalTagger.endsWithUnknownQuarter("1988-Q3"))
        #expect(!TemporalTagger.endsWithUnknownQuarter("QX"))
        #expect(!TemporalTagger.endsWithUnknownQuarter("1988QX"))
    }

    @Test func dayValuesAreTheDescription() {
        for text in ["1987-04-07", "0099-12-31", "2024-02-29"] {
            let date = SimpleDate(iso: text)!
            #expect(date.timexDay == date.description)
        }
    }
}
