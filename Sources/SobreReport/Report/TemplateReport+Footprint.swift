import SobreCore

/// What templates see of the *Empreinte estimée* section and its annex (SPEC §8), as
/// `footprint` (absent when the questionnaire declares no indicator).
extension TemplateReport {
    static func footprintContext(_ view: FootprintView, language: Language) -> [String: Any]? {
        guard !view.isEmpty else { return nil }
        let w = FootprintWords(language: language)
        func row(_ r: FootprintView.Row) -> [String: Any] {
            [
                "id": r.id, "label": r.label, "value": r.value ?? w.notEstimated, "estimated": r.value != nil,
                "why": r.why ?? "", "hasWhy": r.why != nil,
                "source": r.source ?? "", "hasSource": r.source != nil && r.value != nil,
                "description": r.description ?? "", "hasDescription": r.description != nil,
            ]
        }
        return [
            "title": w.title, "intro": w.intro,
            "headline": view.headline.map(row),
            "others": view.others.map(row), "hasOthers": !view.others.isEmpty, "othersTitle": w.others,
            "savingsTitle": w.savingsTitle, "savingsNote": w.savingsNote, "noSavings": w.noSavings,
            "savings": view.savings.map(row), "hasSavings": !view.savings.isEmpty,
            "factorsTitle": w.factorsTitle, "hasFactors": !view.factors.isEmpty,
            "factors": view.factors.map { f -> [String: Any] in
                ["id": f.id, "label": f.label, "value": f.value, "source": f.source, "replaced": f.replaced]
            },
            "anyReplaced": view.anyReplaced, "replacedNote": w.replacedNote,
            "words": [
                "indicator": w.indicator, "estimate": w.estimate, "source": w.source, "factor": w.factor,
                "value": w.value, "replaced": w.replaced, "itemSavings": w.itemSavings,
            ],
        ]
    }
}
