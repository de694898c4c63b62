import SobreCore
import SobreJSON
import Testing

/// `--factors FILE` on `report` and `compare` as a user runs them (SPEC §8): the euros change,
/// a wrong file is one located error and exit status 1, nothing written.
@Suite struct FactorsOptionTests {
    /// A folder with an assessment of the `test-indicateurs` fixture (10 desktops: 1500 kWh,
    /// 300 € at 0.20 €), its questionnaire kept by hash beside it, and `factors.yaml`.
    static func folder(factors: String) throws -> TemporaryFolder {
        let folder = try TemporaryFolder("sobre-factors")
        let sha = try indicatorsQuestionnaire(in: folder.path)
        var answers = AnswerSet()
        answers["parc.postes"] = Answer(value: .number(10))
        let a = Assessment(questionnaire: .init(id: "test-indicateurs", version: "1", sha256: sha),
                           site: .init(id: "a", name: "A"), date: "2026-11-29", answers: answers)
        try FileIO.writeAtomically(AssessmentCodec.bytes(a), to: folder.path + "/a.json")
        try folder.write(factors, to: "factors.yaml")
        return folder
    }

    /// Keeps the `test-indicateurs` fixture by hash in `folder`'s `.questionnaires/`; its hash.
    static func indicatorsQuestionnaire(in folder: String) throws -> String {
        let fixture = FixtureQuestionnaire.indicators
        let sha = SHA256.hex(fixture.bytes)
        try FileIO.makeDirectories(folder + "/.questionnaires")
        try FileIO.writeAtomically(fixture.bytes, to: folder + "/.questionnaires/\(sha).yaml")
        return sha
    }

    static func cost(_ json: String) throws -> JSONValue? {
        let root = try JSONParser.parse(Array(json.utf8)).objectValue
        return root?["indicators"]?.arrayValue?.compactMap(\.objectValue).first { $0["id"] == .string("cout") }?["value"]
    }

    @Test func reportAndCompareUseTheAssociationsPrice() throws {
        let folder = try Self.folder(factors: "euro_kwh: { value: 0.3, source: Contrat 2026 }\n")
        defer { folder.remove() }
        let plain = try CommandTests.run(["report", "a.json", "--format", "json"], in: folder.path)
        #expect(plain.status == 0, "\(plain.stderr)")
        #expect(try Self.cost(plain.stdout) == .number(300))
        let replaced = try CommandTests.run(["report", "a.json", "--format", "json", "--factors", "factors.yaml"], in: folder.path)
        #expect(replaced.status == 0, "\(replaced.stderr)")
        #expect(try Self.cost(replaced.stdout) == .number(450))
        let factor = try JSONParser.parse(Array(replaced.stdout.utf8)).objectValue?["factors"]?.arrayValue?.last?.objectValue
        #expect(factor?["overridden"] == .bool(true) && factor?["source"] == .string("Contrat 2026"))

        let compared = try CommandTests.run(["compare", "a.json", "--format", "json", "--factors", "factors.yaml"], in: folder.path)
        #expect(compared.status == 0, "\(compared.stderr)")
        let indicators = try JSONParser.parse(Array(compared.stdout.utf8)).objectValue?["indicators"]?.arrayValue
        #expect(indicators?.compactMap(\.objectValue).first { $0["id"] == .string("cout") }?["total"] == .number(450))
    }

    @Test func aWrongFileIsOneLocatedError() throws {
        let folder = try Self.folder(factors: "euro_kwh: 0.3\neuro_kw: 0.3\nkwh_poste: cher\n")
        defer { folder.remove() }
        let bad = try CommandTests.run(["report", "a.json", "--factors", "factors.yaml"], in: folder.path)
        #expect(bad.status == 1)
        #expect(bad.stdout.isEmpty)
        #expect(bad.stderr == "factors.yaml:3:12: error: « kwh_poste » doit être un nombre\n")
        try folder.write("euro_kw: 0.3\n", to: "factors.yaml")
        for command in [["report", "a.json"], ["compare", "a.json"]] {
            let unknown = try CommandTests.run(command + ["--factors", "factors.yaml"], in: folder.path)
            #expect(unknown.status == 1)
            #expect(unknown.stdout.isEmpty)
            #expect(unknown.stderr == "factors.yaml:1:1: error: facteur « euro_kw » inconnu : le questionnaire ne le déclare pas dans « factors » ; vouliez-vous dire « euro_kwh » ?\n")
        }
    }
}
