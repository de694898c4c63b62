import Foundation
import SobreCore
import SobreJSON
import SobreTestSupport
import Testing

/// `sobre targets` as a user runs it: sets, shows and clears objectives, refuses what the
/// questionnaire does not have, rewrites the file atomically keeping what it does not know.
@Suite struct TargetsCommandTests {
    /// The sample assessment (bundled questionnaire, 2026-11-19) with an unknown key, in a fresh folder.
    static func sample() throws -> (folder: TemporaryFolder, path: String) {
        let folder = try TemporaryFolder("sobre-targets")
        var text = try String(contentsOfFile: CommandTests.sample, encoding: .utf8)
        text = text.replacingOccurrences(of: "\"format\": 1,", with: "\"format\": 1,\n  \"futur\": { \"garder\": true },")
        try folder.write(text, to: "a.json")
        return (folder, folder.path + "/a.json")
    }

    static func object(_ path: String) throws -> JSONObject {
        try #require(try JSONParser.parse(Array(FileManager.default.contents(atPath: path) ?? Data())).objectValue)
    }

    @Test func setsTheObjectivesAndKeepsUnknownKeys() throws {
        let (folder, path) = try Self.sample()
        defer { folder.remove() }
        let r = try CommandTests.run(["targets", path, "--by", "2029", "--overall", "3", "--theme", "gouvernance=3",
                                      "--theme", "achats=Exemplaire", "--theme", "gouvernance=4"])
        CommandTests.expectNoCrash(r)
        #expect(r.status == 0)
        #expect(r.stderr == "")
        #expect(r.stdout.hasPrefix("Objectifs pour 2029 :\n  Niveau global : 3 — Structuré\n"))
        let root = try Self.object(path)
        #expect(JSONWriter.string(try #require(root["targets"]), pretty: false)
            == #"{"by":2029,"overall":3,"themes":{"gouvernance":4,"achats":4}}"#)
        #expect(root["futur"] == .object(JSONObject([("garder", .bool(true))])))
        #expect(root["answers"]?.objectValue?.count ?? 0 > 10)
        // Shown back without options; then merged: --by alone keeps the levels.
        let shown = try CommandTests.run(["targets", path])
        #expect(shown.stdout.contains("  Gouvernance et moyens : 4 — Exemplaire\n"))
        #expect(try CommandTests.run(["targets", path, "--by", "2030"]).status == 0)
        #expect(try Self.object(path)["targets"]?.objectValue?["overall"] == .number(3))
        #expect(try Self.object(path)["targets"]?.objectValue?["by"] == .number(2030))
        // No temporary file is left beside it.
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasPrefix(".a.json.lock") }
        #expect(names == ["a.json"])
    }

    @Test func clearRemovesThemAndOnlyThem() throws {
        let (folder, path) = try Self.sample()
        defer { folder.remove() }
        #expect(try CommandTests.run(["targets", path, "--by", "2029", "--overall", "2"]).status == 0)
        let r = try CommandTests.run(["targets", path, "--clear"])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("Aucun objectif dans cette évaluation."))
        let root = try Self.object(path)
        #expect(root["targets"] == nil)
        #expect(root["futur"] != nil)
    }

    @Test func unknownThemesLevelsAndIndicatorsAreRefusedNamingTheValidOnesAndTheFileIsUntouched() throws {
        let (folder, path) = try Self.sample()
        defer { folder.remove() }
        let before = FileManager.default.contents(atPath: path)
        let r = try CommandTests.run(["targets", path, "--by", "2029", "--overall", "5", "--theme", "achat=3",
                                      "--theme", "usages=expert", "--indicator", "electricte=-20", "--theme", "parc"])
        CommandTests.expectNoCrash(r)
        #expect(r.status == 1)
        #expect(r.stdout == "")
        let lines = r.stderr.split(separator: "\n").map(String.init)
        #expect(lines.count == 5)
        #expect(lines[0].hasSuffix("a.json: --overall: niveau 5 inconnu ; niveaux du questionnaire : 1 Découverte, 2 Engagé, 3 Structuré, 4 Exemplaire"))
        #expect(lines[1].contains("--theme achat=3: thème « achat » inconnu ; thèmes du questionnaire : parc, pilotage, gouvernance,"))
        #expect(lines[2].contains("--theme usages=expert: niveau expert inconnu"))
        #expect(lines[3].contains("--theme parc: attendu ID=NIVEAU"))
        #expect(lines[4].contains("--indicator electricte=-20: indicateur « electricte » inconnu ; indicateurs du questionnaire : electricite_postes_fixes,"))
        #expect(FileManager.default.contents(atPath: path) == before)
    }

    @Test func anIndicatorTargetIsSetAndTheReportsRoadmapSavesOnIt() throws {
        let (folder, path) = try Self.sample()
        defer { folder.remove() }
        let r = try CommandTests.run(["targets", path, "--by", "2029", "--indicator", "electricite=-20"])
        CommandTests.expectNoCrash(r)
        #expect(r.status == 0)
        #expect(r.stderr == "")
        #expect(JSONWriter.string(try #require(try Self.object(path)["targets"]), pretty: false)
            == #"{"by":2029,"indicators":{"electricite":-20}}"#)
        let report = try CommandTests.run(["report", path, "--format", "json"])
        #expect(report.status == 0)
        let root = try #require(try JSONParser.parse(Array(report.stdout.utf8)).objectValue)
        let now = try #require(root["indicators"]?.arrayValue?.first { $0.objectValue?["id"] == .string("electricite") }?
            .objectValue?["value"]?.numberValue)
        let roadmap = try #require(root["roadmap"]?.objectValue)
        let item = try #require(roadmap["targets"]?.arrayValue?.first?.objectValue)
        #expect(item["scope"] == .string("indicator"))
        #expect(item["id"] == .string("electricite"))
        #expect(item["target"] == .number(-20))
        #expect(abs((item["target_value"]?.numberValue ?? 0) - now * 0.8) < 1e-6)
        // The roadmap takes every action of the plan that saves electricity (-20 % is out of its reach).
        let chosen = Set(roadmap["years"]?.arrayValue?.flatMap { $0.objectValue?["actions"]?.arrayValue ?? [] }
            .compactMap(\.stringValue) ?? [])
        let saving = Set(root["plan"]?.arrayValue?.compactMap { $0.objectValue }
            .filter { $0["saves"]?.objectValue?["electricite"] != nil }.compactMap { $0["id"]?.stringValue } ?? [])
        // Only level objectives would leave it empty; the others chosen are their prerequisites.
        #expect(saving.contains("extinction_postes"))
        #expect(saving.isSubset(of: chosen))
    }

    @Test func aYearBeforeTheAssessmentOrNoYearAtAllIsRefused() throws {
        let (folder, path) = try Self.sample()
        defer { folder.remove() }
        let early = try CommandTests.run(["targets", path, "--by", "2025", "--overall", "3"])
        #expect(early.status == 1)
        #expect(early.stderr.contains("--by: l’année 2025 est avant celle de l’évaluation (2026) : choisissez 2026 ou plus tard"))
        let none = try CommandTests.run(["targets", path, "--overall", "3"])
        #expect(none.status == 1)
        #expect(none.stderr.contains("précisez l’année visée avec --by ANNÉE"))
        let both = try CommandTests.run(["targets", path, "--clear", "--overall", "3"])
        #expect(both.status == 1)
        #expect(try Self.object(path)["targets"] == nil)
    }

    /// A percent far beyond any sense is still a number: shown and reported, never a crash.
    @Test func aHugePercentIsShownAndReportedWithoutCrashing() throws {
        let (folder, path) = try Self.sample()
        defer { folder.remove() }
        let set = try CommandTests.run(["targets", path, "--by", "2029", "--indicator", "electricite=-1e300"])
        CommandTests.expectNoCrash(set)
        let shown = try CommandTests.run(["targets", path])
        CommandTests.expectNoCrash(shown)
        #expect(shown.status == 0)
        #expect(shown.stdout.contains("−1e+300 %"), "\(shown.stdout)")
        for format in ["text", "html", "json"] {
            let report = try CommandTests.run(["report", path, "--format", format])
            CommandTests.expectNoCrash(report)
            #expect(report.status == 0)
        }
    }

    /// A year the file could not be read back with (the codec keeps 1–9999) is refused, the file untouched.
    @Test func aYearBeyond9999IsRefusedAndTheFileUntouched() throws {
        let (folder, path) = try Self.sample()
        defer { folder.remove() }
        let before = try E2E.read(path)
        let r = try CommandTests.run(["targets", path, "--by", "10000"])
        CommandTests.expectNoCrash(r)
        #expect(r.status == 1)
        #expect(r.stderr.contains("10000 n’est pas une année entre 1 et 9999"), "\(r.stderr)")
        #expect(try E2E.read(path) == before)
    }

    @Test func noOptionShowsHowToSetThem() throws {
        let (folder, path) = try Self.sample()
        defer { folder.remove() }
        let r = try CommandTests.run(["targets", path])
        #expect(r.status == 0)
        #expect(r.stdout.contains("Pour en fixer : sobre targets"))
        // The example names a scored theme, not the inventory (informational: a target means nothing there).
        #expect(r.stdout.contains("--theme pilotage=2") && !r.stdout.contains("--theme parc"), "\(r.stdout)")
    }

    @Test func badTargetsInTheFileAreNamed() throws {
        let (folder, path) = try Self.sample()
        defer { folder.remove() }
        var text = try String(contentsOfFile: path, encoding: .utf8)
        text = text.replacingOccurrences(of: "\"format\": 1,", with: "\"format\": 1,\n  \"targets\": { \"by\": \"bientôt\" },")
        try folder.write(text, to: "a.json")
        let r = try CommandTests.run(["targets", path])
        #expect(r.status == 1)
        #expect(r.stderr.contains("« targets.by » doit être une année (un entier, par exemple 2029)"))
    }
}
