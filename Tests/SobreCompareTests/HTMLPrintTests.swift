import Foundation
import SobreCore
import Testing

/// The comparison page opened in headless Chromium and printed to PDF: A4 landscape, few pages.
///
/// Chromium comes with `scripts/setup.sh --test`; without it the test is skipped locally but
/// fails in CI (where `CI` is set), so a missing browser cannot pass silently.
@Suite struct CompareHTMLPrintTests {
    static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }
    static let mustRun = ProcessInfo.processInfo.environment["CI"] != nil

    @Test(.enabled(if: chromium != nil || mustRun, "Chromium is not installed (scripts/setup.sh --test installs it)"))
    func demoComparisonPrintsOnA4Landscape() throws {
        let browser = try #require(Self.chromium, "Chromium is required in CI")
        let folder = try TemporaryFolder("sobre-print")
        defer { folder.remove() }
        let pdf = folder.path + "/compare.pdf"
        let (status, output) = try Subprocess.run(browser, [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
            "--user-data-dir=\(folder.path)/profile", "--print-to-pdf=\(pdf)",
            "file://" + Repository.path("Tests/SobreCompareTests/Golden/compare-by-group.html"),
        ])
        #expect(status == 0, "chromium failed: \(output)")
        let bytes = try FileIO.read(pdf)
        #expect(bytes.starts(with: Array("%PDF".utf8)))
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/pdfinfo") else { return }
        let (_, info) = try Subprocess.run("/usr/bin/pdfinfo", [pdf])
        let lines = info.split(separator: "\n")
        let pages = lines.first { $0.hasPrefix("Pages:") }.flatMap { Int($0.dropFirst(6).trimmingCharacters(in: .whitespaces)) }
        #expect((1...6).contains(pages ?? 0), "the demo comparison prints on \(pages ?? 0) pages")
        let size = try #require(lines.first { $0.hasPrefix("Page size:") }.map(String.init))
        #expect(size.contains("(A4)"), "not A4: \(size)")
        let numbers = size.split(separator: " ").compactMap { Double($0) }
        #expect(numbers.count >= 2 && numbers[0] > numbers[1], "not landscape: \(size)")
    }
}
