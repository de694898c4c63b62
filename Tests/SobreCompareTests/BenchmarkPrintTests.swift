import Foundation
import SobreCore
import Testing

/// The site report against a benchmark (`Golden/report-benchmark.html`, see
/// `BenchmarkPrivacyTests`) in Chromium: printed on A4 with its strips, and on a 420 px phone.
@Suite struct BenchmarkPrintTests {
    static let golden = "Tests/SobreCompareTests/Golden/report-benchmark.html"

    @Test(.enabled(if: Browser.available, Browser.reason))
    func theStripsPrintWithTheirFigures() throws {
        let folder = try TemporaryFolder("sobre-print")
        defer { folder.remove() }
        let html = String(decoding: try FileIO.read(Repository.path(Self.golden)), as: UTF8.self)
        // One strip for the overall score and one per theme with figures, each with the site's mark.
        #expect(html.components(separatedBy: "class=\"strip\"").count - 1 == 9)
        #expect(html.components(separatedBy: "<polygon points=").count - 1 >= 9)
        #expect(!html.contains("<script"))
        let pdf = try Browser.printToPDF(Repository.path(Self.golden), in: folder, name: "report")
        let pages = try Browser.pages(pdf)
        guard !pages.isEmpty else { return }
        let text = pages.joined(separator: "\n")
        #expect(text.contains("Parmi les établissements de même catégorie (EHPAD, 5 sites)"))
        #expect(text.contains("Bande claire : de 10 % à 90 % des établissements"))
        if let info = try Browser.info(pdf) {
            #expect((2...16).contains(info.pages), "the report prints on \(info.pages) pages")
        }
    }

    @Test(.enabled(if: Browser.available, Browser.reason))
    func theStripsReadOnAPhone() throws {
        let folder = try TemporaryFolder("sobre-phone")
        defer { folder.remove() }
        let problems = try Browser.phoneProblems(Repository.path(Self.golden), width: 420, in: folder)
        #expect(problems.isEmpty, "\(problems.prefix(12).joined(separator: "\n"))")
    }
}
