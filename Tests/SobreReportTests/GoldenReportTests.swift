import SobreCore
@testable import SobreReport
import Testing

/// The sample reports in Reports/examples are the golden files: every format must render to them exactly.
@Suite struct GoldenReportTests {
    @Test func textReportMatchesGolden() throws {
        #expect(TextReport.render(try Fixtures.sample()) == (try Repository.text("Reports/examples/report.txt")))
    }

    @Test func jsonReportMatchesGolden() throws {
        #expect(JSONReport.render(try Fixtures.sample()) == (try Repository.text("Reports/examples/report.json")))
    }

    @Test func csvReportMatchesGolden() throws {
        #expect(CSVReport.render(try Fixtures.sample()) == (try Repository.text("Reports/examples/report.csv")))
    }

    @Test(arguments: [TemplateReport.Format.html, .markdown])
    func templateReportMatchesGolden(format: TemplateReport.Format) throws {
        let template = try Repository.text("Reports/\(format.templateName)")
        let rendered = try TemplateReport.render(try Fixtures.sample(), template: template, format: format)
        let golden = try Repository.text("Reports/examples/report.\(format == .html ? "html" : "md")")
        #expect(rendered == golden)
    }

    @Test func htmlIsSelfContainedAndSmall() throws {
        let html = try Repository.text("Reports/examples/report.html")
        #expect(html.utf8.count < 100_000)
        #expect(!html.contains("<script"))
        #expect(!html.contains("http://") || !html.contains("src=\"http"))
        #expect(!html.contains("src="))
        #expect(!html.contains("<link"))
        #expect(!html.contains("@import"))
        #expect(html.contains("<svg"))
        #expect(html.contains("<title id=\"radar-title\">"))
        #expect(html.contains("@page { size: A4"))
    }
}
