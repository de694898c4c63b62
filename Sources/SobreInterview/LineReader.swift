import SobreCore

/// What one read at the prompt gave.
public enum LineInput: Sendable, Equatable {
    /// A line, without its end-of-line.
    case line(String)
    /// End of input (Ctrl-D on an empty line, or the end of a piped file).
    case endOfInput
    /// Ctrl-C.
    case interrupted
    /// A line that can be neither an answer nor a command: nothing is recorded, the prompt
    /// is shown again after the reason.
    case refused(LineProblem)
}

/// Why a typed line is refused before it is read as an answer.
public enum LineProblem: Sendable, Equatable {
    /// Longer than `maximumBytes`.
    case tooLong
    /// Not UTF-8 text (a terminal or file in another encoding, or binary data).
    case notUTF8
    /// A control character other than a tab (an escape sequence, NUL, a lone carriage return…).
    case controlCharacter

    /// Longest line read as an answer, in bytes: far above any answer or note, far below the
    /// size that would make a file or a report unreadable.
    public static let maximumBytes = 10_000

    /// The line, or why it is refused.
    public static func check(_ bytes: some Collection<UInt8>) -> LineInput {
        if bytes.count > maximumBytes { return .refused(.tooLong) }
        guard let text = String(validating: bytes, as: UTF8.self) else { return .refused(.notUTF8) }
        if text.unicodeScalars.contains(where: { ($0.value < 0x20 && $0 != "\t") || (0x7F...0x9F).contains($0.value) }) {
            return .refused(.controlCharacter)
        }
        return .line(text)
    }

    /// The one-line reason shown at the prompt.
    public func reason(_ l: Language) -> String {
        switch self {
        case .tooLong: InterviewMessages.lineTooLong(l)
        case .notUTF8: InterviewMessages.lineNotUTF8(l)
        case .controlCharacter: InterviewMessages.lineControlCharacter(l)
        }
    }
}

/// Where the interview reads its answers: a terminal with line editing, a pipe, or a test script.
public protocol LineReader {
    /// Shows `prompt` (when the reader shows prompts) and reads one line.
    ///
    /// - Parameter completions: the words Tab may complete (option ids and commands).
    func readLine(prompt: String, completions: [String]) -> LineInput
}
