import SobreCore
import SobreDemo
import SobreReport
import Testing

/// Nothing in a benchmark can name a site (SPEC §11), and its golden files: the benchmark of a
/// generated association of 40 sites, and a site's report against it.
@Suite(.serialized) struct BenchmarkPrivacyTests {
    /// The 40 sites' files written in a temporary folder, their comparison and benchmark.
    static func association() throws -> (folder: TemporaryFolder, comparison: Comparison, benchmark: Benchmark) {
        let folder = try TemporaryFolder("sobre-benchmark")
        let q = try #require(Repository.library.resolve("essms-sobriete")?.questionnaire)
        _ = try DemoWriter.writeAssessments(DemoAssociation(siteCount: 40), questionnaire: q, into: folder.path)
        let comparison = Comparison(paths: [folder.path + "/assessments"], library: Repository.library, relativeTo: folder.path)
        return (folder, comparison, try Benchmark(comparison: comparison))
    }

    @Test func noSiteIdNameFinessGroupFileOrDayAppears() throws {
        let (folder, c, b) = try Self.association()
        defer { folder.remove() }
        #expect(c.errors.isEmpty)
        #expect(c.sites.count == 40)
        #expect(b.sites >= 35)
        #expect(!b.categories.isEmpty, "the search must also cover the categories' figures")
        let json = String(decoding: BenchmarkCodec.bytes(b), as: UTF8.self)
        var searched = 0
        for record in c.sites {
            for a in record.history {
                let site = a.site
                for text in [site.id, site.name, site.finess, site.group, a.file, a.date, folder.path].compactMap({ $0 }) where !text.isEmpty {
                    #expect(!json.contains(text), "the benchmark shows \(text)")
                    searched += 1
                }
            }
        }
        #expect(searched > 40 * 5)
        // Dates appear as months only.
        #expect(json.firstMatch(of: /\d{4}-\d{2}-\d{2}/) == nil)
    }

    @Test func theBenchmarkAndAReportAgainstItMatchTheirGoldenFiles() throws {
        let (folder, c, b) = try Self.association()
        defer { folder.remove() }
        let bytes = BenchmarkCodec.bytes(b)
        try GoldenCompareTests.check(String(decoding: bytes, as: UTF8.self), "benchmark.json")
        // The first EHPAD's latest assessment, against its category.
        let record = try #require(c.sites.first { $0.site.category == "EHPAD" && $0.latest.status == .complete })
        let loaded = try AssessmentStore(library: Repository.library).open(folder.path + "/" + record.latest.file)
        let model = ReportModel(questionnaire: loaded.questionnaire, assessment: loaded.assessment)
            .against(try BenchmarkCodec.decode(bytes))
        #expect(model.benchmark?.category == "EHPAD")
        try GoldenCompareTests.check(JSONReport.render(model), "report-benchmark.json")
        try GoldenCompareTests.check(TextReport.render(model), "report-benchmark.txt")
        let md = try Repository.text("Reports/report.md.mustache")
        try GoldenCompareTests.check(try TemplateReport.render(model, template: md, format: .markdown), "report-benchmark.md")
        let html = try Repository.text("Reports/report.html.mustache")
        try GoldenCompareTests.check(try TemplateReport.render(model, template: html, format: .html), "report-benchmark.html")
    }
}
