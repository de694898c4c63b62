import SobreCore

/// The words of a site's standing in a network benchmark, for a director: bands in plain words.
struct BenchmarkWords {
    let language: Language

    /// Where the site's score lies, in words.
    ///
    /// A score equal to the quantile that opens its band (within `BenchmarkBand.tolerance`) is
    /// said to be at that limit: its band is the one above (SPEC §11, the JSON's `band`), but
    /// when several sites share the score, "in the top 10%" would say more than the figures do.
    func band(_ mark: BenchmarkStanding.Mark) -> String {
        guard let band = mark.band, let score = mark.score, let k = BenchmarkBand.allCases.firstIndex(of: band), k > 0,
              abs(score - mark.figures.quantiles[k - 1]) <= BenchmarkBand.tolerance else { return self.band(mark.band) }
        return limit(k - 1)
    }

    /// Where a band lies, in words.
    func band(_ band: BenchmarkBand?) -> String {
        switch band {
        case nil: language.pick(fr: "non évalué", en: "not assessed")
        case .belowP10: language.pick(fr: "parmi les 10\u{A0}% les plus bas", en: "in the bottom 10%")
        case .p10P25: language.pick(fr: "dans le quart le plus bas", en: "in the bottom quarter")
        case .p25P50: language.pick(fr: "sous la médiane", en: "below the median")
        case .p50P75: language.pick(fr: "au-dessus de la médiane", en: "above the median")
        case .p75P90: language.pick(fr: "dans le quart le plus haut", en: "in the top quarter")
        case .aboveP90: language.pick(fr: "parmi les 10\u{A0}% les plus hauts", en: "in the top 10%")
        }
    }

    /// A score equal to the quantile at `k` in `Distribution.quantiles`, in words.
    private func limit(_ k: Int) -> String {
        switch k {
        case 0: language.pick(fr: "à la limite des 10\u{A0}% les plus bas", en: "level with the bottom 10% limit")
        case 1: language.pick(fr: "à la limite du quart le plus bas", en: "level with the bottom quarter's limit")
        case 2: language.pick(fr: "à la médiane", en: "at the median")
        case 3: language.pick(fr: "à la limite du quart le plus haut", en: "level with the top quarter's limit")
        default: language.pick(fr: "à la limite des 10\u{A0}% les plus hauts", en: "level with the top 10% limit")
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

    /// Where the figures come from, and how to read them. A comparison's medians can differ:
    /// it counts a site's assessment in progress, the benchmark its latest complete one.
    func legend(_ standing: BenchmarkStanding) -> String {
        let words = Words(language: language)
        let first = words.month(standing.from), last = words.month(standing.to)
        // "d’avril", "d’août", "d’octobre": de elides before a vowel.
        let de = first.first.map { "aâàeéèêiîoôuû".contains($0) } == true ? "d’" : "de "
        let period = standing.from == standing.to
            ? language.pick(fr: "\(de)\(first)", en: "of \(first)")
            : language.pick(fr: "\(de)\(first) à \(last)", en: "from \(first) to \(last)")
        // The months are the whole benchmark's, a category's figures included.
        return language.pick(fr: "Chiffres tirés de la dernière évaluation complète de chaque établissement\u{A0}; le repère couvre les évaluations \(period). ",
                             en: "Figures from each establishment's latest complete assessment; the benchmark covers assessments \(period). ") + howToRead
    }

    private var howToRead: String {
        language.pick(
            fr: "Médiane\u{A0}: la moitié des établissements ont un score plus bas, l’autre moitié un score plus haut. «\u{A0}À la limite\u{A0}»\u{A0}: le score est celui qui sépare deux tranches, souvent partagé par plusieurs établissements.",
            en: "Median: half the establishments score lower, half higher. “Level with a limit”: the score is the one that separates two bands, often shared by several establishments.")
    }

    var overall: String { language.pick(fr: "Global", en: "Overall") }
    var median: String { language.pick(fr: "médiane", en: "median") }
    var score: String { language.pick(fr: "Score", en: "Score") }
    var medianTitle: String { language.pick(fr: "Médiane", en: "Median") }
    var position: String { language.pick(fr: "Position", en: "Position") }
    var strip: String {
        language.pick(fr: "Bande claire\u{A0}: de 10\u{A0}% à 90\u{A0}% des établissements\u{A0}; bande foncée\u{A0}: le quart au-dessous et le quart au-dessus de la médiane\u{A0}; trait\u{A0}: la médiane\u{A0}; losange\u{A0}: cet établissement.",
                      en: "Light band: from 10% to 90% of establishments; dark band: the quarters below and above the median; line: the median; diamond: this establishment.")
    }
}
