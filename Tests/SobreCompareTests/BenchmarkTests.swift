import Foundation
import SobreCore
import SobreReport
import Testing

/// `compare --format benchmark` in the core (SPEC §11): which assessments, which figures, what
/// is left out, and what is refused.
@Suite struct BenchmarkTests {
    /// A site's assessment of the mini questionnaire, scored; `a`/`b` are the answers' option ids.
    static func site(
        _ q: Questionnaire, _ id: String, date: String = "2026-03-01", category: String? = nil,
        status: Assessment.Status = .complete, a: String = "full", b: String? = "half"
    ) -> ComparedAssessment {
        var answers = ["a.q": a]
        if let b { answers["b.q"] = b }
        var assessment = Mini.assessment(q, site: id, date: date, status: status, answers)
        assessment.site.category = category
        assessment.site.finess = nil
        return ComparedAssessment(file: "\(id)/\(date).json", assessment: assessment, questionnaire: q)
    }

    static func benchmark(_ assessments: [ComparedAssessment], minSites: Int = 5, indicators: [BenchmarkIndicator] = [],
                          values: @escaping (ComparedAssessment) -> [String: Double?] = { _ in [:] }) throws(BenchmarkProblem) -> Benchmark {
        try Benchmark(comparison: Comparison(assessments: assessments), minSites: minSites, indicators: indicators, values: values)
    }

    @Test func usesTheLatestCompleteAssessmentOfEachSite() throws {
        let q = try Mini.questionnaire()
        var all = (1...5).map { Self.site(q, "s\($0)", a: "full", b: "full") }
        // A later assessment in progress is left out: s1 counts by its complete one.
        all.append(Self.site(q, "s1", date: "2026-09-01", status: .inProgress, a: "zero", b: "zero"))
        // A site with nothing complete is not counted.
        all.append(Self.site(q, "s6", date: "2026-04-01", status: .inProgress, a: "zero"))
        let b = try Self.benchmark(all)
        #expect(b.sites == 5)
        #expect(b.figures.overall.distribution.n == 5)
        #expect(b.figures.overall.distribution.quantiles == [100, 100, 100, 100, 100])
        #expect(b.to == "2026-03")
    }

