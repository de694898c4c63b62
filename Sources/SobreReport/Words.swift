import SobreCore

/// The fixed words of the reports, in the questionnaire's language.
struct Words {
    let language: Language

    func horizon(_ h: Horizon) -> String {
        switch h {
        case .quickWin: language.pick(fr: "Gains rapides", en: "Quick wins")
        case .shortTerm: language.pick(fr: "Court terme", en: "Short term")
        case .structural: language.pick(fr: "Chantiers structurants", en: "Structural work")
        }
    }

    func status(_ s: Assessment.Status) -> String {
        switch s {
        case .complete: language.pick(fr: "évaluation complète", en: "complete assessment")
        case .inProgress: language.pick(fr: "évaluation en cours (incomplète)", en: "assessment in progress (incomplete)")
        }
    }

    func priority(_ g: Grade) -> String {
        switch g {
        case .high: language.pick(fr: "forte", en: "high")
        case .medium: language.pick(fr: "moyenne", en: "medium")
        case .low: language.pick(fr: "faible", en: "low")
        }
    }

    func effort(_ g: Grade) -> String {
        switch g {
        case .high: language.pick(fr: "importante", en: "high")
        case .medium: language.pick(fr: "moyenne", en: "medium")
        case .low: language.pick(fr: "faible", en: "low")
        }
    }

    var overallLevel: String { language.pick(fr: "Niveau global", en: "Overall level") }
    var score: String { language.pick(fr: "score", en: "score") }
    var notAssessed: String { language.pick(fr: "non évalué", en: "not assessed") }
    var informational: String { language.pick(fr: "informatif", en: "informational") }
    var byTheme: String { language.pick(fr: "Par thème", en: "By theme") }
    var quickWins: String { language.pick(fr: "Gains rapides : par quoi commencer", en: "Quick wins: where to start") }
    var plan: String { language.pick(fr: "Plan d’actions", en: "Action plan") }
    var why: String { language.pick(fr: "Pourquoi", en: "Why") }
    /// Who carries an action (`owner`), as the GBPNR names them.
    var owner: String { language.pick(fr: "Pilote", en: "Owner") }
    var source: String { language.pick(fr: "Source", en: "Source") }

    /// "Pilote : … · Source : …" for a plan item, nil when the action has neither.
    func credits(of action: Action) -> String? {
        let parts = [(owner, action.owner), (source, action.source)].compactMap { word, text in text.map { "\(word) : \($0)" } }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }
    var noAction: String { language.pick(fr: "Aucune action proposée par ces réponses.", en: "These answers trigger no action.") }
    var missing: String { language.pick(fr: "Questions obligatoires sans réponse", en: "Required questions without an answer") }
    var since: String { language.pick(fr: "Évolution depuis le", en: "Change since") }
    var done: String { language.pick(fr: "Actions devenues inutiles (réalisées)", en: "Actions no longer needed (done)") }
    var new: String { language.pick(fr: "Nouvelles actions", en: "New actions") }

    func capped(by level: Level?) -> String {
        let name = level?.name ?? "—"
        return language.pick(
            fr: "Plafonné par le thème le plus faible ; le score seul donnerait « \(name) ».",
            en: "Capped by the weakest theme; the score alone would give '\(name)'.")
    }

    func levelText(_ level: Level?, of questionnaire: Questionnaire) -> String {
        guard let level else { return notAssessed }
        let position = (questionnaire.levels.firstIndex { $0.id == level.id } ?? 0) + 1
        return "\(level.name) (\(position)/\(questionnaire.levels.count))"
    }

    func signed(_ delta: Double?) -> String {
        guard let delta else { return "—" }
        let rounded = Int(delta.rounded())
        return rounded > 0 ? "+\(rounded)" : rounded == 0 ? "=" : "\(rounded)"
    }
}
