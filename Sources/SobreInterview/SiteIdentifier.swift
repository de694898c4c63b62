import SobreCore

/// Site ids: the folder name of a site's assessments, so they must stay inside that folder.
public enum SiteIdentifier {
    /// Why `id` cannot name a site folder, nil when it can.
    public static func problem(_ id: String, language l: Language) -> String? {
        if id.isEmpty {
            return InterviewMessages.siteIDEmpty(l)
        }
        // First, so the messages below never quote a character that could drive the terminal.
        if let character = TerminalText.firstUnsafe(in: id, invisibleToo: true) {
            return InterviewMessages.siteIDUnsafe(character, l)
        }
        if id == "." || id == ".." || id.hasPrefix(".") {
            return InterviewMessages.siteIDDot(id, l)
        }
        if id.contains("/") || id.contains("\\") {
            return InterviewMessages.siteIDSlash(id, l)
        }
        return nil
    }
}
