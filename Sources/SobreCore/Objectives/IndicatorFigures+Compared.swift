/// The figures objectives read from an assessment of a comparison (SPEC §9).
extension IndicatorFigures {
    /// The questionnaire's indicator ids and their values now; no savings (a comparison's
    /// progress does not project the plan).
    public init(_ assessment: ComparedAssessment) {
        self.init(assessment.questionnaire, values: assessment.indicatorValues)
    }

    /// The same figures with the values of the indicators `wanted` only, the others not
    /// estimated: what a progress towards objectives naming those reads.
    init(_ assessment: ComparedAssessment, only wanted: [String]) {
        self.init(assessment.questionnaire, values: assessment.indicatorValues, only: wanted)
    }
}
