import SobreCore

/// What templates see of the objectives (SPEC §9), as `objectives` (absent without objectives)
/// and `nextLevel` (absent with objectives or at the top level): the same words as the text report.
extension TemplateReport {
    static func objectivesContext(_ model: ReportModel) -> [String: Any]? {
        guard let o = model.objectives else { return nil }
        let l = model.language
        func action(_ a: Action) -> [String: Any] {
            ["id": a.id, "title": a.title, "owner": a.owner ?? "", "hasOwner": a.owner != nil]
        }
        let section = ObjectivesText.section(model)
        let thisYear = ObjectivesText.thisYear(model)
        var context: [String: Any] = [
            "heading": section.first ?? "",
            // The first line of the short list: "À faire en 2026 …" or why there is nothing to do.
            "thisYearHeading": thisYear.first ?? "",
            "thisYear": o.thisYear?.actions.map(action) ?? [], "hasThisYear": o.thisYear != nil,
            "items": o.roadmap.items.map { item -> [String: Any] in
                let (name, now, aim) = ObjectivesText.parts(item, model)
                return ["name": name, "now": now, "aim": aim, "status": ObjectivesText.status(item, model),
                        "short": item.status == .short, "reached": item.status == .reached]
            },
            "years": o.roadmap.years.map { ["year": $0.year, "actions": $0.actions.map(action)] as [String: Any] },
            "hasYears": !o.roadmap.years.isEmpty,
            "words": [
                "objective": l.pick(fr: "Objectif", en: "Objective"), "now": l.pick(fr: "Aujourd’hui", en: "Now"),
                "aim": l.pick(fr: "Visé", en: "Aimed at"), "status": l.pick(fr: "Où en est-on", en: "Where it stands"),
                "roadmap": l.pick(fr: "Feuille de route", en: "Roadmap"),
            ],
        ]
        if let p = o.progress {
            context["progress"] = [
                "heading": l.pick(fr: "Avancement depuis le \(p.baseline) : ", en: "Progress since \(p.baseline): ")
                    + ObjectivesText.progressWord(p.status, l),
                "late": p.status == .late,
                "items": p.items.map { i -> [String: Any] in
                    [
                        "name": ObjectivesText.progressName(i, model),
                        "done": i.progress.map { "\(Int(($0 * 100).rounded())) %" } ?? "?",
                        "expected": "\(Int((i.expected * 100).rounded())) %",
                        "status": ObjectivesText.progressWord(i.status, l), "late": i.status == .late,
                    ]
                },
                "words": [
                    "done": l.pick(fr: "Chemin parcouru", en: "Way done"), "expected": l.pick(fr: "Temps écoulé", en: "Time gone"),
                ],
            ] as [String: Any]
        }
        return context
    }

    static func nextLevelContext(_ model: ReportModel) -> [String: Any]? {
        guard let next = model.nextLevel else { return nil }
        let lines = ObjectivesText.nextLevel(next, model)
        return [
            "heading": model.language.pick(fr: "Le niveau suivant", en: "The next level"),
            "text": lines.first ?? "",
            "actions": next.actions.map { a -> [String: Any] in
                ["title": a.title, "owner": a.owner ?? "", "hasOwner": a.owner != nil]
            },
        ]
    }
}
