#if canImport(Glibc)
import Glibc
#endif
@preconcurrency import CReadline
import SobreCore
import Synchronization

/// Reads lines on a terminal with GNU readline: line editing, history, Tab completion.
///
/// Ctrl-C is caught: SIGINT stays blocked except while waiting for a key (`pselect`), so it
/// can never be lost between a check and the wait; the read then ends with `.interrupted`.
public final class ReadlineLineReader: LineReader {
    /// The words Tab completes for the current prompt, and the matches being handed out.
    private static let state = Mutex<(words: [String], pending: [String])>(([], []))

    /// Sets readline up for the interview. Only one reader should exist at a time.
    public init() {
        InterruptSignal.install()
        var block = sigset_t()
        sigemptyset(&block)
        sigaddset(&block, SIGINT)
        pthread_sigmask(SIG_BLOCK, &block, nil)

        rl_readline_name = UnsafePointer(strdup("sobre"))
        rl_catch_signals = 0
        rl_catch_sigwinch = 0
        rl_completer_word_break_characters = UnsafePointer(strdup(" \t,"))
        rl_attempted_completion_function = ReadlineLineReader.attempted
        rl_getc_function = ReadlineLineReader.getc
        Self.readUTF8()
    }

    public func readLine(prompt: String, completions: [String]) -> LineInput {
        InterruptSignal.clear()
        Self.state.withLock { $0 = (completions, []) }
        let raw = readline(prompt)
        if InterruptSignal.isSet {
            if let raw { free(raw) }
            InterruptSignal.clear()
            rl_free_line_state()
            FileIO.write("\n", fd: 1)
            return .interrupted
        }
        guard let raw else {
            FileIO.write("\n", fd: 1)
            return .endOfInput
        }
        defer { free(raw) }
        let bytes = UnsafeRawBufferPointer(start: raw, count: strlen(raw)).bindMemory(to: UInt8.self)
        let input = LineProblem.check(bytes)
        if case .line(let line) = input, !line.allSatisfy({ $0 == " " }) { add_history(raw) }
        return input
    }

    /// Makes readline take typed bytes as UTF-8 whatever the locale says.
    ///
    /// Under `LANG=C`, `POSIX` or a locale that is not installed, readline reads one byte as one
    /// character and a byte ≥ 0x80 as a Meta key: "É" ran capitalize-word, an emoji opened a
    /// history search. readline sets LC_CTYPE itself from LC_ALL, LC_CTYPE then LANG at every
    /// call, so the variable that decides is pointed at a UTF-8 locale of the same language (or
    /// C.UTF-8); LANG is left alone (the messages' language follows it). With no UTF-8 locale at
    /// all, the Meta settings still keep bytes ≥ 0x80 as text.
    private static func readUTF8() {
        let variables = ["LC_ALL", "LC_CTYPE", "LANG"]
        let deciding = variables.first { name in getenv(name).map { $0.pointee != 0 } ?? false }
        let current = deciding.flatMap { getenv($0).map { String(cString: $0) } } ?? ""
        if setlocale(LC_CTYPE, current) == nil || !codesetIsUTF8() {
            let base = String(current.prefix { $0 != "." && $0 != "@" })
            let sameLanguage = base.isEmpty || base == "C" || base == "POSIX" ? [] : [base + ".UTF-8"]
            for candidate in sameLanguage + ["C.UTF-8", "C.utf8", "en_US.UTF-8"]
            where setlocale(LC_CTYPE, candidate) != nil && codesetIsUTF8() {
                setenv(deciding == "LC_ALL" ? "LC_ALL" : "LC_CTYPE", candidate, 1)
                break
            }
        }
        rl_initialize()
        rl_variable_bind("input-meta", "on")
        rl_variable_bind("convert-meta", "off")
        rl_variable_bind("output-meta", "on")
    }

    private static func codesetIsUTF8() -> Bool {
        guard let name = nl_langinfo(nl_item(CODESET)) else { return false }
        let codeset = String(cString: name).lowercased()
        return codeset == "utf-8" || codeset == "utf8"
    }

    /// The words of `candidates` that start with `prefix` (case ignored), in their order.
    static func matches(for prefix: String, among candidates: [String]) -> [String] {
        let lower = prefix.lowercased()
        return candidates.filter { $0.lowercased().hasPrefix(lower) }
    }

    /// Reads one key; returns EOF once Ctrl-C has been caught, so readline gives the line back.
    private static let getc: @convention(c) (UnsafeMutablePointer<FILE>?) -> Int32 = { stream in
        let fd = stream.map { fileno($0) } ?? 0
        var open = sigset_t()
        pthread_sigmask(SIG_BLOCK, nil, &open)
        sigdelset(&open, SIGINT)
        while true {
            if InterruptSignal.isSet { return EOF }
            let ready = crl_wait_readable(fd, &open)
            if ready < 0 {
                if errno == EINTR { continue }
                return EOF
            }
            var byte: UInt8 = 0
            let n = read(fd, &byte, 1)
            if n == 1 { return Int32(byte) }
            if n < 0, errno == EINTR || errno == EAGAIN { continue }
            return EOF
        }
    }

    private static let generator: @convention(c) (UnsafePointer<CChar>?, Int32) -> UnsafeMutablePointer<CChar>? = { text, index in
        ReadlineLineReader.state.withLock { s in
            if index == 0 {
                s.pending = ReadlineLineReader.matches(for: text.map { String(cString: $0) } ?? "", among: s.words)
            }
            guard !s.pending.isEmpty else { return nil }
            return strdup(s.pending.removeFirst())
        }
    }

    private static let attempted: @convention(c) (UnsafePointer<CChar>?, Int32, Int32)
        -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = { text, _, _ in
        rl_attempted_completion_over = 1   // never fall back to file names
        return rl_completion_matches(text, ReadlineLineReader.generator)
    }
}
