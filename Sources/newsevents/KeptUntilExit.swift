/// Values a command keeps until the process exits, never freed. A loaded pipeline is thousands of arrays,
/// dictionaries and strings: freeing them one by one when a command returns took `extract` over 1,500 records
/// 19M of its 962M instructions (on one thread, after the last document), and the process ends right after,
/// when the system takes all its memory back at once.
///
/// ```swift
/// let pipeline = Pipeline(knowledge: knowledge)
/// KeptUntilExit.keep(pipeline)   // freed by the exit, not before
/// ```
enum KeptUntilExit {
    /// Keeps `value` (and whatever it references) alive until the process exits.
    static func keep<Value>(_ value: Value) {
        _ = Unmanaged.passRetained(Box(value))
    }

    private final class Box<Value> {
        let value: Value

        init(_ value: Value) {
            self.value = value
        }
    }
}
