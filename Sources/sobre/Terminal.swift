#if canImport(Glibc)
import Glibc
#endif
import SobreCore

/// Output to the user: colour only on a terminal and never with `NO_COLOR`.
enum Terminal {
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

    /// Writes a line to standard error. Paths in it show their bytes that are not UTF-8 as `\xFF`
    /// (see `PathEncoding`), here, so that no message forgets it.
    static func writeError(_ text: String) {
        var line = PathEncoding.shown(text)
        if !line.hasSuffix("\n") { line += "\n" }
        FileIO.write(line, fd: 2)
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
            let place = d.location.map { "\($0): " } ?? ""
            writeError("\(place)\(label): \(d.message)")
        }
    }
}
