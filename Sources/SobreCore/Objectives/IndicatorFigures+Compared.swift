/// The figures objectives read from an assessment of a comparison (SPEC §9).
extension IndicatorFigures {
    /// The questionnaire's indicator ids and their values now; no savings (a comparison's
    /// progress does not project the plan).
    public init(_ assessment: ComparedAssessment) {
        let ids = assessment.questionnaire.indicators.map(\.id)
        var byID: [String: Double?] = [:]
        for (k, id) in ids.enumerated() where byID[id] == nil {
            byID[id] = k < assessment.indicatorValues.count ? assessment.indicatorValues[k] : nil
        }
        self.init(ids: ids, values: byID)
    }
}
