import Mustache
import SobreCore

/// The comparison as HTML or Markdown from the Mustache templates `Reports/compare.html.mustache`
/// and `Reports/compare.md.mustache`, which an association can restyle.
public enum CompareTemplate {
    /// The template's file name in `Reports/`.
    public static func templateName(_ format: TemplateReport.Format) -> String {
        switch format {
        case .html: "compare.html.mustache"
        case .markdown: "compare.md.mustache"
        }
    }

    /// Renders the comparison with the template text; `by` adds the table of its groups.
    public static func render(
        _ comparison: Comparison, template: String, format: TemplateReport.Format, by grouping: SiteGrouping? = nil,
        common: CommonTargets? = nil
    ) throws(TemplateReport.TemplateError) -> String {
        try page(comparison, template: template, format: format, by: grouping, common: common).finished
    }

    /// The page before it is written: a large comparison's page is handed over in pieces
    /// (`RenderedPage.write(to:)`), not held twice.
    public static func page(
        _ comparison: Comparison, template: String, format: TemplateReport.Format, by grouping: SiteGrouping? = nil,
        common: CommonTargets? = nil
    ) throws(TemplateReport.TemplateError) -> RenderedPage {
        let text = try TemplateReport.parse(template, language: comparison.language)
            .render(context(comparison, format: format, by: grouping, common: common))
        return RenderedPage(pieces: [text], format: format, language: comparison.language)
    }

    /// The same with a template whose parsing started earlier (`TemplateParse`): before the
    /// files were read.
    public static func page(
        _ comparison: Comparison, template: TemplateParse, format: TemplateReport.Format, by grouping: SiteGrouping? = nil,
        common: CommonTargets? = nil
    ) throws(TemplateReport.TemplateError) -> RenderedPage {
        let pieces = try template.template(language: comparison.language).render(context(comparison, format: format, by: grouping, common: common))
        return RenderedPage(pieces: pieces, format: format, language: comparison.language)
    }

