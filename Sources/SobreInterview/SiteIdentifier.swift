import SobreCore

/// Site ids: the folder name of a site's assessments, so they must stay inside that folder.
public enum SiteIdentifier {
    /// Why `id` cannot name a site folder, nil when it can.
    public static func problem(_ id: String, language l: Language) -> String? {
        if id.isEmpty {
            return l.pick(fr: "l’identifiant de site est vide : donnez --site-id", en: "the site id is empty: give --site-id")
        }
        // First, so the messages below never quote a character that could drive the terminal.
        if let character = TerminalText.firstUnsafe(in: id, invisibleToo: true) {
            return l.pick(fr: "l’identifiant de site contient un caractère de contrôle, invisible ou de sens d’écriture (\(character)) : donnez un --site-id fait de lettres, de chiffres et de tirets",
                          en: "the site id contains a control, invisible or text-direction character (\(character)): give a --site-id made of letters, digits and dashes")
        }
        if id == "." || id == ".." || id.hasPrefix(".") {
            return l.pick(fr: "l’identifiant de site « \(id) » ne peut pas commencer par un point",
                          en: "site id '\(id)' cannot start with a dot")
        }
        if id.contains("/") || id.contains("\\") {
            return l.pick(fr: "l’identifiant de site « \(id) » ne peut pas contenir de barre oblique",
                          en: "site id '\(id)' cannot contain a slash")
        }
        return nil
    }
}
