@testable import SobreCore
import SobreJSON
@testable import SobreReport
import Testing

/// `report --previous P` with the objectives in force held by P: an indicator target's base is
/// its value in P (SPEC §9), for the roadmap as for the progress.
@Suite struct PreviousTargetsBaseTests {
    /// The `test-indicateurs` fixture: P with 10 desktops (300 €) set "cost −20 %"; now 20 desktops
    /// (600 €), switched off now and then, so the plan saves 120 € (20 × 150 kWh × 0.4 × 0.5 × 0.20 €).
    static func model() throws -> ReportModel {
        let fixture = FixtureQuestionnaire.indicators
        let q = try #require(QuestionnaireLoader.load(bytes: fixture.bytes, path: fixture.path).questionnaire)
        func assessment(_ date: String, desktops: Double, targets: Targets? = nil) -> Assessment {
            var answers = AnswerSet()
            answers["parc.postes"] = Answer(value: .number(desktops))
            answers["usages.extinction"] = Answer(value: .string("parfois"))
            return Assessment(questionnaire: .init(id: q.id, version: q.version, sha256: q.sha256), site: .init(id: "s"),
                              date: date, status: .complete, answers: answers, targets: targets)
        }
        let earlier = assessment("2025-11-29", desktops: 10, targets: Targets(by: 2028, indicators: [.init(id: "cout", percent: -20)]))
        return ReportModel(questionnaire: q, assessment: assessment("2026-11-29", desktops: 20), previous: (q, earlier))
    }

    @Test func theRoadmapsTargetValueIsFromTheAssessmentThatHoldsTheTargets() throws {
        let model = try Self.model()
        let item = try #require(model.objectives?.roadmap.items.first)
        #expect(model.objectives?.source == .previous)
        // 300 € × 0.8, not 600 € × 0.8.
        #expect(item.targetValue == 240)
        #expect(item.now == 600 && item.projected == 480)
        #expect(item.status == .short)
        #expect(item.shortBy == 240)
        let json = try #require(JSONReport.value(model).objectValue?["roadmap"]?.objectValue?["targets"]?.arrayValue?.first?.objectValue)
        #expect(json["target_value"] == .number(240) && json["status"] == .string("short"))
        // The progress reads the same base: 600 € is further from 240 € than 300 € was.
        #expect(model.objectives?.progress?.items.first?.progress == 0)
    }
}
