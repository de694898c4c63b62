#if canImport(Glibc)
import Glibc
#endif
import SobreCore

/// Output to the user: colour only on a terminal and never with `NO_COLOR`.
enum Terminal {
    /// Whether output sent to `path` (nil: standard output) reaches a terminal, where `inert` neutralises it.
    static func showsOnTerminal(_ path: String?) -> Bool {
        path == nil && isatty(1) == 1
    }

    /// The terminal's width in columns, when standard output is a terminal (`TextWrap` wraps to it).
    static func width() -> Int? {
        guard isatty(1) == 1 else { return nil }
        var size = winsize()
        guard ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col >= 20 else { return nil }
        return Int(size.ws_col)
    }

    static func useColour(fd: Int32) -> Bool {
        guard isatty(fd) == 1 else { return false }
        if let value = getenv("NO_COLOR"), value.pointee != 0 { return false }
        if let term = getenv("TERM"), String(cString: term) == "dumb" { return false }
        return true
    }

    /// The interface language before any questionnaire is known: English when the locale says so.
    static var language: Language {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = getenv(name).map({ String(cString: $0) }), !value.isEmpty {
                return value.hasPrefix("en") ? .en : .fr
            }
        }
        return .fr
    }

    /// Writes a one-line message on stderr. The values it quotes (paths, names, a file's
    /// messages) are shown inert: a control or line-break character in them is written `\u{1B}`,
    /// and a path's bytes that are not UTF-8 as `\xFF` (see `PathEncoding`).
    static func writeError(_ text: String) {
        let line = PathEncoding.shown(text)
        writeErrorLine(TerminalText.neutralised(line.hasSuffix("\n") ? String(line.dropLast()) : line))
    }

    private static func writeErrorLine(_ line: String) {
        FileIO.write(line + "\n", fd: 2)
    }

    /// A file format (CSV, Markdown, HTML, JSON) about to be written: when it goes to a terminal
    /// rather than to `path`, shown inert like the rest (lines kept, CRLF as LF).
    static func inert(_ text: String, unless path: String?) -> String {
        guard showsOnTerminal(path) else { return text }
        return text.split(separator: "\r\n", omittingEmptySubsequences: false)
            .map { TerminalText.neutralised(String($0), keepingNewlines: true) }.joined(separator: "\n")
    }

    /// Writes to standard output, paths shown as `writeError` shows them.
    static func write(_ text: String) {
        FileIO.write(PathEncoding.shown(text), fd: 1)
    }

    /// Prints diagnostics as `FILE:LINE:COLUMN: error: MESSAGE`, one a line, on stderr.
    static func printDiagnostics(_ diagnostics: [Diagnostic]) {
        let colour = useColour(fd: 2)
        for d in diagnostics {
            var label = d.severity.rawValue
            if colour { label = d.severity == .error ? "\u{1B}[1;31m\(label)\u{1B}[0m" : "\u{1B}[1;33m\(label)\u{1B}[0m" }
            let place = d.location.map { TerminalText.neutralised("\($0): ") } ?? ""
            writeErrorLine("\(place)\(label): \(TerminalText.neutralised(d.message))")
        }
    }
}
