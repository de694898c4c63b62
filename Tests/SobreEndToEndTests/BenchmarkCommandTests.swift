import Foundation
import SobreCore
import Testing

/// `compare --format benchmark` and `report --benchmark` as a user runs them.
@Suite struct BenchmarkCommandTests {
    typealias Run = CommandTests

    /// The 12-site demo in a temporary folder.
    static func demo() throws -> TemporaryFolder {
        let folder = try TemporaryFolder("sobre-bench-e2e")
        let r = try Run.run(["demo", "demo"], in: folder.path)
        #expect(r.status == 0, "\(r.stderr)")
        return folder
    }

    @Test func aFederationWritesABenchmarkAndASiteReadsItsPlace() throws {
        let folder = try Self.demo()
        defer { folder.remove() }
        let base = folder.path + "/demo"
        let made = try Run.run(["compare", "assessments", "--format", "benchmark", "--min-sites", "3", "--output", "repere.json"], in: base)
        #expect(made.status == 0, "\(made.stderr)")
        #expect(made.stdout.isEmpty)
        let benchmark = try BenchmarkCodec.decode(try FileIO.read(base + "/repere.json"))
        #expect(benchmark.minSites == 3)
        #expect(benchmark.categories.map(\.name) == ["EHPAD"])
        let site = try #require(try FileManager.default.contentsOfDirectory(atPath: base + "/assessments/ehpad-les-tilleuls").filter { $0.hasSuffix(".json") }.sorted().last)
        let report = try Run.run(["report", "assessments/ehpad-les-tilleuls/" + site, "--benchmark", "repere.json"], in: base)
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stdout.contains("Parmi les établissements de même catégorie (EHPAD, 3 sites)"))
        let json = try Run.run(["report", "assessments/ehpad-les-tilleuls/" + site, "--benchmark", "repere.json", "--format", "json"], in: base)
        #expect(json.stdout.contains("\"scope\": \"EHPAD\""))
        // The benchmark is an input: a report never overwrites it.
        let over = try Run.run(["report", "assessments/ehpad-les-tilleuls/" + site, "--benchmark", "repere.json", "--output", "repere.json"], in: base)
        #expect(over.status != 0)
        #expect(try BenchmarkCodec.decode(try FileIO.read(base + "/repere.json")) == benchmark)
    }

    @Test func tooFewSitesAndTooSmallAKAreRefused() throws {
        let folder = try Self.demo()
        defer { folder.remove() }
        let base = folder.path + "/demo"
        let one = try Run.run(["compare", "assessments/ehpad-les-tilleuls", "--format", "benchmark"], in: base)
        #expect(one.status == 1)
        #expect(one.stdout.isEmpty)
        #expect(one.stderr.contains("1 site a une évaluation complète avec un score global, moins que --min-sites 5"))
        let small = try Run.run(["compare", "assessments", "--format", "benchmark", "--min-sites", "2"], in: base)
        #expect(small.status != 0)
        #expect(small.stderr.contains("--min-sites 2 est trop petit"))
        let elsewhere = try Run.run(["compare", "assessments", "--format", "json", "--min-sites", "5"], in: base)
        #expect(elsewhere.status != 0)
        #expect(elsewhere.stderr.contains("--min-sites ne s’applique qu’au format benchmark"))
        Run.expectNoCrash(one)
        Run.expectNoCrash(small)
    }

    @Test func aMalformedBenchmarkOrOneOfAnotherQuestionnaireIsRefused() throws {
        let folder = try Self.demo()
        defer { folder.remove() }
        let base = folder.path + "/demo"
        let made = try Run.run(["compare", "assessments", "--format", "benchmark"], in: base)
        #expect(made.status == 0)
        let site = "assessments/ehpad-les-tilleuls/" + (try #require(try FileManager.default.contentsOfDirectory(atPath: base + "/assessments/ehpad-les-tilleuls").filter { $0.hasSuffix(".json") }.sorted().last))
        try FileIO.writeAtomically(Array(made.stdout.replacingOccurrences(of: "\"essms-sobriete\"", with: "\"autre\"").utf8), to: base + "/autre.json")
        let other = try Run.run(["report", site, "--benchmark", "autre.json"], in: base)
        #expect(other.status == 1)
        #expect(other.stderr.contains("autre.json: ce repère porte sur le questionnaire « autre », l’évaluation sur « essms-sobriete »"))
        try FileIO.writeAtomically(Array(made.stdout.replacingOccurrences(of: "\"p50\": ", with: "\"p50\": \"x\", \"q\": ").utf8), to: base + "/casse.json")
        let broken = try Run.run(["report", site, "--benchmark", "casse.json"], in: base)
        #expect(broken.status == 1)
        #expect(broken.stderr.contains("casse.json: « overall.p50 » doit être un nombre"))
        try FileIO.writeAtomically(Array(made.stdout.prefix(200).utf8), to: base + "/tronque.json")
        let cut = try Run.run(["report", site, "--benchmark", "tronque.json"], in: base)
        #expect(cut.stderr.contains("tronque.json: le fichier s’arrête avant la fin de son JSON"))
        let compare = try Run.run(["compare", "assessments", "--format", "json", "--output", "comparaison.json"], in: base)
        #expect(compare.status == 0)
        let notOne = try Run.run(["report", site, "--benchmark", "comparaison.json"], in: base)
        #expect(notOne.stderr.contains("comparaison.json: il manque « benchmark_format » : ce fichier n’est pas un repère"))
        let missing = try Run.run(["report", site, "--benchmark", "absent.json"], in: base)
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("absent.json: lecture impossible"))
        for r in [other, broken, cut, notOne, missing] { Run.expectNoCrash(r) }
    }
}
