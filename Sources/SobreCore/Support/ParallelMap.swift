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
}
