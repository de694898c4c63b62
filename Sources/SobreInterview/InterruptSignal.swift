#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// Catches Ctrl-C (SIGINT) as a flag, so the interview can save and leave with status 130.
///
/// The handler only sets an atomic flag; readers check it around every read.
enum InterruptSignal {
    private static let caught = Atomic<Bool>(false)
    private static let installed = Mutex<Bool>(false)

    /// Installs the handler once. With `restart` false, a blocking `read` returns EINTR on Ctrl-C.
    static func install() {
        installed.withLock { done in
            guard !done else { return }
            done = true
            _ = caught.load(ordering: .relaxed)   // initialise the global outside the handler
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { _ in InterruptSignal.caught.store(true, ordering: .relaxed) }
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(SIGINT, &action, nil)
        }
    }

    /// Whether Ctrl-C was pressed since the last `clear()`.
    static var isSet: Bool { caught.load(ordering: .relaxed) }

    static func clear() { caught.store(false, ordering: .relaxed) }
}
