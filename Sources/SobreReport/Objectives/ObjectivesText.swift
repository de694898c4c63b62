import SobreCore

/// The objectives in plain words for the text report (SPEC §9): this year's short list first,
/// then each objective beside its level now, the roadmap year by year with who carries each
/// action, the progress since the baseline; without objectives, the path to the next level.
/// Lines are returned raw; the caller neutralises them.
enum ObjectivesText {
    /// The short list a director reads first: the roadmap's actions of this year.
    static func thisYear(_ model: ReportModel) -> [String] {
        let l = model.language
        guard let o = model.objectives else { return [] }
        guard let year = o.thisYear else {
            let allReached = o.roadmap.items.allSatisfy { $0.status == .reached }
            return [allReached ? l.pick(fr: "Objectifs de \(o.roadmap.by) : tous atteints.", en: "Objectives for \(o.roadmap.by): all reached.")
                : l.pick(fr: "Objectifs de \(o.roadmap.by) : aucune action du plan ne les rapproche.",
                         en: "Objectives for \(o.roadmap.by): no action of the plan brings them closer.")]
        }
        let count = year.actions.count
        return [l.pick(fr: "À faire en \(year.year) pour les objectifs de \(o.roadmap.by) : \(count) action\(count > 1 ? "s" : "")",
                       en: "To do in \(year.year) for the objectives of \(o.roadmap.by): \(count) action\(count > 1 ? "s" : "")")]
            + year.actions.map { "  - " + actionLine($0, l) }
    }

    /// The objectives beside the levels, the roadmap by year, the progress.
    static func section(_ model: ReportModel) -> [String] {
        let l = model.language
        let w = Words(language: l)
        if let next = model.nextLevel { return nextLevel(next, model) }
        guard let o = model.objectives else { return [] }
        var out = [l.pick(fr: "Objectifs pour \(o.roadmap.by)", en: "Objectives for \(o.roadmap.by)")
                   + (o.source == .file ? l.pick(fr: " (objectifs communs)", en: " (common objectives)")
                      : o.source == .previous ? l.pick(fr: " (fixés lors de l’évaluation précédente)", en: " (set at the previous assessment)") : "")]
        for item in o.roadmap.items {
            let (name, now, aim) = parts(item, model)
            out.append("  \(name)" + w.colon + "\(now) → \(aim)" + l.pick(fr: " visé — ", en: " aimed at — ")
                       + status(item, model))
        }
        if !o.roadmap.years.isEmpty {
            out.append(l.pick(fr: "Feuille de route", en: "Roadmap"))
            for year in o.roadmap.years {
                out.append("  \(year.year)")
                out += year.actions.map { "    - " + actionLine($0, l) }
            }
        }
        if let p = o.progress {
            out.append(l.pick(fr: "Avancement depuis le \(p.baseline) : ", en: "Progress since \(p.baseline): ") + progressWord(p.status, l))
            for item in p.items {
                let name = progressName(item, model)
                let done = item.progress.map { "\(Int(($0 * 100).rounded())) %" } ?? "?"
                out.append("  \(name)" + w.colon + l.pick(fr: "\(done) du chemin, \(Int((item.expected * 100).rounded())) % du temps — ",
                                                        en: "\(done) of the way, \(Int((item.expected * 100).rounded())) % of the time — ")
                           + progressWord(item.status, l))
            }
        }
        return out
    }

    /// An objective's name, where it stands now and what is aimed at, in words.
    static func parts(_ item: Roadmap.Item, _ model: ReportModel) -> (name: String, now: String, aim: String) {
        let l = model.language
        let q = model.questionnaire
        func levelName(_ id: Double?) -> String {
            guard let id else { return l.pick(fr: "non évalué", en: "not assessed") }
            return q.level(id: Int(id))?.name ?? "\(Int(id))"
        }
        let name = Words(language: l).objectiveName(item.scope, id: item.id, in: q)
        if item.scope == .indicator {
            let unit = item.id.flatMap { id in q.indicators.first { $0.id == id }?.unit } ?? ""
            return (name, amount(item.now, unit: unit, l),
                    "\(ShownPercent.text(item.target)) % (\(amount(item.targetValue, unit: unit, l)))")
        }
        return (name, levelName(item.now), levelName(item.target))
    }

