/// The figures objectives read from a scored assessment (SPEC §8–§9).
extension IndicatorFigures {
    /// The questionnaire's indicator ids, their values now and what each plan action saves.
    public init(_ card: Scorecard) {
        var savings: [String: [String: Double]] = [:]
        for item in card.plan where !item.saves.isEmpty {
            savings[item.action.id, default: [:]].merge(item.saves.map { ($0.indicatorID, $0.amount) }) { a, _ in a }
        }
        self.init(card.questionnaire, values: card.indicatorValues, savings: savings)
    }
}
