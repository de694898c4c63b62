import Foundation
import SobreCore
import SobreReport
import SobreDemo
import Testing

/// The comparison page opened in headless Chromium and printed to PDF: A4 landscape, few pages,
/// and pages a director can read (see `Browser`).
@Suite struct CompareHTMLPrintTests {
    @Test(.enabled(if: Browser.available, Browser.reason))
    func demoComparisonPrintsOnA4Landscape() throws {
        let folder = try TemporaryFolder("sobre-print")
        defer { folder.remove() }
        let pdf = try Browser.printToPDF(Repository.path("Tests/SobreCompareTests/Golden/compare-by-group.html"), in: folder, name: "compare")
        let bytes = try FileIO.read(pdf)
        #expect(bytes.starts(with: Array("%PDF".utf8)))
        guard let info = try Browser.info(pdf) else { return }
        // Seven pages at most since the estimated footprint has its table (issue 14).
        #expect((1...7).contains(info.pages), "the demo comparison prints on \(info.pages) pages")
        let size = info.size
        #expect(size.contains("(A4)"), "not A4: \(size)")
        let numbers = size.split(separator: " ").compactMap { Double($0) }
        #expect(numbers.count >= 2 && numbers[0] > numbers[1], "not landscape: \(size)")
    }

    /// 12 sites (the golden demo) and 40: no heading alone at a page's foot, no page with a single
    /// site row, the mean and median rows on the page of the last site rows.
    @Test(.enabled(if: Browser.available, Browser.reason), arguments: [12, 40])
    func printedPagesKeepTheHeatmapTogether(sites: Int) throws {
        let folder = try TemporaryFolder("sobre-print")
        defer { folder.remove() }
        let html: String
        if sites == 12 {
            html = Repository.path("Tests/SobreCompareTests/Golden/compare-by-group.html")
        } else {
            try folder.write(try Self.demoComparison(sites: sites), to: "compare.html")
            html = folder.path + "/compare.html"
        }
        let source = String(decoding: try FileIO.read(html), as: UTF8.self)
        let pages = try Browser.pages(try Browser.printToPDF(html, in: folder, name: "compare"))
        guard !pages.isEmpty else { return }
        let headings = Browser.headings(source)
        for (k, page) in pages.enumerated() {
            let last = Browser.lastLine(page)
            #expect(!headings.contains(last), "page \(k + 1) of \(pages.count) ends with the heading «\(last)»")
        }
        // A heatmap row is the only line with a date (yyyy-mm-dd): rows per page.
        let rowsPerPage = pages.map { Browser.matches(#"\b20\d\d-\d\d-\d\d\b"#, in: $0).count }
        #expect(rowsPerPage.reduce(0, +) == sites, "site rows found per page: \(rowsPerPage)")
        for (k, n) in rowsPerPage.enumerated() where n == 1 {
            Issue.record("page \(k + 1) holds a single site row of the heatmap (rows per page: \(rowsPerPage))")
        }
        let heat = try #require(source.components(separatedBy: "<table class=\"heat\">").dropFirst().first)
        let names = Browser.matches(#"<tr><th scope="row">(.*?)(<br>|</th>)"#, in: heat.components(separatedBy: "</table>")[0]).map { Browser.text($0[1]) }
        #expect(names.count == sites)
        let mean = try #require(pages.firstIndex { $0.contains("(moyenne)") }, "no mean row")
        let page = pages[mean].replacingOccurrences(of: #"\s+"#, with: " ", options: .regularExpression)
        #expect(page.contains("(médiane)"), "the median is not on the page of the mean (page \(mean + 1))")
        for name in names.suffix(2) {
            #expect(page.contains(name), "the site «\(name)» is not on the page of the mean (page \(mean + 1))")
        }
    }

    /// The demo association of `sites` sites compared by group, with the bundled template.
    static func demoComparison(sites: Int) throws -> String {
        let q = try #require(Repository.library.resolve("essms-sobriete")?.questionnaire)
        let assessments = DemoAssociation(siteCount: sites).assessments(questionnaire: q)
        let comparison = Comparison(assessments: assessments.map {
            ComparedAssessment(file: "\($0.site.id)/\($0.date).json", assessment: $0, questionnaire: q)
        })
        return try CompareTemplate.render(comparison, template: try Repository.text("Reports/compare.html.mustache"), format: .html, by: .group)
    }
}
