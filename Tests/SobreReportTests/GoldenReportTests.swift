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

    /// In the French pages, no text may let a line start with « ? », « : », « ; »…: the spaces
    /// before them are non-breaking; nor part a quick win's grade from its word (« Priorité +++ »), or
    /// the middle dot before it from what it follows. Tags (their quoted values too) and styles are left out
    /// with a pattern of their own, not with `FrenchTypography`'s scanner, so a fault in it shows here.
    @Test(arguments: ["Reports/examples/report.html", "Tests/SobreCompareTests/Golden/compare.html",
                      "Tests/SobreCompareTests/Golden/compare-by-group.html", "Tests/SobreCompareTests/Golden/report-benchmark.html"])
    func frenchPagesKeepPunctuationOnItsLine(_ file: String) throws {
        let html = try Repository.text(file)
        #expect(html.contains("<html lang=\"fr\""))
        let text = html.replacing(/<style[^>]*>[\s\S]*?<\/style>/, with: "").replacing(/<(?:[^>"']|"[^"]*"|'[^']*')*>/, with: "\n")
        let pattern = try Regex(" [?!;:%»€]|« |(?:Priorité|Difficulté) [+*]| · (?:Priorité|Difficulté)")
        var breakable: [String] = []
        for match in text.matches(of: pattern) {
            let start = text.index(match.range.lowerBound, offsetBy: -20, limitedBy: text.startIndex) ?? text.startIndex
            breakable.append(String(text[start..<match.range.upperBound]))
        }
        #expect(breakable.isEmpty, "\(breakable.prefix(5))")
    }
}
