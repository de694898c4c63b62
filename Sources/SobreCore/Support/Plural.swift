/// Singular or plural of a counted word, the one rule of every report.
///
/// French takes the singular below 2 ("0 site", "1 site", "1,5 an"); English only for exactly 1.
package enum Plural {
    /// Whether `n` takes the plural in `language`.
    package static func isPlural(_ n: Double, language: Language) -> Bool {
        language == .fr ? abs(n) >= 2 : n != 1
    }

    /// `n` with the word: "1 site", "3 sites".
    package static func count(_ n: Int, singular: String, plural: String, language: Language) -> String {
        "\(n) " + (isPlural(Double(n), language: language) ? plural : singular)
    }

    /// A unit written in the plural in a questionnaire ("serveurs", "ans"), put in the singular
    /// for `n` when it is one plain word ending in "s"; any other unit as written ("Go", "kWh").
    package static func unit(_ unit: String, for n: Double, language: Language) -> String {
        guard !isPlural(n, language: language), unit.count > 2, unit.hasSuffix("s"),
              unit.allSatisfy(\.isLetter), unit.contains(where: \.isLowercase) else { return unit }
        return String(unit.dropLast())
    }
}
