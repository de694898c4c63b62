/// One slot per result of work spread over several threads (`ParallelMap`, `Crew`), each written
/// by exactly one of them and read after all have ended.
final class ResultSlots<R>: @unchecked Sendable {
    private let base: UnsafeMutablePointer<R>
    let count: Int

    init(count: Int) {
        self.count = count
        base = UnsafeMutablePointer<R>.allocate(capacity: max(count, 1))
    }

    /// Stores `value`, moved in: taken by copy, a scorecard's dozen references were counted up
    /// here and down again when the caller's value went.
    func store(_ value: consuming R, at index: Int) {
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
