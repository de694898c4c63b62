import SobreCore
import SobreJSON
import Testing

/// `compare --targets` reads each measured site's latest complete assessment again from where
/// the comparison read it: two sites whose folder names differ only in Unicode form (two folders
/// on Linux) are each measured on their own file.
@Suite struct CommonTargetsReadingTests {
    @Test func twoSpellingsOfOneNameAreTwoSitesEachMeasuredOnItsFile() throws {
        let folder = try TemporaryFolder()
        let q = try Mini.questionnaire()
        try folder.write(Mini.yaml(), to: "assessments/.questionnaires/\(q.sha256).yaml")
        let composed = "caf\u{E9}", decomposed = "cafe\u{301}"
        let high = Mini.assessment(q, site: composed, date: "2026-03-01", ["a.q": "full", "b.q": "full"])
        let low = Mini.assessment(q, site: decomposed, date: "2026-03-01", ["a.q": "zero", "b.q": "zero"])
        try folder.write(JSONWriter.string(AssessmentCodec.encode(high)), to: "assessments/\(composed)/2026-03-01.json")
        try folder.write(JSONWriter.string(AssessmentCodec.encode(low)), to: "assessments/\(decomposed)/2026-03-01.json")
        let c = Comparison(paths: [folder.path + "/assessments"], library: QuestionnaireLibrary(bundledDirectories: []),
                           relativeTo: folder.path)
        #expect(c.sites.count == 2)
        // Overall Haut (3, from 80): the first site is there, the second only with its plan.
        let common = CommonTargets.read(c, targets: Targets(by: 2030, overall: 3), file: "communs.yaml")
        let bySite = Dictionary(uniqueKeysWithValues: zip(c.sites.map { Array($0.id.unicodeScalars) }, common.standings).map { ($0.0.map(\.value), $0.1) })
        #expect(bySite[Array(composed.unicodeScalars).map(\.value)]??.status == .reached)
        #expect(bySite[Array(decomposed.unicodeScalars).map(\.value)]??.status == .planned)
    }

    /// A site taken with another questionnaire (another id) has other levels and themes: the
    /// common objectives, checked against the reference questionnaire, do not measure it.
    @Test func aSiteOfAnotherQuestionnaireIsNotMeasured() throws {
        let q = try Mini.questionnaire()
        var other = q
        other.id = "autre"
        let c = Comparison(assessments: [
            Mini.scored(q, site: "s1", date: "2026-03-01", ["a.q": "full", "b.q": "full"]),
            Mini.scored(other, site: "s2", date: "2025-03-01", ["a.q": "full", "b.q": "full"]),
        ])
        #expect(c.reference?.id == "mini")
        let common = CommonTargets(c, targets: Targets(by: 2030, overall: 3), file: "communs.yaml") { a in
            Scorecard(questionnaire: a.questionnaire, answers: Mini.assessment(a.questionnaire, site: a.site.id, ["a.q": "full", "b.q": "full"]).answers)
        }
        #expect(common.standings.map { $0 != nil } == [true, false])
        #expect(common.measuredCount == 1)
    }
}
