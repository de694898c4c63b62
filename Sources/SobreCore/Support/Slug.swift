/// Identifiers from names: lower-case ASCII letters and digits joined by `-`.
public enum Slug {
    private static let folded: [Character: String] = [
        "à": "a", "â": "a", "ä": "a", "á": "a", "ç": "c", "é": "e", "è": "e", "ê": "e", "ë": "e",
        "î": "i", "ï": "i", "í": "i", "ô": "o", "ö": "o", "ó": "o", "ù": "u", "û": "u", "ü": "u", "ú": "u",
        "ÿ": "y", "ñ": "n", "œ": "oe", "æ": "ae",
    ]

    /// `"Foyer d'hébergement Le Moulin"` → `"foyer-d-hebergement-le-moulin"`.
    public static func make(_ name: String) -> String {
        var out = ""
        var dash = false
        for ch in name.lowercased() {
            let piece: String
            if ch.isASCII, ch.isLetter || ch.isNumber {
                piece = String(ch)
            } else if let f = folded[ch] {
                piece = f
            } else {
                dash = !out.isEmpty
                continue
            }
            if dash { out += "-" }
            dash = false
            out += piece
        }
        return out.isEmpty ? "site" : out
    }
}
