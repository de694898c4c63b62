/// The language a questionnaire speaks, and so every message its users read.
public enum Language: String, Sendable, Hashable, CaseIterable {
    case fr
    case en

    /// Picks the text for this language.
    public func pick(fr: @autoclosure () -> String, en: @autoclosure () -> String) -> String {
        switch self {
        case .fr: fr()
        case .en: en()
        }
    }
}
