/// The earlier assessment a re-assessment started from (SPEC §10).
///
/// Stored as the assessment's `based_on` key among the keys the codec keeps as they are, so that
/// reading and rewriting a file never needs to know it.
public typealias BasedOn = AssessmentReference

extension Assessment {
    /// The earlier assessment this one started from, nil for a first assessment.
    public var basedOn: BasedOn? {
        get { reference("based_on") }
        set { setReference(newValue, "based_on") }
    }
}
