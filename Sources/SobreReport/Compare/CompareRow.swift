import Mustache
import SobreCore

/// A site's row of the heatmap as the comparison templates see it: the same keys and values as
/// a dictionary would give, made on every core, with `overall` and `cells` made only when a
/// template asks for them.
///
/// Why: for thousands of sites, making each row's text (sparkline, cells, history) on one core,
/// and nine dictionaries of score cells per row that the bundled template no longer reads (it
/// shows `overallCell` and `themeCells`), was most of the work before rendering.
struct CompareRow: Sendable, MustacheParent {
    /// A score cell's values, the keys of `cell` in the template context.
    struct Cell: Sendable {
        let score: String
        let assessed: Bool
        let level: String
        let colour: String
        /// The text colour that reads on `colour`.
        let ink: String
        let theme: String

        /// `capped` marks a level lowered by `weakest_link` (`Words.cappedMark`).
        init(_ score: Double?, _ level: Level?, theme: String, layout: CompareLayout, capped: Bool = false) {
            self.score = AnswerText.score(score, levels: layout.levels)
            assessed = score != nil
            self.level = (level?.name ?? layout.words.notAssessed) + (capped ? Words.cappedMark : "")
            let swatch = layout.swatch(level)
            colour = swatch.background
            ink = swatch.ink
            self.theme = theme
        }

        /// The cell as the template context holds it.
        var dictionary: [String: Any] {
            ["score": score, "assessed": assessed, "level": level, "colour": colour, "ink": ink, "theme": theme]
        }
    }

    /// What only the HTML template shows, already as markup.
    struct Markup: Sendable {
        let sparkline: String
        let overallCell: String
        let themeCells: String
    }

    let id: String
    let name: String
    let group: String
    let hasGroup: Bool
    let date: String
    let inProgress: Bool
    let overall: Cell
    let delta: String
    let history: String
    let cells: [Cell]
    let markup: Markup?

    /// The row of `record`; `html` adds the markup.
    init(_ record: SiteRecord, layout: CompareLayout, html: Bool) {
        let latest = record.latest
        let w = layout.words
        id = record.id
        name = record.name
        group = record.site.group ?? ""
        hasGroup = record.site.group != nil
        date = latest.date
        inProgress = latest.status == .inProgress
        overall = Cell(latest.overallScore, latest.overallLevel, theme: w.overall, layout: layout, capped: latest.capped)
        delta = layout.change(record)
        history = record.history.map { AnswerText.score($0.overallScore, levels: layout.levels) }.joined(separator: " → ")
        let cells = layout.themes.map { theme in
            let t = latest.theme(theme.id)
            return Cell(t?.score, t?.level, theme: theme.title, layout: layout)
        }
        self.cells = cells
        guard html else {
            markup = nil
            return
        }
        func heatCell(_ cell: Cell, titled: Bool) -> String {
            CompareHeatCell.html(score: cell.score, assessed: cell.assessed, level: cell.level, colour: cell.colour,
                                 ink: cell.ink, theme: cell.theme, titledWhenNotAssessed: titled)
        }
        markup = Markup(sparkline: CompareChart.sparkline(record, layout: layout),
                        overallCell: heatCell(overall, titled: false),
                        themeCells: cells.map { heatCell($0, titled: true) }.joined())
    }

    /// The value of a key, as the row's dictionary had it; nil for any other key, so that the
    /// template looks further up its context as it did.
    func child(named name: String) -> Any? {
        switch name {
        case "id": return id
        case "name": return self.name
        case "group": return group
        case "hasGroup": return hasGroup
        case "date": return date
        case "inProgress": return inProgress
        case "overall": return overall.dictionary
        case "delta": return delta
        case "history": return history
        case "cells": return cells.map(\.dictionary)
        default: break
        }
        guard let markup else { return nil }
        switch name {
        case "sparkline": return markup.sparkline
        case "overallCell": return markup.overallCell
        case "themeCells": return markup.themeCells
        default: return nil
        }
    }
}
