import SobreCore

/// The report for a terminal: the level, a bar per theme, the quick wins, then the plan by horizon.
///
/// Every text from the questionnaire or the assessment is neutralised (`TerminalText`), on a
/// terminal or in a file alike: a text report is meant to be `cat`ed.
public enum TextReport {
    /// The whole report; `colour` adds ANSI bold.
    public static func render(_ model: ReportModel, colour: Bool = false) -> String {
        lines(model, colour: colour, summaryOnly: false).joined(separator: "\n") + "\n"
    }

    /// The short summary printed at the end of an interview: the level, the themes, the quick wins.
    public static func summary(_ model: ReportModel, colour: Bool = false) -> String {
        lines(model, colour: colour, summaryOnly: true).joined(separator: "\n") + "\n"
    }

    private static func lines(_ model: ReportModel, colour: Bool, summaryOnly: Bool) -> [String] {
        let w = Words(language: model.language)
        let q = model.questionnaire
        let a = model.assessment
        func bold(_ s: String) -> String { colour ? "\u{1B}[1m\(shown(s))\u{1B}[0m" : shown(s) }
        var out: [String] = []
        out.append(bold("\(q.title) — \(q.version)"))
        out.append(shown(([a.site.name ?? a.site.id] + [a.site.category].compactMap { $0 } + [w.date(a.date), w.status(a.status)])
            .joined(separator: " · ")))
        if let line = w.associationLine(a) { out.append(shown(line)) }
        out.append("")
        if !summaryOnly {
            out.append(bold(w.keyPointTitle) + w.colon + shown(w.keyPoint(model, levelText: w.overallLevelText(model))))
            out.append("")
            let first = ObjectivesText.thisYear(model)
            if !first.isEmpty { out += [bold(first[0])] + first.dropFirst().map(shown) + [""] }
        }
        out.append(bold("\(w.overallLevel) : \(w.overallLevelText(model))") + "  —  \(w.score) \(AnswerText.score(model.overall.score, levels: model.questionnaire.levels))/100")
        if model.capped { out.append("  " + shown(w.capped(by: model.levelByScore, holding: model.cappedBy))) }
        if let p = model.previous { out.append("  " + shown(w.sinceLine(p, now: model.overall.score, levels: model.questionnaire.levels))) }
        out.append("")
        out.append(bold(w.byTheme))
        let titles = model.themes.map { shown($0.theme.title) }
        let width = titles.map(\.count).max() ?? 10
        for (t, plainTitle) in zip(model.themes, titles) {
            let title = plainTitle + String(repeating: " ", count: max(0, width - plainTitle.count))
            if let score = t.score {
                let filled = min(20, max(0, Int((score / 5).rounded())))
                let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: 20 - filled)
                var line = "  \(title)  \(bar) \(pad(AnswerText.score(score, levels: model.questionnaire.levels), 3))  \(shown(t.level?.name ?? ""))"
                if let d = model.previous?.themes.first(where: { $0.id == t.theme.id }), d.delta != nil {
                    line += "  (\(w.signed(d.delta)))"
                }
                out.append(line)
            } else {
                out.append("  \(title)  \(t.informational ? w.informational : w.notAssessed)")
            }
        }
        if !summaryOnly { out += BenchmarkText.lines(model, bold: bold) }
        if !summaryOnly, case let objectives = ObjectivesText.section(model), !objectives.isEmpty {
            out += ["", bold(objectives[0])] + objectives.dropFirst().map(shown)
        }
        let footprint = FootprintView(model)
        if !summaryOnly { out += Self.footprint(footprint, language: model.language, bold: bold) }
        out.append("")
        out.append(bold(w.quickWins))
        if model.quickWins.isEmpty { out.append("  " + w.noAction) }
        for item in model.quickWins { out += describe(item, model, w) }
        // The interview's summary ends with what changed since the earlier assessment.
        if summaryOnly { return out + actionChanges(model, w, bold: bold) }
        // The whole plan in rank order; the quick wins above are not described twice.
        if !model.plan.isEmpty {
            out.append("")
            out.append(bold(w.plan))
            for run in ReportModel.horizonRuns(model.plan) {
                out.append("  \(w.horizon(run.horizon))")
                for item in run.items { out += item.isQuickWin ? [title(item), "      " + w.detailedAbove] : describe(item, model, w) }
            }
        }
        out += actionChanges(model, w, bold: bold)
        if !model.missingRequired.isEmpty {
            out.append("")
            out.append("\(w.missing) : \(model.missingRequired.count)")
        }
        out += factorsAnnex(footprint, language: model.language, bold: bold)
        return out
    }

    /// The actions done and the new ones since the previous assessment, after a blank line; none without one.
    private static func actionChanges(_ model: ReportModel, _ w: Words, bold: (String) -> String) -> [String] {
        guard let p = model.previous, !(p.actionsDone.isEmpty && p.actionsNew.isEmpty) else { return [] }
        var out = [""]
        if !p.actionsDone.isEmpty { out.append(bold(w.done(since: p.date)) + w.colon + shown(p.actionsDone.map(\.title).joined(separator: " ; "))) }
        if !p.actionsNew.isEmpty { out.append(bold(w.new) + w.colon + shown(p.actionsNew.map(\.title).joined(separator: " ; "))) }
        return out
    }

    private static func describe(_ item: ReportModel.PlanLine, _ model: ReportModel, _ w: Words) -> [String] {
        var lines = [title(item)]
        let reasons = item.reasons.map { "\($0.questionText) → \($0.display)" }
        if !reasons.isEmpty { lines.append("      \(w.why) : " + shown(reasons.joined(separator: " ; "))) }
        if let saved = FootprintView.savings(item.saves, model: model) {
            lines.append("      " + FootprintWords(language: model.language).itemSavings + w.colon + shown(saved))
        }
        if let credits = w.credits(of: item.action) { lines.append("      " + shown(credits)) }
        return lines
    }

    private static func title(_ item: ReportModel.PlanLine) -> String {
        "  \(pad(String(item.rank), 2)). \(shown(item.action.title))  [\(item.action.priority.plusses) / \(item.action.effort.stars)]"
    }

    static func shown(_ s: String) -> String {
        TerminalText.neutralised(s)
    }

    private static func pad(_ s: String, _ n: Int) -> String {
        String(repeating: " ", count: max(0, n - s.count)) + s
    }
}
