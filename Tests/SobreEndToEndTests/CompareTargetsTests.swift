import SobreCore
import SobreJSON
import Testing

/// `sobre compare … --targets FILE` as a user runs it: the sites without objectives of their own
/// measured against the association's common ones, a wrong file refused at its line and column,
/// the file never overwritten (docs/reference/objectives.md).
@Suite struct CompareTargetsTests {
    /// Three sites of the `test-indicateurs` fixture (10 desktops each, 1500 kWh, 300 € at
    /// 0.20 €): `a` with objectives of its own, `b` already switching off every evening (level
    /// Suite), `c` never (level Début, Suite with its plan, which also saves 120 €).
    static func association(targets: String) throws -> TemporaryFolder {
        let folder = try TemporaryFolder("sobre-ctargets")
        try FileIO.makeDirectories(folder.path + "/sites")
        let sha = try FactorsOptionTests.indicatorsQuestionnaire(in: folder.path + "/sites")
        for (site, evening, own) in [("a", "jamais", true), ("b", "toujours", false), ("c", "jamais", false)] {
            var answers = AnswerSet()
            answers["parc.postes"] = Answer(value: .number(10))
            answers["usages.extinction"] = Answer(value: .string(evening))
            var a = Assessment(questionnaire: .init(id: "test-indicateurs", version: "1", sha256: sha),
                               site: .init(id: site, name: site.uppercased()), date: "2026-11-29", status: .complete, answers: answers)
            if own { a.targets = Targets(by: 2027, overall: 2) }
            try FileIO.writeAtomically(AssessmentCodec.bytes(a), to: folder.path + "/sites/\(site).json")
        }
        try folder.write(targets, to: "communs.yaml")
        return folder
    }

    static func sites(_ json: String) throws -> [String: JSONObject] {
        let root = try #require(try JSONParser.parse(Array(json.utf8)).objectValue)
        var out: [String: JSONObject] = [:]
        for site in (root["sites"]?.arrayValue ?? []).compactMap(\.objectValue) {
            out[site["site"]?.objectValue?["id"]?.stringValue ?? ""] = site
        }
        return out
    }

    @Test func eachSiteWithoutObjectivesOfItsOwnIsMeasured() throws {
        let folder = try Self.association(targets: "by: 2029\noverall: 2\nindicators: { cout: -20 }\n")
        defer { folder.remove() }
        let run = try CommandTests.run(["compare", "sites", "--format", "json", "--targets", "communs.yaml"], in: folder.path)
        #expect(run.status == 0, "\(run.stderr)")
        let sites = try Self.sites(run.stdout)
        #expect(sites["a"]?["common_targets"] == nil)
        // b is at the common level already, but no action of its plan saves on the cost.
        #expect(sites["b"]?["common_targets"]?.objectValue?["status"] == .string("short"))
        let b = try #require(sites["b"]?["common_targets"]?.objectValue?["items"]?.arrayValue).compactMap(\.objectValue)
        #expect(b.map { $0["status"] } == [.string("reached"), .string("short")])
        #expect(b.last?["short_by"] == .number(60))
        let c = try #require(sites["c"]?["common_targets"]?.objectValue)
        #expect(c["status"] == .string("planned"))
        // 300 € a year now, 240 € aimed at.
        let cost = try #require(c["items"]?.arrayValue?.last?.objectValue)
        #expect(cost["now"] == .number(300) && cost["target_value"] == .number(240))
        let root = try #require(try JSONParser.parse(Array(run.stdout.utf8)).objectValue)
        #expect(root["common_targets"]?.objectValue?["file"] == .string("communs.yaml"))
        #expect(root["common_targets"]?.objectValue?["sites"] == .number(2))

        let text = try CommandTests.run(["compare", "sites", "--targets", "communs.yaml"], in: folder.path, environment: ["NO_COLOR": "1"])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("Objectifs communs (2029)"))
        #expect(text.stdout.contains("Niveau global, objectif Suite : à la portée de tous, au moins avec leur plan"))

        let plain = try CommandTests.run(["compare", "sites", "--format", "json"], in: folder.path)
        #expect(!plain.stdout.contains("common_targets"))
    }

    /// With `--factors`, the indicator's value and its target use the association's price.
    @Test func withFactorsTheTargetUsesTheOverriddenValue() throws {
        let folder = try Self.association(targets: "by: 2029\nindicators: { cout: -20 }\n")
        defer { folder.remove() }
        try folder.write("euro_kwh: 0.3\n", to: "factors.yaml")
        let run = try CommandTests.run(["compare", "sites", "--format", "json", "--targets", "communs.yaml", "--factors", "factors.yaml"],
                                       in: folder.path)
        #expect(run.status == 0, "\(run.stderr)")
        let cost = try #require(try Self.sites(run.stdout)["c"]?["common_targets"]?.objectValue?["items"]?.arrayValue?.first?.objectValue)
        #expect(cost["now"] == .number(450) && cost["target_value"] == .number(360))
    }

    @Test func aWrongFileIsRefusedAtItsLineAndColumn() throws {
        let folder = try Self.association(targets: "by: 2029\nthemes:\n  gouvernance: 2\n")
        defer { folder.remove() }
        // The CSV shows no objectives, yet the file is checked all the same.
        for format in ["text", "json", "csv"] {
            let run = try CommandTests.run(["compare", "sites", "--format", format, "--targets", "communs.yaml"], in: folder.path)
            #expect(run.status == 1)
            #expect(run.stdout.isEmpty)
            #expect(run.stderr == "communs.yaml:3:3: error: thème « gouvernance » inconnu ; thèmes du questionnaire : parc, usages\n")
        }
    }

    @Test func theFileIsNeverOverwritten() throws {
        let folder = try Self.association(targets: "by: 2029\noverall: 2\n")
        defer { folder.remove() }
        let before = try FileIO.read(folder.path + "/communs.yaml")
        let run = try CommandTests.run(["compare", "sites", "--targets", "communs.yaml", "--output", "communs.yaml"], in: folder.path)
        #expect(run.status == 1)
        #expect(try FileIO.read(folder.path + "/communs.yaml") == before)
        let benchmark = try CommandTests.run(["compare", "sites", "--format", "benchmark", "--targets", "communs.yaml"], in: folder.path)
        #expect(benchmark.status != 0)
        #expect(benchmark.stderr.contains("--targets ne s’applique pas au format benchmark"))
    }
}
