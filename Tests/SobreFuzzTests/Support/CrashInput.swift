#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// Keeps a copy of the input each fuzz target is trying, so that a crash, which ends the whole
/// test process, leaves that input behind in `$TMPDIR/sobre-fuzz-crash-<target>.bin`.
///
/// `record` copies the input into a buffer owned by the target; the signal handlers (SIGILL
/// and SIGTRAP for Swift runtime traps, SIGSEGV, SIGBUS, SIGABRT, SIGFPE) write every
/// non-empty buffer with `open`/`write` only, then put the previous handler back and raise the
/// signal again, so Swift's own crash report still follows.
enum CrashInput {
    private struct Slot {
        var path: UnsafeMutablePointer<CChar>
        var buffer: UnsafeMutablePointer<UInt8>
        var capacity: Int
        var count: Int
    }

    private static let maximumSlots = 16
    private static let signals: [Int32] = [SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGABRT, SIGFPE]

    // Written by the fuzz loops, read by the signal handler: plain memory, no locks, as a
    // handler may not take any. Each target writes its own slot only.
    nonisolated(unsafe) private static var slots = UnsafeMutablePointer<Slot>.allocate(capacity: maximumSlots)
    nonisolated(unsafe) private static var slotCount = 0
    nonisolated(unsafe) private static var previous = UnsafeMutablePointer<sigaction>.allocate(capacity: 32)
    private static let setUp: Void = {
        for signal in signals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { number in CrashInput.handle(number) }
            sigemptyset(&action.sa_mask)
            action.sa_flags = Int32(SA_ONSTACK)
            sigaction(signal, &action, previous + Int(signal))
        }
    }()

    private static let registry = Mutex(())

    /// The slot of `target`, made on first use; also gives the calling thread a signal stack, so
    /// that a stack overflow still reaches the handler.
    static func slot(for target: String) -> Int {
        var stack = stack_t()
        stack.ss_size = 1 << 16
        stack.ss_sp = UnsafeMutableRawPointer.allocate(byteCount: stack.ss_size, alignment: 16)
        stack.ss_flags = 0
        sigaltstack(&stack, nil)
        return registry.withLock { _ in
            _ = setUp
            for k in 0..<slotCount where String(cString: slots[k].path).hasSuffix("sobre-fuzz-crash-\(target).bin") {
                return k
            }
            guard slotCount < maximumSlots else { return -1 }
            let folder = getenv("TMPDIR").map { String(cString: $0) } ?? "/tmp"
            let path = strdup("\(folder)/sobre-fuzz-crash-\(target).bin") ?? UnsafeMutablePointer<CChar>.allocate(capacity: 1)
            slots[slotCount] = Slot(path: path, buffer: .allocate(capacity: 1), capacity: 1, count: 0)
            slotCount += 1
            return slotCount - 1
        }
    }

    /// Remembers `bytes` as the input `slot` is trying now.
    static func record(_ bytes: [UInt8], slot: Int) {
        guard slot >= 0, slot < slotCount else { return }
        slots[slot].count = 0
        if bytes.count > slots[slot].capacity {
            slots[slot].buffer.deallocate()
            slots[slot].buffer = .allocate(capacity: bytes.count)
            slots[slot].capacity = bytes.count
        }
        bytes.withUnsafeBufferPointer { source in
            if let base = source.baseAddress { slots[slot].buffer.update(from: base, count: bytes.count) }
        }
        slots[slot].count = bytes.count
    }

    /// The test finished this target: nothing to leave behind.
    static func clear(slot: Int) {
        guard slot >= 0, slot < slotCount else { return }
        slots[slot].count = 0
    }

    private static func handle(_ number: Int32) {
        for k in 0..<slotCount where slots[k].count > 0 {
            let fd = open(slots[k].path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            if fd >= 0 {
                _ = write(fd, slots[k].buffer, slots[k].count)
                close(fd)
                let note = "\nsobre fuzz: crash; the input being tried is in "
                _ = write(2, note, strlen(note))
                _ = write(2, slots[k].path, strlen(slots[k].path))
                _ = write(2, "\n", 1)
            }
        }
        sigaction(number, previous + Int(number), nil)
        raise(number)
    }
}
