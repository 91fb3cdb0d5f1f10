/// Stable event ids: a 64-bit FNV-1a hash, as 16 lower-case hex digits, of the event's type, its first
/// source's document id, that source's start offset and its rule, so the same input and rules give the same id.
///
/// Ids are made unique within a timeline by a suffix (`-2`, `-3`, ...) given in timeline order.
/// ```swift
/// EventIdentifier.hash(type: "grant", document: "reuters-5259", start: 0, rule: "grant/win-licence")
/// ```
public enum EventIdentifier {
    /// FNV-1a 64 over the UTF-8 bytes of the fields, each followed by a 0x1F unit separator.
    public static func hash(type: String, document: String, start: Int, rule: String) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        let prime: UInt64 = 0x0000_0100_0000_01b3
        for field in [type, document, String(start), rule] {
            for byte in field.utf8 {
                h ^= UInt64(byte)
                h = h &* prime
            }
            h ^= 0x1F
            h = h &* prime
        }
        let digits = String(h, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// The base id of an event, from its first source (or its type alone when it has none).
    public static func baseID(for event: Event) -> String {
        let source = event.sources.first
        return hash(type: event.type, document: source?.document ?? "", start: source?.start ?? 0, rule: source?.rule ?? "")
    }

    /// Gives every event its id, in order; a repeated base id gets `-2`, `-3`, ... (skipping suffixed ids taken).
    public static func assign(_ events: inout [Event]) {
        var taken = Set<String>()
        for index in events.indices {
            let base = baseID(for: events[index])
            var id = base
            var suffix = 2
            while taken.contains(id) {
                id = base + "-" + String(suffix)
                suffix += 1
            }
            taken.insert(id)
            events[index].id = id
        }
    }
}
