#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
@testable import SobreCore
import Synchronization
import Testing

/// The crew of a comparison's reading: its members are the same threads from one piece of work
/// to the next, results come in input order, and the second pass hands each element to its maker.
@Suite(.timeLimit(.minutes(1))) struct CrewTests {
    /// The calling thread, as a number.
    private static var thread: UInt {
        #if canImport(Darwin)
        UInt(bitPattern: pthread_self())
        #else
        UInt(pthread_self())
        #endif
    }

    @Test func everyMemberWorksOnceAndTheSameThreadsComeBack() {
        let crew = Crew(size: 3)
        defer { crew.dismiss() }
        #expect(crew.count == 3)
        let first = Mutex<[Int: UInt]>([:])
        crew.run { member in
            let here = Self.thread
            first.withLock { $0[member] = here }
        }
        let seen = first.withLock { $0 }
        #expect(seen.keys.sorted() == [0, 1, 2])
        #expect(Set(seen.values).count == 3)
        #expect(seen[0] == Self.thread)
        for _ in 0..<5 {
            let again = Mutex<[Int: UInt]>([:])
            crew.run { member in
                let here = Self.thread
                again.withLock { $0[member] = here }
            }
            #expect(again.withLock { $0 } == seen)
        }
    }

    /// No thread could be made, or only some: the crew is what was made, the caller included,
    /// and its work is all done.
    @Test(arguments: [0, 1]) func aCrewIsTheThreadsThatCouldBeMade(allowed: Int) {
        let made = Mutex(0)
        let crew = Crew(size: 4, startingWith: { body in
            let granted = made.withLock { n -> Bool in
                guard n < allowed else { return false }
                n += 1
                return true
            }
            return granted && Platform.startThread(body)
        })
        defer { crew.dismiss() }
        #expect(crew.count == 1 + allowed)
        let results = crew.map(Array(0..<100)) { $0 + 1 }
        #expect(results.results == Array(1...100))
        #expect(results.madeBy.allSatisfy { $0 < crew.count })
        var items = Array(0..<50)
        #expect(crew.map(draining: &items, madeBy: results.madeBy.prefix(50).map { $0 }) { $0 * 2 } == (0..<50).map { $0 * 2 })
    }

    @Test func mapGivesTheResultsInOrderWithTheirMakers() {
        let crew = Crew(size: 2)
        defer { crew.dismiss() }
        let made = crew.map(Array(0..<1000)) { $0 * 3 }
        #expect(made.results == (0..<1000).map { $0 * 3 })
        #expect(made.madeBy.count == 1000)
        #expect(made.madeBy.allSatisfy { (0..<crew.count).contains($0) })
        // One element, or a crew of one: the caller makes it.
        #expect(crew.map([7]) { $0 + 1 } == ([8], [0]))
        let alone = Crew(size: 1)
        defer { alone.dismiss() }
        #expect(alone.count == 1)
        #expect(alone.map(Array(0..<10)) { $0 } == (Array(0..<10), [Int](repeating: 0, count: 10)))
    }

    /// What the second pass drains is each transformed once and released once, whatever the
    /// makers say (even one out of range, or too few of them).
    @Test(arguments: [[1, 0, 1, 1, 0, 1, 9, -3], [0, 0], []])
    func drainingTransformsAndReleasesEachOnce(makers: [Int]) {
        final class Tally: Sendable {
            let count = Mutex(0)
        }
        final class Counted: Sendable {
            let value: Int
            let tally: Tally
            init(_ value: Int, tally: Tally) { self.value = value; self.tally = tally }
            deinit { tally.count.withLock { $0 += 1 } }
        }
        let crew = Crew(size: 2)
        defer { crew.dismiss() }
        let released = Tally()
        var items = (0..<8).map { Counted($0, tally: released) }
        let results = crew.map(draining: &items, madeBy: makers) { (item: Counted) in item.value * 10 }
        #expect(items.isEmpty)
        #expect(results == (0..<8).map { $0 * 10 })
        #expect(released.count.withLock { $0 } == 8)
    }

    /// Through the crew itself: every element is its maker's, member 1's; member 1 takes them
    /// from the front, member 0 (with none of its own) from the back, so that what each did is in
    /// order and the two meet once. Elements handed out without their makers would go to
    /// member 0 from the front.
    @Test func drainingHandsEachElementToItsMakerFirst() {
        let crew = Crew(size: 2)
        defer { crew.dismiss() }
        guard crew.count == 2 else { return }
        let threads = Mutex<[Int: UInt]>([:])
        crew.run { member in
            let here = Self.thread
            threads.withLock { $0[member] = here }
        }
        let byMember = threads.withLock { $0 }
        let done = Mutex<[(index: Int, thread: UInt)]>([])
        var items = Array(0..<400)
        _ = crew.map(draining: &items, madeBy: [Int](repeating: 1, count: 400)) { (k: Int) -> Int in
            let here = Self.thread
            done.withLock { $0.append((k, here)) }
            return k
        }
        let all = done.withLock { $0 }
        #expect(all.map(\.index).sorted() == Array(0..<400))
        let byMaker = all.filter { $0.thread == byMember[1] }.map(\.index)
        let byOther = all.filter { $0.thread == byMember[0] }.map(\.index)
        #expect(byMaker.count + byOther.count == 400)
        #expect(byMaker == Array(0..<byMaker.count))
        #expect(byOther == Array((byMaker.count..<400).reversed()))
    }

    /// Each member is handed its own elements first, from the front; with none left, the others'
    /// from their back, so that the two meet as late as they can.
    @Test func sharesGoToTheirMakerFirst() {
        let shares = Crew.Shares([0, 1, 0, 1, 1, 1], members: 2)
        #expect(shares.next(for: 0) == 0)
        #expect(shares.next(for: 1) == 1)
        #expect(shares.next(for: 0) == 2)
        // Member 0 has none of its own left: it takes member 1's last.
        #expect(shares.next(for: 0) == 5)
        #expect(shares.next(for: 1) == 3)
        #expect(shares.next(for: 1) == 4)
        #expect(shares.next(for: 0) == nil)
        #expect(shares.next(for: 1) == nil)
    }
}
