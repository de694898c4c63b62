import SobreCore

/// The comparison for a terminal: a sites × themes table with levels, sorted by overall score,
/// the association's mean and median, then who can help whom and the projects to run together.
///
/// Every name and text from the files is neutralised (`TerminalText`), in a file too.
public enum CompareText {
    /// The whole text; `colour` adds ANSI bold and level colours; `by` adds a table of its groups.
    public static func render(_ comparison: Comparison, by grouping: SiteGrouping? = nil, colour: Bool = false,
                              common: CommonTargets? = nil) -> String {
        let layout = CompareLayout(comparison)
        let w = layout.words
        let short = layout.levelShortNames
        func bold(_ s: String) -> String { colour ? "\u{1B}[1m\(shown(s))\u{1B}[0m" : shown(s) }
        func paint(_ raw: String, _ level: Level?) -> String {
            let s = shown(raw)
            guard colour, let level, let position = layout.levels.firstIndex(where: { $0.id == level.id }) else { return s }
            let codes = ["31", "33", "32", "32;1"]
            let k = layout.levels.count <= 1 ? 0 : position * (codes.count - 1) / (layout.levels.count - 1)
            return "\u{1B}[\(codes[k])m\(s)\u{1B}[0m"
        }
        func cell(_ score: Double?, _ level: Level?, capped: Bool = false) -> (String, Level?) {
            guard let score else { return ("—", nil) }
            return ("\(AnswerText.score(score, levels: layout.levels)) \(level.flatMap { short[$0.id] } ?? "")\(capped ? Words.cappedMark : "")", level)
        }

        var out: [String] = []
        out.append(bold("\(layout.title) — \(w.heading.lowercased())"))
        out.append("\(w.sites(comparison.sites.count)) · \(w.assessments(layout.assessmentCount))")
        out.append("")

        // The table: one row per site, then the association's mean and median.
        var rows: [[(String, Level?)]] = []
        var header: [(String, Level?)] = [(w.site, nil), (w.date, nil), (w.overall, nil), (w.change, nil)]
        header += layout.abbreviations.map { ($0, nil) }
        rows.append(header)
        for record in layout.ranking {
            let latest = record.latest
            var row: [(String, Level?)] = [
                (truncate(record.name, 34), nil), (latest.date + (latest.status == .inProgress ? " *" : ""), nil),
                cell(latest.overallScore, latest.overallLevel, capped: latest.capped), (layout.change(record), nil),
            ]
            row += layout.themes.map { theme in
                let t = latest.theme(theme.id)
                return cell(t?.score, t?.level)
            }
            rows.append(row)
        }
        let summary = comparison.summary
        for (label, pickValue) in [(w.mean, { (s: ScoreStatistics) in s.mean }), (w.median, { (s: ScoreStatistics) in s.median })] {
            var row: [(String, Level?)] = [(label, nil), ("", nil)]
            let overall = summary.overall.statistics.map(pickValue)
            row.append(cell(overall, layout.level(for: overall)))
            row.append(("", nil))
            row += summary.themes.filter { !$0.theme.informational }.map { t in
                let value = t.statistics.map(pickValue)
                return cell(value, layout.level(for: value))
            }
            rows.append(row)
        }
        out += table(rows, separatorBefore: rows.count - 2, bold: bold, paint: paint)
        out.append("")
        if !layout.levels.isEmpty {
            out.append(shown("\(w.levels) : " + layout.levels.map { "\(short[$0.id] ?? "") = \($0.name)" }.joined(separator: " · ")
                + (comparison.sites.contains { $0.latest.status == .inProgress } ? "  ·  * \(w.inProgress)" : "")))
        }
        out.append(shown("\(w.themes) : " + zip(layout.abbreviations, layout.themes).map { "\($0) = \($1.title)" }.joined(separator: " · ")))
        out.append("\(w.change) : \(w.changeLong.lowercased())")
        if layout.hasNotComparable { out.append(w.notComparableLegend) }
        if let note = layout.cappedNote { out.append(note) }
        if !layout.levels.isEmpty {
            out.append("")
            out.append(bold(w.distribution))
            let counts = layout.levels.map { summary.overall.sites(atLevel: $0.id) }
            let top = max(counts.max() ?? 0, 1)
            let names = layout.levels.map { shown($0.name) }
            let width = names.map(\.count).max() ?? 0
            for (level, (name, n)) in zip(layout.levels, zip(names, counts)) {
                let bar = String(repeating: "█", count: (n * 30 + top - 1) / top)
                out.append("  " + name + String(repeating: " ", count: width - name.count) + "  " + paint(bar, level)
                    + (bar.isEmpty ? "" : " ") + String(n))
            }
        }

        let footprint = CompareFootprint(layout)
        out += Self.footprint(footprint, layout: layout, bold: bold)

        out.append("")
        out.append(bold(w.mentors))
        for t in summary.themes where !t.theme.informational {
            guard let stats = t.statistics else {
                out.append(shown("  \(t.theme.title) : \(w.notAssessed)"))
                continue
            }
            var line = "  \(t.theme.title) : \(layout.names(t.bestSites, limit: 3)) (\(AnswerText.score(stats.max, levels: layout.levels)))"
            if !t.sitesToSupport.isEmpty { line += " → \(w.canHelp) : \(layout.names(t.sitesToSupport, limit: 5))" }
            out.append(shown(line))
        }

        out.append("")
        out.append(bold(w.together))
        if summary.commonActions.isEmpty { out.append("  " + w.noCommonAction) }
        for action in summary.commonActions.prefix(15) {
            out.append("  " + pad(w.sites(action.sites.count), 9) + "  " + shown(action.title))
            if let saved = footprint?.savings(action, words: w) { out.append("             " + shown(saved)) }
        }
        if summary.commonActions.count > 15 {
            out.append("  … " + layout.language.pick(fr: "et \(summary.commonActions.count - 15) autres (voir --format html ou json)",
                                                      en: "and \(summary.commonActions.count - 15) more (see --format html or json)"))
        }

        if let grouping {
            out.append("")
            out.append(bold(w.byGroup(grouping)))
            var groupRows: [[(String, Level?)]] = [[(w.group(grouping), nil), (w.sitesWord, nil), (w.overall, nil)] + layout.abbreviations.map { ($0, nil) }]
            for g in comparison.groups(by: grouping) {
                let mean = g.summary.overall.statistics?.mean
                var row: [(String, Level?)] = [(truncate(layout.groupName(g.name, grouping), 34), nil), (String(g.summary.siteIDs.count), nil),
                                               cell(mean, layout.level(for: mean))]
                row += g.summary.themes.filter { !$0.theme.informational }.map { t in
                    let value = t.statistics?.mean
                    return cell(value, layout.level(for: value))
                }
                groupRows.append(row)
            }
            out += table(groupRows, separatorBefore: nil, bold: bold, paint: paint)
            out.append("  " + w.groupNote(grouping))
        }

        out.append("")
        out.append(bold(w.questionnaires))
        for v in comparison.versions {
            let who = comparison.versions.count > 1 && !v.sites.isEmpty ? " (" + layout.names(v.sites, limit: 8) + ")" : ""
            out.append(shown("  \(w.version(v)) : \(w.sites(v.sites.count))\(who), \(w.assessments(v.assessments))"))
        }
        if let objectives = CompareObjectives(comparison, layout: layout) {
            out.append("")
            out.append(bold(objectives.title))
            for line in objectives.lines { out.append(shown("  " + line)) }
        }
        if let common, common.measured(on: comparison) {
            let section = CompareCommonObjectives(common, comparison: comparison, layout: layout)
            out.append("")
            out.append(bold(section.title))
            for line in section.lines { out.append(shown("  " + line)) }
        }
        if let association = CompareAssociations(comparison, layout: layout) {
            out.append("")
            out.append(bold(association.title))
            for line in association.lines { out.append(shown("  " + line)) }
        }
        if !comparison.errors.isEmpty {
            out.append("")
            out.append(bold("\(w.ignored) : \(comparison.errors.count)"))
            for e in comparison.errors { out.append(shown("  \(e.file) : \(e.message)")) }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// Columns two spaces apart; the first two left-aligned, the others right-aligned.
    static func table(
        _ rawRows: [[(String, Level?)]], separatorBefore: Int?, bold: (String) -> String, paint: (String, Level?) -> String
    ) -> [String] {
        let rows = rawRows.map { $0.map { (shown($0.0), $0.1) } }
        let columns = rows.map(\.count).max() ?? 0
        var widths = Array(repeating: 0, count: columns)
        for row in rows { for (i, c) in row.enumerated() { widths[i] = max(widths[i], c.0.count) } }
        var lines: [String] = []
        for (r, row) in rows.enumerated() {
            if r == separatorBefore { lines.append(String(repeating: "─", count: widths.reduce(0, +) + 2 * (columns - 1))) }
            var parts: [String] = []
            for (i, c) in row.enumerated() {
                let gap = String(repeating: " ", count: widths[i] - c.0.count)
                let text = i < 2 ? c.0 + gap : gap + c.0
                parts.append(r == 0 ? bold(text) : paint(text, c.1))
            }
            var line = parts.joined(separator: "  ")
            while line.hasSuffix(" ") { line.removeLast() }
            lines.append(line)
        }
        return lines
    }

    static func shown(_ s: String) -> String {
        TerminalText.neutralised(s)
    }

    static func truncate(_ s: String, _ n: Int) -> String {
        s.count <= n ? s : String(s.prefix(n - 1)) + "…"
    }

    private static func pad(_ s: String, _ n: Int) -> String {
        String(repeating: " ", count: max(0, n - s.count)) + s
    }
}
