import SobreCore

/// A yes or a no as typed at the interview, in either language: `oui`, `o`, `yes`, `y`; `non`, `n`, `no`.
enum YesNo: Sendable, Equatable {
    case yes
    case no

    /// The reply `text` (already trimmed) means, nil when it is neither; case does not matter.
    init?(_ text: String) {
        switch text.lowercased() {
        case "oui", "o", "yes", "y": self = .yes
        case "non", "n", "no": self = .no
        default: return nil
        }
    }

    /// The words Tab completes.
    static func words(_ l: Language) -> [String] {
        l == .fr ? ["oui", "non"] : ["yes", "no"]
    }

    /// What a yes/no question got.
    enum Reply<Other> {
        case yes
        case no
        /// A word `other` understood.
        case other(Other)
        case interrupted
        case endOfInput
    }

    /// Asks `prompt` until the reply is yes, no, or a word `other` understands; `say` shows
    /// why a line was refused and asks for yes or no again after any other word.
    static func ask<Other>(
        _ prompt: String, reader: LineReader, language l: Language, say: (String) -> Void,
        other: (String) -> Other? = { _ in nil }
    ) -> Reply<Other> {
        while true {
            switch reader.readLine(prompt: prompt, completions: words(l)) {
            case .interrupted: return .interrupted
            case .endOfInput: return .endOfInput
            case .refused(let problem): say(problem.reason(l))
            case .line(let line):
                let word = line.trimmingSpaces.lowercased()
                switch YesNo(word) {
                case .yes: return .yes
                case .no: return .no
                case nil:
                    if let understood = other(word) { return .other(understood) }
                    say(InterviewMessages.answerYesOrNo(l))
                }
            }
        }
    }
}
