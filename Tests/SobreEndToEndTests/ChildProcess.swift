#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing

/// Runs the `sobre` binary with its standard input on a pseudo-terminal, a pipe or a file, and
/// reads what it writes (standard output and error together), like pexpect.
///
/// The traps of shared/research/swift-notes.md §3 are handled: `ttyname_r` (never `ttyname`),
/// a new session so the pty becomes the controlling terminal, `\r` stripped at the scalar level
/// before escape codes, and callers only type after the prompt has appeared.
final class ChildProcess {
    enum Input {
        case terminal
        case pipe
        case file(String)
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    let pid: pid_t
    private var inputFD: Int32 = -1
    private var outputFD: Int32 = -1
    private var raw: [UInt8] = []
    private var consumed = 0
    private var exitStatus: Int32?

    /// Everything written so far, as written.
    var rawText: String { String(decoding: raw, as: UTF8.self) }

    /// Everything written so far, `\r` and escape codes removed.
    var text: String { Self.clean(raw) }

    /// Held from creating a child's descriptors to its spawn, so no other child inherits them
    /// (a leaked pipe end would hide the end of input from its reader).
    private static let spawnLock = NSLock()

    private static func pipeCloseOnExec() throws -> [Int32] {
        var fds: [Int32] = [-1, -1]
        guard pipe(&fds) == 0 else { throw Failure(description: "pipe failed") }
        _ = fcntl(fds[0], F_SETFD, FD_CLOEXEC)
        _ = fcntl(fds[1], F_SETFD, FD_CLOEXEC)
        return fds
    }

    /// - Parameters:
    ///   - shell: shell commands run just before `sobre` (e.g. `trap '' XFSZ;`).
    ///   - wrapper: a command `sobre` runs under (e.g. `prlimit --fsize=N`).
    convenience init(_ arguments: [String], in folder: String, input: Input, environment extra: [String: String] = [:],
                     shell: String = "", wrapper: [String] = []) throws {
        Self.spawnLock.lock()
        defer { Self.spawnLock.unlock() }
        try self.init(locked: arguments, in: folder, input: input, environment: extra, shell: shell, wrapper: wrapper)
    }

    private init(locked arguments: [String], in folder: String, input: Input, environment extra: [String: String],
                 shell: String, wrapper: [String]) throws {
        var environment = [
            "PATH": "/usr/bin:/bin", "TERM": "xterm", "HOME": folder, "LANG": "C.UTF-8",
            "SOBRE_HOME": E2E.root, "INPUTRC": try E2E.inputrc(),
        ]
        for (k, v) in extra { environment[k] = v }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var closeAfterSpawn: [Int32] = []

        switch input {
        case .terminal:
            var master: Int32 = -1, slave: Int32 = -1
            var size = winsize(ws_row: 24, ws_col: 100, ws_xpixel: 0, ws_ypixel: 0)
            guard openpty(&master, &slave, nil, nil, &size) == 0 else { throw Failure(description: "openpty failed") }
            _ = fcntl(master, F_SETFD, FD_CLOEXEC)
            _ = fcntl(slave, F_SETFD, FD_CLOEXEC)
            var name = [CChar](repeating: 0, count: 256)
            guard ttyname_r(slave, &name, name.count) == 0 else {
                close(master); close(slave)
                throw Failure(description: "ttyname_r failed")
            }
            posix_spawn_file_actions_addopen(&actions, 0, name, O_RDWR, 0)
            posix_spawn_file_actions_adddup2(&actions, 0, 1)
            posix_spawn_file_actions_adddup2(&actions, 0, 2)
            inputFD = master
            outputFD = master
            closeAfterSpawn = [slave]
        case .pipe, .file:
            let out = try Self.pipeCloseOnExec()
            if case .file(let path) = input {
                posix_spawn_file_actions_addopen(&actions, 0, path, O_RDONLY, 0)
            } else {
                let inPipe = try Self.pipeCloseOnExec()
                posix_spawn_file_actions_adddup2(&actions, inPipe[0], 0)
                inputFD = inPipe[1]
                closeAfterSpawn.append(inPipe[0])
            }
            posix_spawn_file_actions_adddup2(&actions, out[1], 1)
            posix_spawn_file_actions_adddup2(&actions, out[1], 2)
            outputFD = out[0]
            closeAfterSpawn.append(out[1])
        }

        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(0x80 /* POSIX_SPAWN_SETSID */ | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        // The child starts in `folder` (posix_spawn_file_actions_addchdir_np is not imported).
        let argv = ["/bin/sh", "-c", "cd \"$0\" && \(shell) exec \"$@\"", folder] + wrapper + [E2E.binary] + arguments
        let envp = environment.map { "\($0.key)=\($0.value)" }
        var child: pid_t = 0
        let status = withCStrings(argv) { cargv in
            withCStrings(envp) { cenvp in
                posix_spawn(&child, "/bin/sh", &actions, &attributes, cargv, cenvp)
            }
        }
        for fd in closeAfterSpawn { close(fd) }
        guard status == 0 else {
            if inputFD >= 0, inputFD != outputFD { close(inputFD) }
            close(outputFD)
            throw Failure(description: "posix_spawn failed: \(String(cString: strerror(status)))")
        }
        pid = child
    }

    deinit {
        if exitStatus == nil {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
        }
        if inputFD >= 0, inputFD != outputFD { close(inputFD) }
        if outputFD >= 0 { close(outputFD) }
    }

    /// Types `text` (on a terminal: Enter is `\r`, Tab `\t`, Ctrl-C `\u{03}`, Ctrl-D `\u{04}`).
    func send(_ text: String) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let n = bytes.withUnsafeBytes { write(inputFD, $0.baseAddress, $0.count) }
            if n <= 0 { return }
            bytes = bytes.dropFirst(n)
        }
    }

