import SobreCore

/// The text report's *Empreinte estimée* section and factors annex (SPEC §8).
extension TextReport {
    /// The section, empty when the questionnaire declares no indicator.
    static func footprint(_ view: FootprintView, language: Language, bold: (String) -> String) -> [String] {
        guard !view.isEmpty else { return [] }
        let w = FootprintWords(language: language)
        let colon = Words(language: language).colon
        func line(_ row: FootprintView.Row, indent: String) -> String {
            var text = indent + row.label + colon + (row.value ?? w.notEstimated)
            if let why = row.why { text += " (" + why + ")" }
            if let source = row.source, row.value != nil { text += " — " + source }
            return shown(text)
        }
        var out = ["", bold(w.title), "  " + w.intro]
        out += view.headline.map { line($0, indent: "  ") }
        if !view.others.isEmpty {
            out.append("  " + w.others)
            out += view.others.map { line($0, indent: "    ") }
        }
        out.append("")
        out.append(bold(w.savingsTitle))
        if view.savings.isEmpty {
            out.append("  " + w.noSavings)
        } else {
            out.append("  " + w.savingsNote)
            out += view.savings.map { shown("  " + $0.label + colon + ($0.value ?? "")) }
        }
        return out
    }

    /// The factors annex, empty when there is none.
    static func factorsAnnex(_ view: FootprintView, language: Language, bold: (String) -> String) -> [String] {
        guard !view.factors.isEmpty else { return [] }
        let w = FootprintWords(language: language)
        let colon = Words(language: language).colon
        var out = ["", bold(w.factorsTitle)]
        out += view.factors.map { f in
            shown("  " + f.label + colon + f.value + " — " + f.source + (f.replaced ? " (" + w.replaced + ")" : ""))
        }
        if view.anyReplaced { out.append("  " + w.replacedNote) }
        return out
    }
}
