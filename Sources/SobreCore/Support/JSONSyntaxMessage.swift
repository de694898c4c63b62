import SobreJSON

/// What a JSON syntax error means for a reader, in one sentence: the words every file read
/// as JSON (assessments, benchmarks) uses.
package enum JSONSyntaxMessage {
    /// The sentence for `error` met in a file of `byteCount` bytes.
    package static func text(_ error: JSONParser.SyntaxError, byteCount: Int, language: Language) -> String {
        if error.numberOutOfRange {
            return language.pick(
                fr: "un nombre est trop grand pour être lu (ligne \(error.line), colonne \(error.column)) : au-delà de ±1,8 × 10^308",
                en: "a number is too large to read (line \(error.line), column \(error.column)): beyond ±1.8 × 10^308")
        }
        if let key = error.repeatedKey {
            // As JSON writes it, so that a control character in it is shown, not sent.
            let shown = String(JSONWriter.string(.string(key), pretty: false).dropFirst().dropLast())
            return language.pick(
                fr: "la clé « \(shown) » figure deux fois dans un même objet (ligne \(error.line), colonne \(error.column)) : on ne sait pas laquelle des deux valeurs est la bonne ; gardez-en une seule",
                en: "key '\(shown)' appears twice in one object (line \(error.line), column \(error.column)): which of the two values is right cannot be told; keep only one")
        }
        if error.atEnd, byteCount > 0 {
            return language.pick(
                fr: "le fichier s’arrête avant la fin de son JSON (ligne \(error.line)) : il est tronqué ou incomplet",
                en: "the file ends before its JSON does (line \(error.line)): it is truncated or incomplete")
        }
        return language.pick(
            fr: "ce n’est pas un JSON valide (ligne \(error.line), colonne \(error.column) : \(error.message))",
            en: "not valid JSON (line \(error.line), column \(error.column): \(error.message))")
    }
}