    /// Types raw bytes (invalid UTF-8 included) in chunks, reading the output between them, so a
    /// long line cannot fill both directions of a pseudo-terminal and block.
    func send(bytes: [UInt8], chunk: Int = 1_024) {
        var rest = bytes[...]
        while !rest.isEmpty {
            let part = rest.prefix(chunk)
            var pending = part
            while !pending.isEmpty {
                var fds = pollfd(fd: inputFD, events: Int16(POLLOUT), revents: 0)
                if poll(&fds, 1, 20) > 0 {
                    let n = pending.withUnsafeBytes { write(inputFD, $0.baseAddress, $0.count) }
                    if n < 0, errno != EAGAIN, errno != EINTR { return }
                    if n > 0 { pending = pending.dropFirst(n) }
                }
                while readMore(milliseconds: 0) {}
            }
            rest = rest.dropFirst(part.count)
        }
    }

    /// Closes standard input (end of piped input).
    func closeInput() {
        if inputFD >= 0, inputFD != outputFD { close(inputFD) }
        inputFD = -1
    }

    /// Waits until `needle` appears in the output after what earlier calls consumed, and consumes it.
    @discardableResult
    func expect(_ needle: String, timeout: Double = 10, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let cleaned = text
            let unread = cleaned.utf8.count >= consumed ? String(decoding: Array(cleaned.utf8)[consumed...], as: UTF8.self) : ""
            if let range = unread.range(of: needle) {
                let before = String(unread[..<range.upperBound])
                consumed += before.utf8.count
                return before
            }
            let remaining = deadline.timeIntervalSinceNow
            if remaining <= 0 || !readMore(milliseconds: Int32(min(remaining, 0.2) * 1000)) && remaining <= 0 {
                Issue.record("timed out waiting for \(needle.debugDescription); output so far:\n\(cleaned)", sourceLocation: sourceLocation)
                throw Failure(description: "timeout")
            }
            if exitStatus != nil || outputClosed {
                // Nothing more will come.
                if !(text.utf8.count > cleaned.utf8.count) {
                    Issue.record("\(needle.debugDescription) never appeared; output:\n\(cleaned)", sourceLocation: sourceLocation)
                    throw Failure(description: "end of output")
                }
            }
        }
    }

    private var outputClosed = false

    /// Reads what is available within `milliseconds`; false when nothing came.
    @discardableResult
    private func readMore(milliseconds: Int32) -> Bool {
        guard !outputClosed else { return false }
        var fds = pollfd(fd: outputFD, events: Int16(POLLIN), revents: 0)
        let ready = poll(&fds, 1, milliseconds)
        guard ready > 0 else { return false }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let n = read(outputFD, &buffer, buffer.count)
        if n <= 0 {
            outputClosed = true   // EIO on a pty once the child has gone, 0 on a pipe
            return false
        }
        raw.append(contentsOf: buffer[0..<n])
        return true
    }

    /// Waits for the exit, reading output meanwhile: the exit status, or minus the signal number.
    func waitForExit(timeout: Double = 10) -> Int32? {
        if let exitStatus { return exitStatus }
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            var status: Int32 = 0
            let r = waitpid(pid, &status, WNOHANG)
            if r == pid {
                while readMore(milliseconds: 0) {}
                let code = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : -(status & 0x7F)
                exitStatus = code
                return code
            }
            if !readMore(milliseconds: 20) { usleep(2000) }
        }
        return nil
    }

    /// Ctrl-C on the terminal, re-sent every 500 ms (readline can miss one), up to 10 times.
    func interrupt() -> Int32? {
        for _ in 0..<10 {
            send("\u{03}")
            if let code = waitForExit(timeout: 0.5) { return code }
        }
        return waitForExit(timeout: 5)
    }

    func signal(_ number: Int32) {
        kill(pid, number)
    }

    /// Output with `\r` and terminal escape sequences removed.
    static func clean(_ bytes: [UInt8]) -> String {
        let scalars = Array(String(decoding: bytes, as: UTF8.self).unicodeScalars)
        var out = String.UnicodeScalarView()
        var k = 0
        while k < scalars.count {
            let s = scalars[k]
            if s == "\r" || s == "\u{07}" { k += 1; continue }
            if s == "\u{1B}", k + 1 < scalars.count {
                let next = scalars[k + 1]
                if next == "[" {
                    k += 2
                    while k < scalars.count, !(0x40...0x7E).contains(scalars[k].value) { k += 1 }
                    k += 1
                    continue
                }
                if "()=>".unicodeScalars.contains(next) {
                    k += 2
                    if k < scalars.count, scalars[k].properties.isAlphabetic || ("0"..."9").contains(scalars[k]) { k += 1 }
                    continue
                }
            }
            out.append(s)
            k += 1
        }
        return String(out)
    }
}

