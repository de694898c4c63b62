import Foundation
import SobreCore
import SobreReport
import SobreDemo
import Testing

/// Both HTML reports on a phone 420 px wide (a director opening the e-mailed report): nothing
/// off the screen or cut, the wide tables scrolling in their own box, chart labels at least 11 px
/// (see `Browser.phoneProblems` for how this is measured).
@Suite struct PhoneWidthTests {
    @Test(.enabled(if: Browser.available, Browser.reason), arguments: [
        "Reports/examples/report.html", "Tests/SobreCompareTests/Golden/compare-by-group.html",
    ])
    func reportReadsOnAPhone(_ file: String) throws {
        let folder = try TemporaryFolder("sobre-phone")
        defer { folder.remove() }
        try expectReadable(Repository.path(file), file, in: folder)
    }

    /// The demo's comparison (by group too) and its site report, which has the change since the
    /// previous assessment, for 12 and 40 sites.
    @Test(.enabled(if: Browser.available, Browser.reason), arguments: [12, 40])
    func theDemoReadsOnAPhone(sites: Int) throws {
        let folder = try TemporaryFolder("sobre-phone")
        defer { folder.remove() }
        for file in try Self.writeDemo(sites: sites, in: folder) {
            try expectReadable(folder.path + "/" + file, "\(file) (\(sites) sites)", in: folder)
        }
    }

    /// Writes the demo of `sites` sites into `folder`; returns its HTML pages (comparison, site
    /// report with the change since last year, and `groups.html`, the comparison by group).
    static func writeDemo(sites: Int, in folder: TemporaryFolder) throws -> [String] {
        let q = try #require(Repository.library.resolve("essms-sobriete")?.questionnaire)
        let templates = DemoWriter.Templates(compareHTML: try Repository.text("Reports/compare.html.mustache"),
                                             reportHTML: try Repository.text("Reports/report.html.mustache"))
        let written = try DemoWriter.write(DemoAssociation(siteCount: sites), questionnaire: q, library: Repository.library,
                                           templates: templates, into: folder.path)
        try folder.write(try CompareHTMLPrintTests.demoComparison(sites: sites), to: "groups.html")
        return written.reports.filter { $0.hasSuffix(".html") } + ["groups.html"]
    }

    private func expectReadable(_ path: String, _ label: String, in folder: TemporaryFolder) throws {
        let problems = try Browser.phoneProblems(path, width: 420, in: folder)
        let count = problems.count
        #expect(count == 0, "\(label) at 420 px, \(count) problems:\n\(problems.prefix(12).joined(separator: "\n"))")
    }
}
