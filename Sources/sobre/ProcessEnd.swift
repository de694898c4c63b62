/// Values left for the end of the process to free.
///
/// Freeing a comparison of 10,000 assessments, about a million objects released one by one,
/// took a tenth of `compare`'s run once its output was written. The system takes back the whole
/// memory at once when the process exits, so a command hands such a value here as its last use.
enum ProcessEnd {
    /// Keeps `value` alive until the process exits.
    static func keep<T>(_ value: T) {
        _ = Unmanaged.passRetained(Box(value))
    }

    private final class Box<T> {
        let value: T
        init(_ value: T) { self.value = value }
    }
}
