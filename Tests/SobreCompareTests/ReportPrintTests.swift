import Foundation
import SobreCore
import Testing

/// The site report (`Reports/examples/report.html`) printed on A4 as a director would: a few
/// pages, no heading alone at a page's foot, no page holding a single row of a plan table. Here
/// rather than in SobreReportTests so that both reports share one `Browser`.
@Suite struct ReportPrintTests {
    @Test(.enabled(if: Browser.available, Browser.reason))
    func samplePrintsOnAFewA4Pages() throws {
        let folder = try TemporaryFolder("sobre-print")
        defer { folder.remove() }
        let pdf = try Browser.printToPDF(Repository.path("Reports/examples/report.html"), in: folder, name: "report")
        let bytes = try FileIO.read(pdf)
        #expect(bytes.starts(with: Array("%PDF".utf8)))
        guard let info = try Browser.info(pdf) else { return }
        #expect((2...14).contains(info.pages), "the sample report prints on \(info.pages) pages")
        #expect(info.size.contains("(A4)"), "not A4: \(info.size)")
    }

    /// The sample report, and the demo's site report (with the change since last year).
    @Test(.enabled(if: Browser.available, Browser.reason), arguments: ["sample", "demo"])
    func printedPagesKeepHeadingsAndRowsTogether(_ which: String) throws {
        let folder = try TemporaryFolder("sobre-print")
        defer { folder.remove() }
        var html = Repository.path("Reports/examples/report.html")
        if which == "demo" {
            let page = try #require(try PhoneWidthTests.writeDemo(sites: 12, in: folder).first { $0.hasPrefix("rapport-") })
            html = folder.path + "/" + page
        }
        let source = String(decoding: try FileIO.read(html), as: UTF8.self)
        let pages = try Browser.pages(try Browser.printToPDF(html, in: folder, name: "report"))
        guard !pages.isEmpty else { return }
        let headings = Browser.headings(source)
        #expect(headings.count > 10)
        for (k, page) in pages.enumerated() {
            let last = Browser.lastLine(page)
            #expect(!headings.contains(last), "page \(k + 1) of \(pages.count) ends with the heading «\(last)»")
        }
        // The ranks of each plan table, from the HTML; in the PDF a plan row is the only line
        // that starts with a number followed by a wide gap (quick wins are numbered «1.»).
        let tables = source.components(separatedBy: "<table class=\"plan\">").dropFirst().map { chunk in
            Browser.matches(#"<tr><td class="num">(\d+)</td>"#, in: chunk.components(separatedBy: "</table>")[0]).compactMap { Int($0[1]) }
        }
        #expect(!tables.isEmpty)
        let ranksPerPage = pages.map { page in
            Set(page.split(separator: "\n").compactMap { line in Browser.matches(#"^\s*(\d{1,3})\s{2,}\S"#, in: String(line)).first.flatMap { Int($0[1]) } })
        }
        #expect(ranksPerPage.reduce(Set<Int>()) { $0.union($1) }.isSuperset(of: tables.flatMap { $0 }), "plan rows not found in the PDF")
        for ranks in tables where ranks.count > 1 {
            for (k, onPage) in ranksPerPage.enumerated() where onPage.intersection(ranks).count == 1 {
                Issue.record("page \(k + 1) holds a single row (\(onPage.intersection(ranks).first ?? 0)) of the plan table \(ranks)")
            }
        }
    }
}
