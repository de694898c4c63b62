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
        // Byte by byte, so that a line that is not UTF-8 is told apart (Swift.readLine would
        // replace its bytes) and a huge one is not kept whole in memory.
        var bytes: [UInt8] = []
        var ended = false
        var tooLong = false
        while true {
            let c = getchar()
            if c == EOF { break }
            if c == 0x0A {
                ended = true
                break
            }
            if bytes.count < LineProblem.maximumBytes + 1 { bytes.append(UInt8(truncatingIfNeeded: c)) } else { tooLong = true }
        }
        if InterruptSignal.isSet { return .interrupted }
        if !ended, bytes.isEmpty { return .endOfInput }
        if tooLong { return .refused(.tooLong) }
        if bytes.last == 0x0D { bytes.removeLast() }
        return LineProblem.check(bytes)
    }
}

extension String {
    var trimmingTrailingSpaces: String {
        var s = Substring(self)
        while let last = s.last, last == " " { s.removeLast() }
        return String(s)
    }
}
