import Foundation
import SobreCore
import SobreReport
import Testing

/// `report --benchmark`: the band of a score, the scope, and the report's formats.
@Suite struct BenchmarkBandTests {
    static let figures = Distribution(n: 5, mean: 50, p10: 10, p25: 25, p50: 50, p75: 75, p90: 90)

    @Test func aScoreEqualToAQuantileBelongsToTheBandAbove() {
        #expect(BenchmarkBand(score: 9.99, among: Self.figures) == .belowP10)
        #expect(BenchmarkBand(score: 10, among: Self.figures) == .p10P25)
        #expect(BenchmarkBand(score: 25, among: Self.figures) == .p25P50)
        #expect(BenchmarkBand(score: 50, among: Self.figures) == .p50P75)
        #expect(BenchmarkBand(score: 74.9, among: Self.figures) == .p50P75)
        #expect(BenchmarkBand(score: 75, among: Self.figures) == .p75P90)
        #expect(BenchmarkBand(score: 90, among: Self.figures) == .aboveP90)
        #expect(BenchmarkBand(score: 0, among: Self.figures) == .belowP10)
        #expect(BenchmarkBand(score: 100, among: Self.figures) == .aboveP90)
    }

    @Test func withinOneBillionthCountsAsEqual() {
        #expect(BenchmarkBand(score: 50 - 1e-10, among: Self.figures) == .p50P75)
        #expect(BenchmarkBand(score: 50 - 1e-8, among: Self.figures) == .p25P50)
    }

    @Test func equalQuantilesPutAnEqualScoreAtTheTop() throws {
        let flat = try #require(Distribution([40, 40, 40, 40, 40]))
        #expect(BenchmarkBand(score: 40, among: flat) == .aboveP90)
        #expect(BenchmarkBand(score: 39, among: flat) == .belowP10)
    }

    /// Five IME and five EHPAD: the IME all at 100 on theme a, the EHPAD at 0.
    static func benchmark() throws -> Benchmark {
        let q = try Mini.questionnaire()
        let all = (1...5).map { BenchmarkTests.site(q, "i\($0)", category: "IME", a: "full", b: "full") }
            + (1...5).map { BenchmarkTests.site(q, "e\($0)", category: "EHPAD", a: "zero", b: "full") }
        return try Benchmark(comparison: Comparison(assessments: all))
    }

    @Test func theSiteIsComparedWithItsCategoryWhenTheBenchmarkHasIt() throws {
        let b = try Self.benchmark()
        let ime = BenchmarkStanding(benchmark: b, category: "IME", overall: 75, themes: [("a", "A", 50), ("b", "B", 100), ("z", "Z", 10)])
        #expect(ime.category == "IME")
        #expect(ime.n == 5)
        #expect(ime.overall.figures.p50 == 100)
        #expect(ime.overall.band == .belowP10)
        // A theme without figures in the scope is left out.
        #expect(ime.themes.map(\.id) == ["a", "b"])
        #expect(ime.themes.map(\.mark.band) == [.belowP10, .aboveP90])
        let other = BenchmarkStanding(benchmark: b, category: "MAS", overall: 75, themes: [("a", "A", 50)])
        #expect(other.category == nil)
        #expect(other.n == 10)
        #expect(other.themes.first?.mark.figures.p50 == 50)
        #expect(other.themes.first?.mark.band == .p50P75)
        let none = BenchmarkStanding(benchmark: b, category: nil, overall: nil, themes: [("a", "A", nil)])
        #expect(none.overall.band == nil)
        #expect(none.themes.first?.mark.band == nil)
    }

    @Test func everyFormatShowsTheStanding() throws {
        let q = try Mini.questionnaire()
        var assessment = Mini.assessment(q, site: "e9", ["a.q": "half", "b.q": "full"])
        assessment.site.category = "EHPAD"
        let model = ReportModel(questionnaire: q, assessment: assessment).against(try Self.benchmark())
        let json = JSONReport.render(model)
        #expect(json.contains("\"benchmark\": {\n    \"scope\": \"EHPAD\",\n    \"n\": 5,\n    \"overall\": {\n      \"score\": 75,\n      \"p50\": 50,\n      \"band\": \"above_p90\"\n    }"))
        #expect(json.contains("{\n        \"id\": \"a\",\n        \"score\": 50,\n        \"p50\": 0,\n        \"band\": \"above_p90\"\n      }"))
        let text = TextReport.render(model)
        #expect(text.contains("Parmi les établissements de même catégorie (EHPAD, 5 sites)"))
        #expect(text.contains("Thème A   50  médiane   0  parmi les 10\u{A0}% les plus hauts"))
        // Every EHPAD has 100 on theme B: the band is the top one, but the site only shares the
        // limit, and the words say so.
        #expect(text.contains("Thème B  100  médiane 100  à la limite des 10\u{A0}% les plus hauts"))
        #expect(json.contains("{\n        \"id\": \"b\",\n        \"score\": 100,\n        \"p50\": 100,\n        \"band\": \"above_p90\"\n      }"))
        let markdown = try TemplateReport.render(model, template: Repository.text("Reports/report.md.mustache"), format: .markdown)
        #expect(markdown.contains("| Thème A | 50 | 0 | parmi les 10\u{A0}% les plus hauts |"))
        let html = try TemplateReport.render(model, template: Repository.text("Reports/report.html.mustache"), format: .html)
        #expect(html.components(separatedBy: "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"strip\"").count == 4)
        #expect(!html.contains("<script"))
        // Without a benchmark, nothing of it.
        let plain = ReportModel(questionnaire: q, assessment: assessment)
        #expect(!JSONReport.render(plain).contains("benchmark"))
        #expect(!TextReport.render(plain).contains("Parmi les établissements"))
    }
}
