import SobreCore

/// The cells of a site's row in the HTML heatmap, made in Swift for `{{{overallCell}}}` and
/// `{{{themeCells}}}` in `Reports/compare.html.mustache`.
///
/// Why not in the template: a row of eight theme cells is some seventy Mustache lookups, each a
/// chain of dynamic casts and an escape character by character; for 34,000 sites that was most
/// of the time of an HTML comparison. The markup is the one the template used to hold, with the
/// same escaping as Mustache's `{{…}}` (`SVGChart.escape`), so the page is the same to the byte.
/// The rest of the row stays in the template, and each row still has `overall` and `cells` with
/// every key, so a template that renders the cells itself keeps working.
enum CompareHeatCell {
    /// One cell: score, level, background `colour` and text colour `ink`; `theme` and `level` also in the title.
    ///
    /// An unassessed overall cell has no title (`titledWhenNotAssessed` false), as the template had it.
    static func html(score: String, assessed: Bool, level: String, colour: String, ink: String, theme: String,
                     titledWhenNotAssessed: Bool) -> String {
        let e = SVGChart.escape
        if assessed {
            return "<td class=\"c\" style=\"background: \(e(colour)); color: \(e(ink))\" title=\"\(e(theme)) : \(e(level))\">\(e(score))<span>\(e(level))</span></td>"
        }
        return titledWhenNotAssessed ? "<td class=\"c na\" title=\"\(e(theme)) : \(e(level))\">—</td>" : "<td class=\"c na\">—</td>"
    }
}