    @Test func datesAreMonthsOnly() throws {
        let q = try Mini.questionnaire()
        let dates = ["2025-01-17", "2026-11-29", "2025-06-03", "2026-02-28", "2025-12-31"]
        let b = try Self.benchmark(dates.enumerated().map { Self.site(q, "s\($0.offset)", date: $0.element) })
        #expect(b.from == "2025-01")
        #expect(b.to == "2026-11")
        let json = String(decoding: BenchmarkCodec.bytes(b), as: UTF8.self)
        for day in dates { #expect(!json.contains(day)) }
        #expect(json.contains("\"from\": \"2025-01\""))
    }

    @Test func fewerThanKSitesIsAnError() throws {
        let q = try Mini.questionnaire()
        let four = (1...4).map { Self.site(q, "s\($0)") }
        #expect(throws: BenchmarkProblem.tooFewSites(found: 4, minSites: 5)) { try Self.benchmark(four) }
        // Exactly K is enough.
        #expect(try Self.benchmark(four, minSites: 4).sites == 4)
        #expect(throws: BenchmarkProblem.minSitesTooSmall(2)) { try Self.benchmark(four, minSites: 2) }
        let message = BenchmarkProblem.tooFewSites(found: 4, minSites: 5).message(.fr)
        #expect(message.contains("4 sites ont une évaluation complète"))
    }

    @Test func themesCategoriesAndIndicatorsWithFewerThanKValuesAreLeftOut() throws {
        let q = try Mini.questionnaire()
        var all: [ComparedAssessment] = []
        // Five EHPAD, two IME (left out), one without a category; theme b assessed by four sites only.
        for k in 1...5 { all.append(Self.site(q, "e\(k)", category: "EHPAD", b: k == 1 ? nil : "half")) }
        for k in 1...2 { all.append(Self.site(q, "i\(k)", category: "IME")) }
        all.append(Self.site(q, "x", b: nil))
        let indicator = BenchmarkIndicator(id: "electricite", label: "Électricité", unit: "kWh/an")
        let rare = BenchmarkIndicator(id: "papier", label: "Papier", unit: "ramettes/an")
        let b = try Self.benchmark(all, indicators: [indicator, rare]) { a in
            ["electricite": Double(a.site.id.count) * 1000, "papier": a.site.id == "x" ? 3 : nil]
        }
        #expect(b.sites == 8)
        #expect(b.figures.themes.map(\.id) == ["a", "b"])
        #expect(b.figures.theme("b")?.distribution.n == 6)
        #expect(b.figures.indicators.map(\.indicator.id) == ["electricite"])
        #expect(b.figures.indicators.first?.distribution.n == 8)
        #expect(b.categories.map(\.name) == ["EHPAD"])
        let ehpad = try #require(b.category("EHPAD"))
        #expect(ehpad.n == 5)
        // Four EHPAD have theme b: fewer than K, left out of the category only.
        #expect(ehpad.figures.themes.map(\.id) == ["a"])
    }

    @Test func categoriesAreSortedByUnicodeScalars() throws {
        let q = try Mini.questionnaire()
        // "É" (U+00C9) sorts after "Z"; "e" + combining acute is another category than "é".
        let names = ["Établissement", "Zèbre", "EHPAD", "e\u{301}cole", "\u{E9}cole"]
        var all: [ComparedAssessment] = []
        for (k, name) in names.enumerated() {
            for j in 1...3 { all.append(Self.site(q, "s\(k)-\(j)", category: name)) }
        }
        let b = try Self.benchmark(all, minSites: 3)
        #expect(b.categories.map { Array($0.name.unicodeScalars) } == [
            Array("EHPAD".unicodeScalars), Array("Zèbre".unicodeScalars), Array("e\u{301}cole".unicodeScalars),
            Array("Établissement".unicodeScalars), Array("\u{E9}cole".unicodeScalars),
        ])
        #expect(b.categories.allSatisfy { $0.n == 3 })
    }

    @Test func levelsListEveryLevelIdZerosIncluded() throws {
        let q = try Mini.questionnaire()
        // Overall 75 (level 2 "Moyen") for every site: levels 1 and 3 are listed with 0.
        let b = try Self.benchmark((1...5).map { Self.site(q, "s\($0)", a: "full", b: "half") })
        #expect(b.figures.overall.levels == [.init(id: 1, sites: 0), .init(id: 2, sites: 5), .init(id: 3, sites: 0)])
        let json = String(decoding: BenchmarkCodec.bytes(b), as: UTF8.self)
        #expect(json.contains("\"levels\": {\n      \"1\": 0,\n      \"2\": 5,\n      \"3\": 0\n    }"))
    }

    @Test func severalVersionsOfOneQuestionnaireAreListedSorted() throws {
        let v10 = try Mini.questionnaire(version: "2026.10")
        let v2 = try Mini.questionnaire(version: "2026.2", themes: ["a"])
        let all = (1...3).map { Self.site(v10, "n\($0)") } + (1...3).map { Self.site(v2, "o\($0)") }
        let b = try Self.benchmark(all)
        #expect(b.versions == ["2026.10", "2026.2"])
        #expect(b.questionnaireID == "mini")
        // Themes matched by id: a from all six sites, b only from the three that have it.
        #expect(b.figures.theme("a")?.distribution.n == 6)
        #expect(b.figures.theme("b") == nil)
    }

    @Test func severalQuestionnaireIdsAreRefused() throws {
        let mini = try Mini.questionnaire()
        let otherYAML = Mini.yaml().replacingOccurrences(of: "id: mini", with: "id: autre")
        let other = try #require(QuestionnaireLoader.load(bytes: Array(otherYAML.utf8), path: "autre.yaml").questionnaire)
        let all = (1...5).map { Self.site(mini, "m\($0)") } + [Self.site(other, "a1")]
        #expect(throws: BenchmarkProblem.severalQuestionnaires(["autre", "mini"])) { try Self.benchmark(all) }
        // Only the assessments used count: another questionnaire in progress does not matter.
        let inProgress = (1...5).map { Self.site(mini, "m\($0)") } + [Self.site(other, "a1", status: .inProgress)]
        #expect(try Self.benchmark(inProgress).questionnaireID == "mini")
        #expect(BenchmarkProblem.severalQuestionnaires(["autre", "mini"]).message(.fr).contains("« autre », « mini »"))
    }

    @Test func theFileReadsBackAsTheSameBenchmark() throws {
        let q = try Mini.questionnaire()
        let all = (1...6).map { Self.site(q, "s\($0)", category: "IME", a: $0 % 2 == 0 ? "half" : "full", b: $0 < 3 ? "zero" : "full") }
        let indicator = BenchmarkIndicator(id: "electricite", label: "Électricité", unit: "kWh/an")
        let b = try Self.benchmark(all, indicators: [indicator]) { a in ["electricite": Double(a.site.id.count) / 3] }
        #expect(try BenchmarkCodec.decode(BenchmarkCodec.bytes(b)) == b)
    }

    @Test func indicatorValuesNearTheLargestDoubleReadBack() throws {
        // Their mean overflowed to infinity, written as null, and the file was refused.
        let q = try Mini.questionnaire()
        let all = (1...5).map { Self.site(q, "s\($0)") }
        let indicator = BenchmarkIndicator(id: "electricite", label: "Électricité", unit: "kWh/an")
        let b = try Self.benchmark(all, indicators: [indicator]) { _ in ["electricite": 1e308] }
        #expect(b.figures.indicators.first?.distribution.mean == 1e308)
        #expect(try BenchmarkCodec.decode(BenchmarkCodec.bytes(b)) == b)
    }

    @Test func aPopulationThatIsNoMonthIsRefused() throws {
        // Reports show the months in words; another text (an escape for the terminal) is refused.
        let q = try Mini.questionnaire()
        let b = try Self.benchmark((1...5).map { Self.site(q, "s\($0)") }, indicators: []) { _ in [:] }
        let text = String(decoding: BenchmarkCodec.bytes(b), as: UTF8.self)
        let from = "\"from\": \"\(b.from)\""
        #expect(text.contains(from))
        for bad in ["\u{1B}[31m", "2026-13", "2026-5", "2026-05-01", ""] {
            let edited = text.replacingOccurrences(of: from, with: "\"from\": \"\(bad)\"")
            #expect(throws: BenchmarkCodec.ReadError.self) { try BenchmarkCodec.decode(Array(edited.utf8)) }
        }
        do {
            _ = try BenchmarkCodec.decode(Array(text.replacingOccurrences(of: from, with: "\"from\": \"2026-13\"").utf8))
        } catch {
            #expect(error.message == "« population.from » doit être un mois AAAA-MM (2026-05)")
        }
    }
}
