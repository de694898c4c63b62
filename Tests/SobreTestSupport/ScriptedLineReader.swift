import SobreInterview

/// A line reader that plays a script and records the prompts and completions it was asked for.
package final class ScriptedLineReader: LineReader {
    private var script: [LineInput]
    package private(set) var prompts: [String] = []
    package private(set) var completions: [[String]] = []

    package init(_ lines: [String], then end: LineInput = .endOfInput) {
        script = lines.map { .line($0) } + [end]
    }

    package func readLine(prompt: String, completions: [String]) -> LineInput {
        prompts.append(prompt)
        self.completions.append(completions)
        if script.isEmpty { return .endOfInput }
        return script.removeFirst()
    }

    /// Lines never read.
    package var unread: Int { max(0, script.count - 1) }
}
