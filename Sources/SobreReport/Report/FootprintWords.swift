import SobreCore

/// The fixed words of the *Empreinte estimée* section, in the questionnaire's language.
struct FootprintWords {
    let language: Language

    var title: String { language.pick(fr: "Empreinte estimée", en: "Estimated footprint") }
    /// Says plainly that these are estimates, and from what.
    var intro: String {
        language.pick(
            fr: "Une estimation, pas une mesure : l’inventaire de l’entretien multiplié par des moyennes publiées (sources ci-dessous et en annexe), arrondie à deux chiffres. Seuls les compteurs et les factures donnent la consommation réelle.",
            en: "An estimate, not a measurement: the interview’s inventory multiplied by published averages (sources below and in the annex), rounded to two digits. Only meters and bills give the real consumption.")
    }
    var others: String { language.pick(fr: "Détail des estimations", en: "Breakdown of the estimates") }
    var notEstimated: String { language.pick(fr: "non estimé", en: "not estimated") }
    /// Why an indicator has no value, in words: the questions left without an answer.
    func missing(_ questions: [String]) -> String {
        let quoted = questions.map { language.pick(fr: "« \($0) »", en: "“\($0)”") }.joined(separator: language.pick(fr: " ; ", en: "; "))
        return language.pick(fr: "il faut répondre à : \(quoted)", en: "it needs an answer to: \(quoted)")
    }
    /// An indicator null for another reason than a missing answer (a division by zero).
    var cannotCompute: String {
        language.pick(fr: "le calcul ne donne pas de nombre (une division par zéro, par exemple aucun utilisateur)",
                      en: "the computation gives no number (a division by zero, e.g. no user)")
    }
    var savingsTitle: String {
        language.pick(fr: "Ce que le plan ferait gagner, en ordre de grandeur", en: "What the plan would save, as an order of magnitude")
    }
    var savingsNote: String {
        language.pick(
            fr: "Somme des économies estimées des actions proposées, plafonnée à l’empreinte : les effets de plusieurs actions se recouvrent en partie.",
            en: "The sum of the estimated savings of the proposed actions, capped at the footprint: the effects of several actions partly overlap.")
    }
    var noSavings: String {
        language.pick(fr: "Aucune action proposée n’a d’économie chiffrée.", en: "No proposed action has an estimated saving.")
    }
    /// Before a plan item's savings: "Économie estimée : environ 1 300 kWh/an, 260 €/an".
    var itemSavings: String { language.pick(fr: "Économie estimée", en: "Estimated saving") }
    var about: String { language.pick(fr: "environ", en: "about") }
    var factorsTitle: String { language.pick(fr: "Annexe : facteurs utilisés pour l’estimation", en: "Annex: factors used for the estimate") }
    var factor: String { language.pick(fr: "Facteur", en: "Factor") }
    var value: String { language.pick(fr: "Valeur", en: "Value") }
    var estimate: String { language.pick(fr: "Estimation", en: "Estimate") }
    var indicator: String { language.pick(fr: "Indicateur", en: "Indicator") }
    var source: String { language.pick(fr: "Source", en: "Source") }
    /// Beside a factor a `--factors` file replaced.
    var replaced: String { language.pick(fr: "remplacé par l’association", en: "replaced by the association") }
    var replacedNote: String {
        language.pick(fr: "Les facteurs marqués « remplacé » viennent du fichier de l’association (--factors), pas du questionnaire.",
                      en: "Factors marked “replaced” come from the association’s file (--factors), not from the questionnaire.")
    }
    /// The comparison's line of the association's sums.
    var associationTotal: String { language.pick(fr: "Association (total)", en: "Association (total)") }
    /// How many sites the comparison's footprint covers.
    func coverage(_ estimated: Int, of count: Int) -> String {
        language.pick(fr: "\(estimated) site\(estimated > 1 ? "s" : "") estimé\(estimated > 1 ? "s" : "") sur \(count), d’après la dernière évaluation de chacun ; total, moyenne et médiane sur les sites estimés.",
                      en: "\(estimated) site\(estimated == 1 ? "" : "s") estimated out of \(count), from each one’s latest assessment; total, mean and median over the estimated sites.")
    }
    var noSource: String { language.pick(fr: "source non précisée", en: "no source given") }
}
