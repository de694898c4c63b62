import SobreCore

/// Names typed on the command line (`--site`, `--respondent`…): stored in the assessment and
/// printed in every report, so they must be plain text.
package enum TypedName {
    /// Why the first of `options` (option name, value) that holds a control, line-break or
    /// text-direction character is refused; nil when every value is plain text.
    package static func problem(_ options: [(option: String, value: String?)], language l: Language) -> String? {
        for (option, value) in options {
            guard let value, let character = TerminalText.firstUnsafe(in: value) else { continue }
            return InterviewMessages.typedNameUnsafe(option, character, l)
        }
        return nil
    }
}
