import SobreCore

/// A command typed at a prompt instead of an answer (SPEC §7), in French or English.
public enum InterviewCommandWord: Sendable, Equatable {
    case help
    case back
    case skip
    case notApplicable
    /// `note TEXT`; empty text shows the current note.
    case note(String)
    case summary
    /// `aller N`: the text after the word, checked by the session.
    case goto(String)
    case review
    case quit

    /// The command `input` (trimmed) spells, or nil when it is an answer.
    public static func parse(_ input: String) -> InterviewCommandWord? {
        let lower = input.lowercased()
        switch lower {
        case "?", "aide", "help": return .help
        case "<", "retour", "back": return .back
        case ">", "passer", "skip": return .skip
        case "na", "n/a": return .notApplicable
        case "sommaire", "summary": return .summary
        case "relire", "review": return .review
        case "q", "quitter", "quit": return .quit
        case "note": return .note("")
        case "aller", "goto": return .goto("")
        default: break
        }
        guard let space = input.firstIndex(where: { $0 == " " || $0 == "\t" }) else { return nil }
        let word = input[..<space].lowercased()
        let rest = String(input[space...]).trimmingSpaces
        switch word {
        case "note": return .note(rest)
        case "aller", "goto": return .goto(rest)
        default: return nil
        }
    }

    /// The command words Tab completes, in the interview's language.
    static func words(_ language: Language) -> [String] {
        language == .fr
            ? ["aide", "retour", "passer", "na", "note", "sommaire", "aller", "relire", "quitter"]
            : ["help", "back", "skip", "na", "note", "summary", "goto", "review", "quit"]
    }
}
