import Foundation
import SobreCore
import Testing

/// Both HTML reports on a phone 420 px wide (a director opening the e-mailed report): nothing
/// off the screen or cut, the wide heatmap scrolling in its own box, chart labels at least 11 px
/// (see `Browser.phoneProblems` for how this is measured).
@Suite struct PhoneWidthTests {
    @Test(.enabled(if: Browser.available, Browser.reason), arguments: [
        "Reports/examples/report.html", "Tests/SobreCompareTests/Golden/compare-by-group.html",
    ])
    func reportReadsOnAPhone(_ file: String) throws {
        let folder = try TemporaryFolder("sobre-phone")
        defer { folder.remove() }
        let problems = try Browser.phoneProblems(Repository.path(file), width: 420, in: folder)
        let count = problems.count
        #expect(count == 0, "\(file) at 420 px, \(count) problems:\n\(problems.prefix(12).joined(separator: "\n"))")
    }

    @Test(.enabled(if: Browser.available, Browser.reason))
    func fortySitesReadOnAPhone() throws {
        let folder = try TemporaryFolder("sobre-phone")
        defer { folder.remove() }
        try folder.write(try CompareHTMLPrintTests.demoComparison(sites: 40), to: "compare.html")
        let problems = try Browser.phoneProblems(folder.path + "/compare.html", width: 420, in: folder)
        let count = problems.count
        #expect(count == 0, "40 sites at 420 px, \(count) problems:\n\(problems.prefix(12).joined(separator: "\n"))")
    }
}
