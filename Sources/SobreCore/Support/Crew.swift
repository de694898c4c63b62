import Dispatch
import Synchronization

/// Threads of their own that share out work together, the same threads from one piece of work
/// to the next, each known by its number (0 is the caller's).
///
/// `ParallelMap` hands work to the shared pool, which may wake another of its threads each time:
/// what one pass made, a later one cannot then release on the thread that made it. Memory is
/// best given back by the thread that took it: freed by another, each block waits for the lock
/// of the first one's heap while that thread works in it. Released on any core, the scorecards
/// of a comparison's second pass kept its two cores waiting on each other a thousand times per
/// 10,000 files (Fourteenth session, docs/PERFORMANCE.md). A crew's second pass releases each
/// element on the member that made it (`map(draining:madeBy:_:)`).
///
/// `dismiss()` ends its threads; a crew not dismissed keeps them waiting until the process ends.
/// One caller at a time: not `Sendable`, and `run` is not to be called from its own work.
package final class Crew {
    /// How many take part, the caller included.
    package let count: Int
    /// The most members a crew is given by default: more would share out a chunk of files
    /// (1,024) in too small parts to be worth a thread each.
    package static let largest = 64
    private let signals: Signals

    /// What the members share: the work to do next, and the signals to start and to say done.
    private final class Signals: Sendable {
        /// What each member is to do next; nil tells the threads to end.
        let job = Mutex<(@Sendable (Int) -> Void)?>(nil)
        /// One per thread (not the caller): the signal to do `job`.
        let starts: [DispatchSemaphore]
        /// Signalled by each thread when it is done with `job`.
        let done = DispatchSemaphore(value: 0)

        init(threads: Int) { starts = (0..<threads).map { _ in DispatchSemaphore(value: 0) } }
    }

    /// A crew of `size` members (the caller and `size - 1` threads), at least one; fewer when
    /// threads cannot be made.
    package convenience init(size: Int = min(CoreCount.usable, Crew.largest)) {
        self.init(size: size, startingWith: Platform.startThread)
    }

    /// A crew whose threads are started with `start`, which runs what it is given on a thread of
    /// its own and says so, or runs nothing and returns false (tests give one that fails).
    init(size: Int, startingWith start: (@escaping @Sendable () -> Void) -> Bool) {
        let signals = Signals(threads: max(size, 1) - 1)
        var started = 0
        for k in signals.starts.indices {
            let member = k + 1
            let ok = start {
                while true {
                    signals.starts[k].wait()
                    guard let work = signals.job.withLock({ $0 }) else { return }
                    work(member)
                    signals.done.signal()
                }
            }
            if !ok { break }
            started += 1
        }
        self.signals = signals
        count = started + 1
    }

    /// Runs `work(m)` on every member `m`, the caller doing `work(0)`, and waits for all.
    package func run(_ work: @escaping @Sendable (Int) -> Void) {
        signals.job.withLock { $0 = work }
        for k in 0..<(count - 1) { signals.starts[k].signal() }
        work(0)
        for _ in 0..<(count - 1) { signals.done.wait() }
    }

    /// Ends the crew's threads; the crew must not be used afterwards.
    package func dismiss() {
        signals.job.withLock { $0 = nil }
        for k in 0..<(count - 1) { signals.starts[k].signal() }
    }

    /// `transform` applied to each element, the elements shared out one at a time to whichever
    /// member is free; the results in the order of `items`, with the member that made each.
    package func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @escaping @Sendable (T) -> R)
        -> (results: [R], madeBy: [Int])
    {
        map(items) { _, item in transform(item) }
    }

    /// `map` where `transform` is told which member it runs on.
    package func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @escaping @Sendable (_ member: Int, T) -> R)
        -> (results: [R], madeBy: [Int])
    {
        if count == 1 || items.count < 2 { return (items.map { transform(0, $0) }, items.map { _ in 0 }) }
        let slots = ResultSlots<R>(count: items.count)
        let makers = ResultSlots<Int>(count: items.count)
        let next = Counter()
        run { member in
            while true {
                let k = next.take()
                guard k < items.count else { return }
                slots.store(transform(member, items[k]), at: k)
                makers.store(member, at: k)
            }
        }
        return (slots.take(), makers.take())
    }

    /// `map` that empties `items`, each element transformed and released by the member that made
    /// it (`madeBy`, as `map` tells it); a member done with its own then takes the others' left,
    /// from their end. Without a maker for each element, they go to whichever member is free.
    package func map<T: Sendable, R: Sendable>(draining items: inout [T], madeBy: [Int], _ transform: @escaping @Sendable (T) -> R)
        -> [R]
    {
        let inputs = ResultSlots<T>(count: items.count)
        let owners = madeBy.count == items.count ? madeBy.map { min(max($0, 0), count - 1) } : items.map { _ in 0 }
        // Moved out from the end, not copied and released with the array.
        for k in items.indices.reversed() { inputs.store(items.removeLast(), at: k) }
        let shares = Shares(owners, members: count)
        let slots = ResultSlots<R>(count: inputs.count)
        run { member in
            while let k = shares.next(for: member) {
                slots.store(transform(inputs.move(at: k)), at: k)
            }
        }
        return slots.take()
    }

    /// Hands out 0, 1, 2… once each, to whichever member asks.
    private final class Counter: Sendable {
        private let value = Atomic<Int>(0)

        func take() -> Int { value.wrappingAdd(1, ordering: .relaxed).oldValue }
    }

    /// The elements of `map(draining:madeBy:_:)` by member, each handed out once: to its maker
    /// first, from the front, then to a member with none of its own left, from the back.
    final class Shares: Sendable {
        private struct State {
            var lists: [[Int]]
            /// How many of each list its member took from the front.
            var front: [Int]
        }

        private let state: Mutex<State>

        init(_ owners: [Int], members: Int) {
            var lists = [[Int]](repeating: [], count: members)
            for (k, owner) in owners.enumerated() { lists[owner].append(k) }
            state = Mutex(State(lists: lists, front: [Int](repeating: 0, count: members)))
        }

        /// The next element for `member`; nil when none is left.
        func next(for member: Int) -> Int? {
            state.withLock { state -> Int? in
                if member < state.lists.count, state.front[member] < state.lists[member].count {
                    defer { state.front[member] += 1 }
                    return state.lists[member][state.front[member]]
                }
                for list in state.lists.indices where state.front[list] < state.lists[list].count {
                    return state.lists[list].removeLast()
                }
                return nil
            }
        }
    }
}
