import SobreCore
@testable import SobreReport
import SobreJSON
import Testing

/// A score off a level's `min` by floating-point noise reaches the level (SPEC §3.4), in a
/// comparison read from files exactly as in the site's own report.
@Suite struct LevelThresholdTests {
    /// Levels from 0, 45 and 90; one theme of two questions.
    static let yaml = """
        format: 1
        id: seuil
        version: "1"
        language: fr
        title: Seuil
        levels:
          - { id: 1, name: Bas, min: 0 }
          - { id: 2, name: Moyen, min: 45 }
          - { id: 3, name: Haut, min: 90 }
        option_sets:
          o:
            - { id: s3, label: S3, score: 0.3 }
            - { id: s449, label: S449, score: 0.449 }
            - { id: s6, label: S6, score: 0.6 }
        themes:
          - id: a
            title: A
            questions:
              - { id: q1, text: Q1, type: single, options: o }
              - { id: q2, text: Q2, type: single, options: o }
        """

    @Test func theComparisonAndTheSiteReportGiveTheSameLevelAtAThreshold() throws {
        let result = QuestionnaireLoader.load(bytes: Array(Self.yaml.utf8), path: "seuil.yaml")
        let q = try #require(result.questionnaire, "\(result.diagnostics)")
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write(Self.yaml, to: "assessments/.questionnaires/\(q.sha256).yaml")
        // s1: 100 × (0.6 + 0.3) / 2 = 44.99999999999999, shown "45", Moyen; s2: 44.9, Bas.
        let assessments = [
            Mini.assessment(q, site: "s1", ["a.q1": "s6", "a.q2": "s3"]),
            Mini.assessment(q, site: "s2", ["a.q1": "s449", "a.q2": "s449"]),
        ]
        for a in assessments {
            try folder.write(JSONWriter.string(AssessmentCodec.encode(a)), to: "assessments/\(a.site.id)/\(a.date).json")
        }
        let c = Comparison(paths: [folder.path + "/assessments"], library: QuestionnaireLibrary(bundledDirectories: []),
                           relativeTo: folder.path)
        #expect(c.errors.isEmpty)
        let compared = c.sites.map { $0.latest }
        #expect(compared.map { $0.theme("a")?.level?.name } == ["Moyen", "Bas"])
        #expect(compared.map { $0.overallLevel?.name } == ["Moyen", "Bas"])
        #expect(c.summary.overall.levels == [.init(id: 1, sites: 1), .init(id: 2, sites: 1)])
        let best = try #require(c.summary.themes.first?.statistics?.max)
        #expect(best < 45)
        #expect(CompareLayout(c).level(for: best)?.name == "Moyen")
        for (a, site) in zip(assessments, compared) {
            let report = ReportModel(questionnaire: q, assessment: a)
            #expect(report.themes[0].level?.id == site.theme("a")?.level?.id)
            #expect(report.overall.level?.id == site.overallLevel?.id)
        }
    }
}
