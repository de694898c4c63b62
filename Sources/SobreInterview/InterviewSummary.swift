import SobreCore
import SobreReport

/// The short text summary printed at the end of an interview: overall level and score, each
/// theme's score and level, the quick wins — the first part of the text report.
public enum InterviewSummary {
    /// The summary of `assessment` scored with `questionnaire`, lines ending with a newline; with
    /// `previous`, the change since that earlier assessment, as `report --previous` shows it.
    public static func text(
        _ assessment: Assessment, questionnaire: Questionnaire, style: InterviewStyle = .plain,
        previous: (Questionnaire, Assessment)? = nil
    ) -> String {
        let model = ReportModel(questionnaire: questionnaire, assessment: assessment, previous: previous)
        return TextReport.summary(model, colour: style.colour)
    }
}
