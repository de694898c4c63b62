/// What one read at the prompt gave.
public enum LineInput: Sendable, Equatable {
    /// A line, without its end-of-line.
    case line(String)
    /// End of input (Ctrl-D on an empty line, or the end of a piped file).
    case endOfInput
    /// Ctrl-C.
    case interrupted
}

/// Where the interview reads its answers: a terminal with line editing, a pipe, or a test script.
public protocol LineReader {
    /// Shows `prompt` (when the reader shows prompts) and reads one line.
    ///
    /// - Parameter completions: the words Tab may complete (option ids and commands).
    func readLine(prompt: String, completions: [String]) -> LineInput
}
