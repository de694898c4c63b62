/// The figures objectives read from an assessment of a comparison (SPEC §9).
extension IndicatorFigures {
    /// The questionnaire's indicator ids and their values now; no savings (a comparison's
    /// progress does not project the plan).
    public init(_ assessment: ComparedAssessment) {
        self.init(assessment.questionnaire, values: assessment.indicatorValues)
    }
}
