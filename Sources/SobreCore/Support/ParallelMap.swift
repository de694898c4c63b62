import Dispatch

/// Work spread over every core, results in input order.
package enum ParallelMap {
    /// `transform` applied to each element, concurrently; the results in the order of `items`.
    package static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @escaping @Sendable (T) -> R) -> [R] {
        if items.count < 2 { return items.map(transform) }
        let slots = Slots<R>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { k in
            slots.store(transform(items[k]), at: k)
        }
        return slots.take()
    }

    /// `map` that empties `items`: each element is moved into its iteration and released there,
    /// on the core that used it, rather than on the caller's when the array goes.
    package static func map<T: Sendable, R: Sendable>(draining items: inout [T], _ transform: @escaping @Sendable (T) -> R) -> [R] {
        let inputs = Slots<T>(count: items.count)
        for (k, item) in items.enumerated() { inputs.store(item, at: k) }
        items.removeAll()
        let slots = Slots<R>(count: inputs.count)
        DispatchQueue.concurrentPerform(iterations: inputs.count) { k in
            slots.store(transform(inputs.move(at: k)), at: k)
        }
        return slots.take()
    }

    /// One slot per result, each written by exactly one iteration and read after all have ended.
    private final class Slots<R>: @unchecked Sendable {
        private let base: UnsafeMutablePointer<R>
        let count: Int

        init(count: Int) {
            self.count = count
            base = UnsafeMutablePointer<R>.allocate(capacity: count)
        }

        func store(_ value: R, at index: Int) {
            (base + index).initialize(to: value)
        }

        /// Moves one value out; called once per slot stored.
        func move(at index: Int) -> R {
            (base + index).move()
        }

        /// Moves the results out; called once, after every slot was stored.
        func take() -> [R] {
            var out: [R] = []
            out.reserveCapacity(count)
            for k in 0..<count { out.append((base + k).move()) }
            return out
        }

        deinit { base.deallocate() }
    }
}
