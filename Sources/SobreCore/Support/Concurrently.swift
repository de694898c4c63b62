import Dispatch
import Synchronization

/// A value computed on another core while the caller goes on, and waited for when it is needed.
///
/// For two pieces of work that do not need each other on a command's way to its first output:
/// a questionnaire's hash beside its YAML, a report's template beside its assessment.
package final class Concurrently<Value: Sendable>: Sendable {
    private let work: @Sendable () -> Value
    private let result = Mutex<Value?>(nil)
    private let finished = DispatchGroup()

    /// Starts `work` on a thread of its own (or runs it now, when no thread can be made).
    package convenience init(_ work: @escaping @Sendable () -> Value) {
        self.init(startingWith: Platform.startThread, work)
    }

    /// Starts `work` with `start`, which runs what it is given on another thread and says so, or
    /// runs nothing and returns false; then `work` runs here (tests give a `start` that fails).
    init(startingWith start: (@escaping @Sendable () -> Void) -> Bool, _ work: @escaping @Sendable () -> Value) {
        self.work = work
        finished.enter()
        let started = start { [self] in
            let value = work()
            result.withLock { $0 = value }
            finished.leave()
        }
        if !started {
            let value = work()
            result.withLock { $0 = value }
            finished.leave()
        }
    }

    /// The value, once computed.
    package var value: Value {
        finished.wait()
        // Always there once `finished` is passed; computed here otherwise, never trapped on.
        return result.withLock { $0 } ?? work()
    }
}