    /// The values templates see: words in the comparison's language, numbers rounded.
    static func context(_ comparison: Comparison, format: TemplateReport.Format, by grouping: SiteGrouping?,
                        common: CommonTargets? = nil) -> [String: Any] {
        let layout = CompareLayout(comparison)
        let w = layout.words
        let summary = comparison.summary
        let html = format == .html
        func cell(_ score: Double?, _ level: Level?, theme: String) -> [String: Any] {
            CompareRow.Cell(score, level, theme: theme, layout: layout).dictionary
        }
        func statisticsRow(_ label: String, _ pick: (ScoreStatistics) -> Double) -> [String: Any] {
            let overall = summary.overall.statistics.map(pick)
            return [
                "label": label, "overall": cell(overall, layout.level(for: overall), theme: w.overall),
                "cells": summary.themes.filter { !$0.theme.informational }.map { t in
                    let value = t.statistics.map(pick)
                    return cell(value, layout.level(for: value), theme: t.theme.title)
                },
            ]
        }
        // Rows are made on every core as the template reads them, a block at a time: for
        // thousands of sites they were most of the context, and all held at once beside the page.
        let ranking = layout.ranking
        let rows = LazyTemplateList(count: ranking.count) { CompareRow(ranking[$0], layout: layout, html: html) }
        let mentors: [[String: Any]] = summary.themes.filter { !$0.theme.informational }.map { t in
            [
                "theme": t.theme.title, "assessed": t.statistics != nil,
                "best": layout.names(t.bestSites, limit: 3), "bestScore": AnswerText.score(t.statistics?.max, levels: layout.levels),
                "bestLevel": t.bestLevel?.name ?? "", "colour": layout.colour(t.bestLevel),
                "support": layout.names(t.sitesToSupport, limit: 8), "hasSupport": !t.sitesToSupport.isEmpty,
            ]
        }
        let themeTitles = Dictionary(comparison.themes.map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
        let footprint = CompareFootprint(layout)
        let actions: [[String: Any]] = summary.commonActions.map { a in
            let saved = footprint?.savings(a, words: w)
            return [
                "savings": saved ?? "", "hasSavings": saved != nil,
                "title": a.title, "theme": themeTitles[a.themeID] ?? a.themeID, "count": a.sites.count,
                "sites": w.sites(a.sites.count), "names": layout.names(a.sites, limit: 12),
            ]
        }
        var context: [String: Any] = [
            "lang": layout.language.rawValue, "colon": Words(language: layout.language).colon, "title": layout.title, "heading": w.heading,
            "siteCount": w.sites(comparison.sites.count), "assessmentCount": w.assessments(layout.assessmentCount),
            "themes": zip(layout.themes, layout.abbreviations).map { ["id": $0.id, "title": $0.title, "short": $1] },
            "rows": rows, "hasRows": rows.count > 0,
            "mean": statisticsRow(w.mean, \.mean), "median": statisticsRow(w.median, \.median),
            "levels": layout.levels.map { level -> [String: Any] in
                ["name": level.name, "colour": layout.colour(level), "min": AnswerText.number(level.min, language: layout.language),
                 "count": summary.overall.sites(atLevel: level.id), "sites": w.sites(summary.overall.sites(atLevel: level.id))]
            },
            "hasInProgress": comparison.sites.contains { $0.latest.status == .inProgress },
            "cappedNote": layout.cappedNote ?? "", "hasCapped": layout.cappedNote != nil,
            "hasNotComparable": layout.hasNotComparable,
            "mentors": mentors, "actions": actions, "hasActions": !actions.isEmpty,
            "versions": comparison.versions.map { v -> [String: Any] in
                ["name": w.version(v), "sites": w.sites(v.sites.count), "assessments": w.assessments(v.assessments),
                 "names": layout.names(v.sites, limit: 12), "hasNames": comparison.versions.count > 1 && !v.sites.isEmpty]
            },
            "mixedVersions": comparison.versions.count > 1,
            "errors": comparison.errors.map { ["file": $0.file, "message": $0.message] },
            "hasErrors": !comparison.errors.isEmpty, "errorCount": comparison.errors.count,
            "byGroup": grouping != nil,
            "words": [
                "site": w.site, "heatmap": w.heatmap, "group": w.group(grouping ?? .group), "date": w.date, "overall": w.overall, "change": w.change,
                "changeLong": w.changeLong, "history": w.history, "inProgress": w.inProgress, "levels": w.levels,
                "distribution": w.distribution, "mentors": w.mentors, "best": w.best, "canHelp": w.canHelp,
                "canHelpHeader": w.canHelpHeader, "together": w.together, "togetherIntro": w.togetherIntro, "noCommonAction": w.noCommonAction,
                "questionnaires": w.questionnaires, "byGroup": w.byGroup(grouping ?? .group), "ignored": w.ignored, "theme": w.theme,
                "action": w.action, "sites": w.sitesWord, "score": w.score, "level": w.level, "file": w.file,
                "problem": w.problem, "generated": w.generated, "heatmapNote": w.heatmapNote, "statsNote": w.statsNote,
                "notAssessed": w.notAssessed, "notComparable": w.notComparableLegend, "groupNote": w.groupNote(grouping ?? .group),
                "from": layout.language.pick(fr: "à partir de", en: "from"),
            ],
        ]
        // The short headers in full, for a printed page where the `abbr` titles do not show.
        let cut = zip(layout.abbreviations, layout.themes).filter { $0.0 != $0.1.title }
        if !cut.isEmpty {
            context["themeKey"] = w.themes + Words(language: layout.language).colon
                + cut.map { "\($0.0) = \($0.1.title)" }.joined(separator: " · ")
        }
        if let grouping {
            context["groups"] = comparison.groups(by: grouping).map { g -> [String: Any] in
                let mean = g.summary.overall.statistics?.mean
                return [
                    "name": layout.groupName(g.name, grouping), "sites": g.summary.siteIDs.count,
                    "overall": cell(mean, layout.level(for: mean), theme: w.overall),
                    "cells": g.summary.themes.filter { !$0.theme.informational }.map { t in
                        cell(t.statistics?.mean, layout.level(for: t.statistics?.mean), theme: t.theme.title)
                    },
                    "actions": g.summary.commonActions.prefix(5).map { ["title": $0.title, "sites": w.sites($0.sites.count)] },
                ]
            }
        }
        if let footprint {
            let words = FootprintWords(language: layout.language)
            // `cellsHTML` for the HTML template's association rows (its site rows come whole, in
            // `siteRowsHTML`); `cells` stays for any template that renders them itself.
            func line(_ l: CompareFootprint.Line, strong: Bool) -> [String: Any] {
                html && strong ? ["label": l.label, "cells": l.cells, "cellsHTML": l.htmlCells(strong: strong)] : ["label": l.label, "cells": l.cells]
            }
            context["footprint"] = [
                "title": words.title, "intro": words.intro, "coverage": footprint.coverage,
                "columns": footprint.columns.map { ["id": $0.id, "label": $0.label, "short": $0.short] },
                "sites": footprint.sites.map { line($0, strong: false) }, "association": footprint.association.map { line($0, strong: true) },
                "siteRowsHTML": html ? footprint.siteRowsHTML : "",
            ] as [String: Any]
        }
        if let objectives = CompareObjectives(comparison, layout: layout) {
            context["objectives"] = ["title": objectives.title, "lines": objectives.lines] as [String: Any]
        }
        if let common, common.measured(on: comparison) {
            let section = CompareCommonObjectives(common, comparison: comparison, layout: layout)
            context["commonObjectives"] = ["title": section.title, "lines": section.lines] as [String: Any]
        }
        if let association = CompareAssociations(comparison, layout: layout) {
            context["association"] = ["title": association.title, "lines": association.lines] as [String: Any]
        }
        if html { context["distributionChart"] = CompareChart.distribution(layout) }
        return context
    }
}
