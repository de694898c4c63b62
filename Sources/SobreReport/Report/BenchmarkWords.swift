import SobreCore

/// The words of a site's standing in a network benchmark, for a director: bands in plain words.
struct BenchmarkWords {
    let language: Language

    /// Where a band lies, in words.
    func band(_ band: BenchmarkBand?) -> String {
        switch band {
        case nil: language.pick(fr: "non évalué", en: "not assessed")
        case .belowP10: language.pick(fr: "parmi les 10 % les plus bas", en: "in the bottom 10%")
        case .p10P25: language.pick(fr: "dans le quart le plus bas", en: "in the bottom quarter")
        case .p25P50: language.pick(fr: "sous la médiane", en: "below the median")
        case .p50P75: language.pick(fr: "au-dessus de la médiane", en: "above the median")
        case .p75P90: language.pick(fr: "dans le quart le plus haut", en: "in the top quarter")
        case .aboveP90: language.pick(fr: "parmi les 10 % les plus hauts", en: "in the top 10%")
        }
    }

    /// The heading: whom the site is compared with.
    func heading(_ standing: BenchmarkStanding) -> String {
        let sites = Plural.count(standing.n, singular: "site", plural: "sites", language: language)
        if let category = standing.category {
            return language.pick(fr: "Parmi les établissements de même catégorie (\(category), \(sites))",
                                 en: "Among establishments of the same kind (\(category), \(sites))")
        }
        return language.pick(fr: "Parmi les établissements du réseau (\(sites))", en: "Among the network's establishments (\(sites))")
    }

    /// How to read the figures.
    var legend: String {
        language.pick(
            fr: "Médiane : la moitié des établissements ont un score plus bas, l’autre moitié un score plus haut. Un score égal à une limite compte dans la tranche au-dessus.",
            en: "Median: half the establishments score lower, half higher. A score equal to a limit counts in the band above.")
    }

    var overall: String { language.pick(fr: "Global", en: "Overall") }
    var median: String { language.pick(fr: "médiane", en: "median") }
    var score: String { language.pick(fr: "Score", en: "Score") }
    var medianTitle: String { language.pick(fr: "Médiane", en: "Median") }
    var position: String { language.pick(fr: "Position", en: "Position") }
    var strip: String {
        language.pick(fr: "Bande claire : de 10 % à 90 % des établissements ; bande foncée : le quart au-dessous et le quart au-dessus de la médiane ; trait : la médiane ; losange : cet établissement.",
                      en: "Light band: from 10% to 90% of establishments; dark band: the quarters below and above the median; line: the median; diamond: this establishment.")
    }
}
