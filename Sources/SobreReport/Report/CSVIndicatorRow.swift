import SobreCore

/// An indicator's row of the CSV report (SPEC §8): its label and unit, its value to 2
/// significant digits (empty when not estimated), and in the note its source, or the
/// answers it misses.
enum CSVIndicatorRow {
    static func cells(
        _ estimate: IndicatorEstimate, language: Language,
        row: (_ text: String, _ value: CSVReport.Cell, _ note: String) -> [CSVReport.Cell]
    ) -> [CSVReport.Cell] {
        let indicator = estimate.indicator
        let text = "\(indicator.label) (\(indicator.unit))"
        guard let value = estimate.value else {
            let missing = estimate.missing.isEmpty ? ""
                : language.pick(fr: "réponses manquantes : ", en: "missing answers: ") + estimate.missing.joined(separator: ", ")
            return row(text, .text(language.pick(fr: "non estimé", en: "not estimated")), missing)
        }
        return row(text, .number(SignificantFigures.rounded(value)), indicator.source ?? "")
    }
}
