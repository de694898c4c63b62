@testable import SobreCore
import Synchronization
import Testing

/// Work done on another thread while the caller goes on: its value once and again, and an end
/// even when every thread of the shared pool is waiting for it.
@Suite struct ConcurrentlyTests {
    @Test func theValueIsTheWorksOnceAndAgain() {
        let sum = Concurrently { (1...1000).reduce(0, +) }
        #expect(sum.value == 500_500)
        #expect(sum.value == 500_500)
    }

    /// No thread could be made: the work is done where it was asked for, once.
    @Test func withoutAThreadTheWorkIsDoneHere() {
        let calls = Mutex(0)
        let value = Concurrently(startingWith: { _ in false }) {
            calls.withLock { $0 += 1 }
            return "fait"
        }
        #expect(calls.withLock { $0 } == 1)
        #expect(value.value == "fait")
        #expect(value.value == "fait")
        #expect(calls.withLock { $0 } == 1)
    }

    /// Started from the shared pool's threads (as a comparison's cores load a questionnaire),
    /// each of which then waits: every value comes, on a thread of its own.
    @Test(.timeLimit(.minutes(1))) func startedFromEveryPoolThreadWhileTheyWaitEachEnds() {
        let values = ParallelMap.map(Array(0..<64)) { k in Concurrently { k * 2 }.value }
        #expect(values == (0..<64).map { $0 * 2 })
    }
}
