import SobreCore

/// The text comparison's *Empreinte estimée* table (SPEC §8).
extension CompareText {
    static func footprint(_ footprint: CompareFootprint?, layout: CompareLayout, bold: (String) -> String) -> [String] {
        guard let footprint else { return [] }
        let w = FootprintWords(language: layout.language)
        var rows: [[(String, Level?)]] = [[(layout.words.site, nil), ("", nil)] + footprint.columns.map { ($0.short, nil) }]
        for line in footprint.sites + footprint.association {
            rows.append([(truncate(line.label, 34), nil), ("", nil)] + line.cells.map { ($0, nil) })
        }
        var out = ["", bold(w.title), "  " + w.intro]
        out += table(rows, separatorBefore: rows.count - footprint.association.count, bold: bold, paint: { s, _ in s })
        out.append(shown(w.indicator + "s : " + footprint.columns.map { "\($0.short) = \($0.label)" }.joined(separator: " · ")))
        out.append(footprint.coverage)
        return out
    }
}
