import Dispatch

/// Work spread over every core, results in input order.
package enum ParallelMap {
    /// `transform` applied to each element, concurrently; the results in the order of `items`.
    package static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @escaping @Sendable (T) -> R) -> [R] {
        if items.count < 2 { return items.map(transform) }
        let slots = ResultSlots<R>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { k in
            slots.store(transform(items[k]), at: k)
        }
        return slots.take()
    }

    /// `map` that empties `items`: each element is moved into its iteration and released there,
    /// on the core that used it, rather than on the caller's when the array goes.
    package static func map<T: Sendable, R: Sendable>(draining items: inout [T], _ transform: @escaping @Sendable (T) -> R) -> [R] {
        let inputs = ResultSlots<T>(count: items.count)
        for (k, item) in items.enumerated() { inputs.store(item, at: k) }
        items.removeAll()
        let slots = ResultSlots<R>(count: inputs.count)
        DispatchQueue.concurrentPerform(iterations: inputs.count) { k in
            slots.store(transform(inputs.move(at: k)), at: k)
        }
        return slots.take()
    }
}
