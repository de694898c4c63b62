import SobreCore

/// The *Empreinte estimée* section in words (SPEC §8), made once for the text, Markdown and HTML
/// reports: headline indicators first, each value rounded to two significant digits with its
/// unit and source, the answers a figure misses (their questions, not their ids), the plan's
/// totals and the factors used.
package struct FootprintView: Sendable {
    /// One indicator as shown.
    package struct Row: Sendable {
        package let id: String
        package let label: String
        /// "16 000 kWh/an"; nil when not estimated.
        package let value: String?
        /// Why it is not estimated, in words; nil when estimated.
        package let why: String?
        package let source: String?
        package let description: String?
    }

    /// One factor of the annex.
    package struct FactorRow: Sendable {
        package let id: String
        package let label: String
        /// The declared value, not rounded, with its unit.
        package let value: String
        package let source: String
        package let replaced: Bool
    }

    /// Headline indicators, in file order.
    package let headline: [Row]
    /// The others, in file order.
    package let others: [Row]
    /// The plan's totals ("environ 2 100 kWh/an"), indicators with an estimate, in file order.
    package let savings: [Row]
    package let factors: [FactorRow]
    /// Whether a `--factors` file replaced one of them.
    package var anyReplaced: Bool { factors.contains(where: \.replaced) }
    /// Whether the questionnaire declares indicators at all: without, there is no section.
    package var isEmpty: Bool { headline.isEmpty && others.isEmpty }

    package init(_ model: ReportModel) {
        let w = FootprintWords(language: model.language)
        let language = model.language
        let units = Dictionary(model.indicators.map { ($0.indicator.id, $0.indicator.unit) }) { first, _ in first }
        let rows = model.indicators.map { estimate -> (headline: Bool, row: Row) in
            let i = estimate.indicator
            let why: String?
            if estimate.value != nil {
                why = nil
            } else if estimate.missing.isEmpty {
                why = w.cannotCompute
            } else {
                why = w.missing(estimate.missing.map { model.questionnaire.question($0)?.text ?? $0 })
            }
            return (i.headline, Row(
                id: i.id, label: i.label,
                value: estimate.value.map { EstimateText.estimate($0, unit: i.unit, language: language) },
                why: why, source: i.source, description: i.description))
        }
        headline = rows.filter(\.headline).map(\.row)
        others = rows.filter { !$0.headline }.map(\.row)
        let labels = Dictionary(model.indicators.map { ($0.indicator.id, $0.indicator) }) { first, _ in first }
        savings = model.savings.compactMap { saving in
            guard let indicator = labels[saving.indicatorID] else { return nil }
            return Row(id: indicator.id, label: indicator.label,
                       value: w.about + " " + EstimateText.estimate(saving.amount, unit: units[saving.indicatorID] ?? "", language: language),
                       why: nil, source: indicator.source, description: nil)
        }
        factors = model.factors.map { f in
            FactorRow(id: f.id, label: f.label ?? f.id,
                      value: EstimateText.factor(f.value, language: language) + (f.unit.isEmpty ? "" : " " + f.unit),
                      source: f.source ?? w.noSource, replaced: f.overridden)
        }
    }

    /// A plan item's savings in one phrase, "environ 1 300 kWh/an, 260 €/an, 68 kgCO2e/an": one
    /// figure per unit, the largest (that of the broadest indicator it reduces: the total
    /// emissions rather than those of use alone, which would repeat it), in the order of its
    /// `saves`. Nil when it has none.
    package static func savings(_ saves: [IndicatorSaving], model: ReportModel) -> String? {
        savings(saves, units: Dictionary(model.indicators.map { ($0.indicator.id, $0.indicator.unit) }) { first, _ in first },
                language: model.language)
    }

    /// The same phrase with the indicators' units by id: a comparison's shared projects use it.
    package static func savings(_ saves: [IndicatorSaving], units: [String: String], language: Language) -> String? {
        var order: [String] = []
        var largest: [String: Double] = [:]
        for saving in saves {
            let unit = units[saving.indicatorID] ?? ""
            if let current = largest[unit] {
                largest[unit] = max(current, saving.amount)
            } else {
                order.append(unit)
                largest[unit] = saving.amount
            }
        }
        guard !order.isEmpty else { return nil }
        let w = FootprintWords(language: language)
        return w.about + " " + order.map { EstimateText.estimate(largest[$0] ?? 0, unit: $0, language: language) }
            .joined(separator: ", ")
    }
}
