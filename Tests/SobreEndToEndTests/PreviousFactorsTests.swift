import Foundation
import SobreCore
import SobreJSON
import Testing

/// `report --factors FILE --previous P`: the factors apply to P's questionnaire too, so that
/// progress on an indicator objective compares like with like (as `compare` applies them to all).
@Suite struct PreviousFactorsTests {
    @Test func theFactorsApplyToThePreviousAssessment() throws {
        let folder = try TemporaryFolder("sobre-previous-factors")
        defer { folder.remove() }
        let sha = try FactorsOptionTests.indicatorsQuestionnaire(in: folder.path)
        // P: 10 desktops, "cost −20 %"; now 8 desktops: 1500 then 1200 kWh.
        for (name, date, desktops, targets) in [("p", "2025-11-29", 10.0, Targets(by: 2028, indicators: [.init(id: "cout", percent: -20)])),
                                                ("a", "2026-11-29", 8.0, nil)] {
            var answers = AnswerSet()
            answers["parc.postes"] = Answer(value: .number(desktops))
            let a = Assessment(questionnaire: .init(id: "test-indicateurs", version: "1", sha256: sha), site: .init(id: "s"),
                               date: date, status: .complete, answers: answers, targets: targets)
            try FileIO.writeAtomically(AssessmentCodec.bytes(a), to: folder.path + "/\(name).json")
        }
        try folder.write("euro_kwh: 0.3\n", to: "factors.yaml")
        let run = try CommandTests.run(["report", "a.json", "--previous", "p.json", "--factors", "factors.yaml", "--format", "json"],
                                       in: folder.path)
        #expect(run.status == 0, "\(run.stderr)")
        let root = try #require(try JSONParser.parse(Array(run.stdout.utf8)).objectValue)
        // At 0.30 €: 450 € then 360 €, the objective (450 € × 0.8) reached; at P's own 0.20 € it
        // would read 300 € → 360 €, further from it.
        let item = try #require(root["roadmap"]?.objectValue?["targets"]?.arrayValue?.first?.objectValue)
        #expect(item["target_value"] == .number(360) && item["now"] == .number(360) && item["status"] == .string("reached"))
        let progress = try #require(root["progress"]?.objectValue?["items"]?.arrayValue?.first?.objectValue)
        #expect(progress["progress"] == .number(1) && progress["status"] == .string("reached"))
    }

    @Test func aFactorOnlyThePreviousVersionDeclaresIsKnown() throws {
        let folder = try TemporaryFolder("sobre-previous-factors")
        defer { folder.remove() }
        let sha = try FactorsOptionTests.indicatorsQuestionnaire(in: folder.path)
        // Version 0 had a price for the night as well; version 1 dropped it.
        let older = FixtureQuestionnaire.indicators.text
            .replacingOccurrences(of: "version: \"1\"", with: "version: \"0\"")
            .replacingOccurrences(of: "factors:\n", with: "factors:\n  euro_kwh_nuit: { value: 0.15, unit: €/kWh }\n")
        let olderSHA = SHA256.hex(Array(older.utf8))
        try folder.write(older, to: ".questionnaires/\(olderSHA).yaml")
        for (name, date, version, hash) in [("p", "2025-11-29", "0", olderSHA), ("a", "2026-11-29", "1", sha)] {
            var answers = AnswerSet()
            answers["parc.postes"] = Answer(value: .number(10))
            let a = Assessment(questionnaire: .init(id: "test-indicateurs", version: version, sha256: hash), site: .init(id: "s"),
                               date: date, status: .complete, answers: answers)
            try FileIO.writeAtomically(AssessmentCodec.bytes(a), to: folder.path + "/\(name).json")
        }
        try folder.write("euro_kwh_nuit: 0.1\n", to: "factors.yaml")
        let run = try CommandTests.run(["report", "a.json", "--previous", "p.json", "--factors", "factors.yaml", "--format", "json"],
                                       in: folder.path)
        #expect(run.status == 0, "\(run.stderr)")
        // Known to neither: refused, as before.
        try folder.write("euro_kwh_jour: 0.1\n", to: "factors.yaml")
        let unknown = try CommandTests.run(["report", "a.json", "--previous", "p.json", "--factors", "factors.yaml"], in: folder.path)
        #expect(unknown.status == 1 && unknown.stderr.contains("euro_kwh_jour"), "\(unknown.stderr)")
    }
}
