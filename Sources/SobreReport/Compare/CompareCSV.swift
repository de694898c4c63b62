import SobreCore

/// The comparison for a French spreadsheet: `;`, UTF-8 BOM, decimal comma in French, no formula
/// injection (as `CSVReport`). Scores are rounded to one decimal.
public enum CompareCSV {
    /// One row per site (its latest assessment) with each theme's score and level; `long` gives
    /// instead one row per site × date × theme. `by` sorts the rows by its group, then site id.
    public static func render(_ comparison: Comparison, long: Bool = false, by grouping: SiteGrouping? = nil) -> String {
        let layout = CompareLayout(comparison)
        let fr = comparison.language == .fr
        typealias Cell = CSVReport.Cell
        func score(_ x: Double?) -> Cell { x.map { .number(ShownScore.value($0, levels: layout.levels, decimals: 1)) } ?? .text("") }
        // A change is no score: rounded to one decimal, no level bounds it.
        func change(_ x: Double?) -> Cell { x.map { .number(ShownScore.value($0, levels: [], decimals: 1)) } ?? .text("") }
        func status(_ s: Assessment.Status) -> Cell { .text(layout.words.status(s)) }
        // The themes holding a capped overall level down, empty when not capped.
        func cappedBy(_ a: ComparedAssessment) -> Cell { .text(layout.cappedBy(a).joined(separator: " ; ")) }
        var sites = comparison.sites
        if let grouping {
            sites.sort { a, b in
                let x = grouping.key(of: a.site) ?? "\u{10FFFF}", y = grouping.key(of: b.site) ?? "\u{10FFFF}"
                return x.unicodeScalars.elementsEqual(y.unicodeScalars) ? a.id < b.id : SiteGrouping.precedes(x, y)
            }
        }
        var rows: [[Cell]] = []
        if long {
            rows.append((fr
                ? ["site", "nom", "groupe", "date", "statut", "version", "thème", "intitulé", "score", "niveau", "score global", "niveau global", "plafonné par"]
                : ["site", "name", "group", "date", "status", "version", "theme", "title", "score", "level", "overall score", "overall level", "capped by"])
                .map { .text($0) })
            for record in sites {
                for a in record.history {
                    for t in a.themes where !t.informational {
                        rows.append([
                            .text(record.id), .text(record.name), .text(record.site.group ?? ""), .text(a.date), status(a.status),
                            .text("\(a.questionnaire.id) \(a.questionnaire.version)"), .text(t.id), .text(t.title),
                            score(t.score), .text(t.level?.name ?? ""), score(a.overallScore), .text(a.overallLevel?.name ?? ""),
                            cappedBy(a),
                        ])
                    }
                }
            }
        } else {
            var header: [String] = fr
                ? ["site", "nom", "groupe", "date", "statut", "version", "score global", "niveau global", "plafonné par", "évolution"]
                : ["site", "name", "group", "date", "status", "version", "overall score", "overall level", "capped by", "change"]
            for theme in layout.themes {
                header += [fr ? "\(theme.title) (score)" : "\(theme.title) (score)", fr ? "\(theme.title) (niveau)" : "\(theme.title) (level)"]
            }
            rows.append(header.map { .text($0) })
            for record in sites {
                let a = record.latest
                var row: [Cell] = [
                    .text(record.id), .text(record.name), .text(record.site.group ?? ""), .text(a.date), status(a.status),
                    .text("\(a.questionnaire.id) \(a.questionnaire.version)"), score(a.overallScore),
                    .text(a.overallLevel?.name ?? ""), cappedBy(a), change(layout.delta(record)),
                ]
                for theme in layout.themes {
                    let t = a.theme(theme.id)
                    row += [score(t?.score), .text(t?.level?.name ?? "")]
                }
                rows.append(row)
            }
        }
        return "\u{FEFF}" + rows.map { row in row.map { $0.rendered(decimalComma: fr) }.joined(separator: ";") }.joined(separator: "\r\n") + "\r\n"
    }
}
