import SobreCore

/// The objectives of an assessment in words, as `sobre targets` shows them.
public enum TargetsSummary {
    /// One line a target, or how to set some when there are none. Texts from the file are shown inert.
    public static func lines(_ targets: Targets?, questionnaire: Questionnaire, path: String) -> [String] {
        let l = questionnaire.language
        guard let targets else {
            // A theme that is scored: a target on an informational one (an inventory) means nothing.
            let theme = questionnaire.themes.first(where: \.isScored)?.id ?? "theme"
            let top = questionnaire.levels.dropFirst().first?.id ?? 2
            return [l.pick(fr: "Aucun objectif dans cette évaluation.", en: "No objectives in this assessment."),
                    l.pick(fr: "Pour en fixer : sobre targets \(path) --by 2029 --overall \(top) --theme \(theme)=\(top)",
                           en: "To set some: sobre targets \(path) --by 2029 --overall \(top) --theme \(theme)=\(top)")]
        }
        var lines = [l.pick(fr: "Objectifs pour \(targets.by) :", en: "Objectives for \(targets.by):")]
        func level(_ id: Int) -> String {
            questionnaire.level(id: id).map { "\(id) — \(TerminalText.neutralised($0.name))" } ?? "\(id)"
        }
        if let overall = targets.overall {
            lines.append("  " + l.pick(fr: "Niveau global : ", en: "Overall level: ") + level(overall))
        }
        let colon = l.pick(fr: " : ", en: ": ")
        for theme in targets.themes {
            let title = questionnaire.theme(theme.id)?.title ?? theme.id
            lines.append("  \(TerminalText.neutralised(title))\(colon)" + level(theme.level))
        }
        for indicator in targets.indicators {
            let label = questionnaire.indicators.first { $0.id == indicator.id }?.label ?? indicator.id
            lines.append("  \(TerminalText.neutralised(label))\(colon)\(ShownPercent.text(indicator.percent)) %")
        }
        if targets.isEmpty {
            lines.append("  " + l.pick(fr: "(une année, aucun niveau ni indicateur visé)", en: "(a year, no level or indicator aimed at)"))
        }
        return lines
    }
}

/// A change in percent as shown: a sign, no needless decimals (−20, +5, −12.5).
enum ShownPercent {
    static func text(_ percent: Double) -> String {
        let rounded = (percent * 10).rounded() / 10
        // A whole number without its ".0"; beyond Int's range (a typed 1e300) as Swift writes it.
        let body = rounded == rounded.rounded() && abs(rounded) < 1e15 ? String(Int(abs(rounded))) : String(abs(rounded))
        return (rounded < 0 ? "−" : rounded > 0 ? "+" : "") + body
    }
}
