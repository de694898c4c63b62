#if canImport(Glibc)
import Glibc
#endif
import SobreCore

/// Reads lines from a pipe or a file: no line editing, no colour, no escape codes.
///
/// Each prompt is written on a line of its own (input is not echoed, so the output stays
/// readable in logs); Ctrl-C still ends with `.interrupted`.
public final class PlainLineReader: LineReader {
    private let showPrompt: Bool

    /// A reader of standard input; `showPrompt` writes each prompt as a line on standard output.
    public init(showPrompt: Bool = true) {
        self.showPrompt = showPrompt
        InterruptSignal.install()
    }

    public func readLine(prompt: String, completions: [String]) -> LineInput {
        if InterruptSignal.isSet { return .interrupted }
        if showPrompt { FileIO.write(prompt.trimmingTrailingSpaces + "\n", fd: 1) }
        let line = Swift.readLine(strippingNewline: true)
        if InterruptSignal.isSet { return .interrupted }
        guard var text = line else { return .endOfInput }
        if text.hasSuffix("\r") { text.removeLast() }
        return .line(text)
    }
}

extension String {
    var trimmingTrailingSpaces: String {
        var s = Substring(self)
        while let last = s.last, last == " " { s.removeLast() }
        return String(s)
    }
}