private func withCStrings<R>(_ strings: [String], _ body: ([UnsafeMutablePointer<CChar>?]) -> R) -> R {
    let pointers = strings.map { strdup($0) }
    defer { pointers.forEach { free($0) } }
    return body(pointers + [nil])
}

/// Paths and files shared by the end-to-end tests.
enum E2E {
    /// The package root (SOBRE_HOME for the child, so the bundled questionnaire is found).
    static let root = Repository.root

    /// The built `sobre`, beside the test bundle.
    static let binary: String = {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("sobre").path
        if FileManager.default.isExecutableFile(atPath: beside) { return beside }
        return root + "/.build/debug/sobre"
    }()

    static func inputrc() throws -> String {
        let path = NSTemporaryDirectory() + "sobre-e2e-inputrc-\(getpid())"
        if !FileManager.default.fileExists(atPath: path) {
            try "set enable-bracketed-paste off\nset bell-style none\n".write(toFile: path, atomically: true, encoding: .utf8)
        }
        return path
    }

    /// A fresh folder for one test; `memory` puts it on tmpfs when there is one (fsync is free there,
    /// which keeps a test of many saves fast; a SIGKILL does not lose the page cache anyway).
    static func folder(memory: Bool = false) throws -> String {
        try TemporaryFolder("sobre-e2e", memory: memory).path
    }

    static func write(_ text: String, to path: String) throws {
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }

    static func read(_ path: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    }
}
