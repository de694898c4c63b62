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
    /// The heading of the actions proposed last time and no longer needed: what was achieved.
    func done(since date: String) -> String {
        language.pick(fr: "Progrès depuis le \(self.date(date)) : actions qui ne sont plus nécessaires",
                      en: "Progress since \(self.date(date)): actions no longer needed")
    }
    var new: String { language.pick(fr: "Nouvelles actions", en: "New actions") }

    /// The sentence under a capped level: which theme holds it down, what the score alone gives.
    func capped(by level: Level?, holding themes: [Theme]) -> String {
        let name = level?.name ?? "—"
        let titles = list(themes.map(\.title))
        return language.pick(
            fr: "Niveau plafonné par le thème le plus faible (\(titles)) ; le score seul donnerait « \(name) ».",
            en: "Level capped by the weakest theme (\(titles)); the score alone would give '\(name)'.")
    }

    /// A level name with, when capped, the themes holding it down: "Engagé (plafonné par Achats responsables)".
    func cappedLevel(_ name: String, holding titles: [String]) -> String {
        guard !titles.isEmpty else { return name }
        return name + language.pick(fr: " (plafonné par \(list(titles)))", en: " (capped by \(list(titles)))")
    }

    /// The mark of a capped level in a table cell, explained by `cappedLegend`.
    static let cappedMark = "▾"

    var cappedLegend: String {
        language.pick(fr: "▾ niveau plafonné par le thème le plus faible (le score seul donnerait un niveau plus haut)",
                      en: "▾ level capped by the weakest theme (the score alone would give a higher level)")
    }

    /// Why an overall change is not shown, nil when it is.
    func notComparable(_ c: Comparability) -> String? {
        switch c {
        case .comparable: nil
        case .inProgress:
            language.pick(fr: "évolution globale non calculée : une des deux évaluations est en cours (évolutions par thème seulement)",
                          en: "no overall change: one of the two assessments is in progress (changes by theme only)")
        case .differentThemes:
            language.pick(fr: "évolution globale non calculée : les thèmes évalués diffèrent (évolutions par thème seulement)",
                          en: "no overall change: the themes assessed differ (changes by theme only)")
        }
    }

    /// Items joined as a sentence: "a, b et c".
    func list(_ items: [String]) -> String {
        guard items.count > 1, let last = items.last else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + language.pick(fr: " et ", en: " and ") + last
    }

    /// An ISO day in words ("8 mai 2026", "8 May 2026"); any other text as it is.
    func date(_ iso: String) -> String {
        let parts = iso.split(separator: "-")
        guard IsoDate.isValidDay(iso), parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month) else { return iso }
        return language.pick(fr: "\(day == 1 ? "1er" : String(day)) \(monthName(month)) \(year)", en: "\(day) \(monthName(month)) \(year)")
    }

    /// A month written `YYYY-MM` in words ("mai 2026", "May 2026"); any other text as it is.
    func month(_ iso: String) -> String {
        guard IsoDate.isValidMonth(iso), let year = Int(iso.prefix(4)), let month = Int(iso.suffix(2)) else { return iso }
        return "\(monthName(month)) \(year)"
    }

    /// The name of month `month` (1–12).
    private func monthName(_ month: Int) -> String {
        let fr = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
        let en = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        return language.pick(fr: fr[month - 1], en: en[month - 1])
    }

    /// The one line a director reads first: the level, the theme holding it back, the first three actions.
    func keyPoint(_ model: ReportModel, levelText: String) -> String {
        var parts = [language.pick(fr: "niveau \(levelText)", en: "level \(levelText)")]
        let levels = model.questionnaire.levels
        if let weak = model.weakestTheme {
            parts.append(language.pick(fr: "point faible : \(weak.theme.title) (\(AnswerText.score(weak.score, levels: levels))/100)",
                                       en: "weakest theme: \(weak.theme.title) (\(AnswerText.score(weak.score, levels: levels))/100)"))
        }
        let first = model.plan.prefix(3).map { "\($0.rank). \($0.action.title)" }
        if !first.isEmpty {
            parts.append(language.pick(fr: "pour commencer : ", en: "to start: ") + first.joined(separator: " ; "))
        }
        return parts.joined(separator: " · ")
    }

    /// The overall level in words, with its position and, when capped, the themes holding it down.
    func overallLevelText(_ model: ReportModel) -> String {
        cappedLevel(levelText(model.overall.level, of: model.questionnaire), holding: model.cappedBy.map(\.title))
    }

    /// "Évolution depuis le 8 mai 2025 : +11 (60 → 71)", with why there is none when not comparable.
    /// Both scores are shown under `levels`, the current questionnaire's (`AnswerText.score`).
    func sinceLine(_ p: ReportModel.Progress, now: Double?, levels: [Level]) -> String {
        var line = "\(since) \(date(p.date))\(colon)\(signed(p.shownDelta)) (\(AnswerText.score(p.overall.score, levels: levels)) → \(AnswerText.score(now, levels: levels)))"
        if let why = notComparable(p.comparability) { line += " — " + why }
        return line
    }

    /// The mark of an answer kept from a question that no longer applies.
    var notRelevant: String { language.pick(fr: "(question devenue sans objet)", en: "(no longer relevant)") }

    /// In the plan, for a quick win described in full in its own section.
    var detailedAbove: String { language.pick(fr: "(détaillée plus haut, dans les gains rapides)", en: "(detailed above, under quick wins)") }

    /// " : " in French, ": " in English; the templates write it as `{{colon}}`.
    var colon: String { language.pick(fr: " : ", en: ": ") }

    var keyPointTitle: String { language.pick(fr: "À retenir", en: "Key points") }

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
