import SobreCore
import SobreJSON
import Testing

/// Two assessments of one site that the order of SPEC §5.1 cannot tell apart (same date, no
/// `updated_at`, paths `String` finds equal: é in one piece and in two) and a head-office file
/// under the site's id: the site's latest, as `SiteRecord` sorts it, still has its plan.
@Suite struct LatestTieTests {
    @Test func aTieGoesToTheSameFileInTheRecordAndInTheDetails() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let q = try Mini.questionnaire()
        try folder.write(Mini.yaml(), to: "assessments/.questionnaires/\(q.sha256).yaml")
        let answers: [[String: String]] = [["a.q": "zero", "b.q": "zero"], ["a.q": "half", "b.q": "full"]]
        for (k, name) in ["caf\u{E9}", "cafe\u{301}"].enumerated() {
            let a = Mini.assessment(q, site: "s", date: "2026-01-01", answers[k])
            // Written through `FileIO`, which keeps a name's bytes as they are.
            try FileIO.makeDirectories(folder.path + "/assessments/s")
            try FileIO.writeAtomically(AssessmentCodec.bytes(a), to: folder.path + "/assessments/s/\(name).json")
        }
        #expect(FileIO.list(folder.path + "/assessments/s").count == 2)
        // A hand-made head-office file under the site's id, later than both.
        var office = Mini.assessment(q, site: "s", date: "2026-06-01", ["a.q": "full", "b.q": "full"])
        office.kind = .association
        try folder.write(JSONWriter.string(AssessmentCodec.encode(office)), to: "assessments/s/office.json")
        for chunkSize in [1, 2, 1024] {
            let read = ComparisonReader.read(paths: [folder.path + "/assessments"], library: QuestionnaireLibrary(bundledDirectories: []),
                                             relativeTo: folder.path, language: .fr, factors: nil, chunkSize: chunkSize)
            let c = Comparison(assessments: read.assessments, errors: read.errors)
            let record = try #require(c.site("s"))
            #expect(record.history.count == 2)
            let expected = Scorecard(questionnaire: q, answers: try AssessmentCodec.decode(
                try FileIO.read(folder.path + "/" + record.latest.file), language: .fr).answers).plan.map(\.action.id)
            #expect(!expected.isEmpty)
            #expect(record.latest.plan == expected, "chunks of \(chunkSize)")
        }
    }
}