    /// The name of a progress item: the overall level, a theme's title or an indicator's label.
    static func progressName(_ item: TargetProgress.Item, _ model: ReportModel) -> String {
        Words(language: model.language).objectiveName(item.scope, id: item.id, in: model.questionnaire)
    }

    /// "Pour atteindre Structuré : 6 points en Gouvernance ; ces 4 actions :" and the actions.
    static func nextLevel(_ next: NextLevel, _ model: ReportModel) -> [String] {
        let l = model.language
        var need: String
        if !next.holding.isEmpty {
            need = next.holding.map { l.pick(fr: "\(points($0.points)) en \($0.theme.title)", en: "\(points($0.points)) in \($0.theme.title)") }
                .joined(separator: l.pick(fr: ", ", en: ", "))
            if next.points > 0.5 {
                need += l.pick(fr: " et \(points(next.points)) de score global", en: " and \(points(next.points)) of overall score")
            }
        } else {
            need = l.pick(fr: "\(points(next.points)) de score global", en: "\(points(next.points)) of overall score")
        }
        let count = next.actions.count
        let these = count == 1 ? l.pick(fr: "cette action", en: "this action")
            : l.pick(fr: "ces \(count) actions", en: "these \(count) actions")
        // Non-breaking spaces before the colons and the semicolon: a narrow page must not put them
        // alone at the start of a line.
        var head = l.pick(fr: "Pour atteindre \(next.level.name)\u{A0}: \(need)\u{A0}; \(these)", en: "To reach \(next.level.name): \(need); \(these)")
        if next.status == .short {
            head += l.pick(fr: " (même toutes faites, il manquera \(points(next.shortBy ?? 0)))",
                           en: " (even all done, \(points(next.shortBy ?? 0)) will be missing)")
        }
        return [head + l.pick(fr: "\u{A0}:", en: ":")] + next.actions.map { "  - " + actionLine($0, l) }
    }

    static func actionLine(_ action: Action, _ l: Language) -> String {
        action.title + (action.owner.map { l.pick(fr: " — \($0)", en: " — \($0)") } ?? "")
    }

    static func status(_ item: Roadmap.Item, _ model: ReportModel) -> String {
        let l = model.language
        switch item.status {
        case .reached: return l.pick(fr: "atteint", en: "reached")
        case .planned: return l.pick(fr: "atteint avec la feuille de route", en: "reached with the roadmap")
        case .short:
            guard let gap = item.shortBy else {
                return l.pick(fr: "hors de portée du plan (non estimé)", en: "out of the plan's reach (not estimated)")
            }
            if item.scope == .indicator {
                let unit = item.id.flatMap { id in model.questionnaire.indicators.first { $0.id == id }?.unit } ?? ""
                let over = amount(gap, unit: unit, l)
                return l.pick(fr: "hors de portée du plan : il resterait environ \(over) de trop, même tout fait",
                              en: "out of the plan's reach: about \(over) too much would remain, even with everything done")
            }
            if gap < 0.5 {
                return l.pick(fr: "hors de portée du plan : un thème plus faible plafonne le niveau",
                              en: "out of the plan's reach: a weaker theme caps the level")
            }
            return l.pick(fr: "hors de portée du plan : il manquera \(points(gap)), même tout fait",
                          en: "out of the plan's reach: \(points(gap)) will be missing, even with everything done")
        }
    }

    static func progressWord(_ status: TargetProgress.Status, _ l: Language) -> String {
        switch status {
        case .reached: l.pick(fr: "atteint", en: "reached")
        case .onTrack: l.pick(fr: "en bonne voie", en: "on track")
        case .late: l.pick(fr: "en retard", en: "late")
        }
    }

    /// Whole points, at least 1 when above 0 ("6 points", "1 point"): rounded, so that it matches
    /// the difference of the whole scores a reader sees.
    static func points(_ x: Double) -> String {
        let n = x > 0 ? max(1, Int(x.rounded())) : 0
        return "\(n) point\(n > 1 ? "s" : "")"
    }

    /// A value rounded to a whole number (an order of magnitude, as the footprint is).
    /// An indicator's amount as the footprint shows it (two significant digits, its unit), since
    /// it is an estimate too.
    static func amount(_ x: Double?, unit: String, _ l: Language) -> String {
        guard let x else { return l.pick(fr: "non estimé", en: "not estimated") }
        return EstimateText.estimate(x, unit: unit, language: l)
    }
}
