import Foundation
import SobreCore
import Testing

/// The HTML report opened in headless Chromium and printed to A4 PDF, as a director would print it.
///
/// Chromium comes with `scripts/setup.sh --test`; without it the test is skipped locally but
/// fails in CI (where `CI` is set), so a missing browser cannot pass silently.
@Suite struct HTMLPrintTests {
    static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }
    static let mustRun = ProcessInfo.processInfo.environment["CI"] != nil

    @Test(.enabled(if: chromium != nil || mustRun, "Chromium is not installed (scripts/setup.sh --test installs it)"))
    func samplePrintsOnAFewA4Pages() throws {
        let browser = try #require(Self.chromium, "Chromium is required in CI")
        let folder = try TemporaryFolder("sobre-print")
        defer { folder.remove() }
        let pdf = folder.path + "/report.pdf"
        let (status, output) = try Subprocess.run(browser, [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
            "--user-data-dir=\(folder.path)/profile", "--print-to-pdf=\(pdf)",
            "file://" + Repository.path("Reports/examples/report.html"),
        ])
        #expect(status == 0, "chromium failed: \(output)")
        let bytes = try FileIO.read(pdf)
        #expect(bytes.starts(with: Array("%PDF".utf8)))
        let pages = try pageCount(pdf: pdf, bytes: bytes)
        #expect((2...12).contains(pages), "the sample report prints on \(pages) pages")
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/pdfinfo") {
            let (_, info) = try Subprocess.run("/usr/bin/pdfinfo", [pdf])
            #expect(info.contains("(A4)"), "not A4: \(info)")
        }
    }

    private func pageCount(pdf: String, bytes: [UInt8]) throws -> Int {
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/pdfinfo") {
            let (_, info) = try Subprocess.run("/usr/bin/pdfinfo", [pdf])
            if let line = info.split(separator: "\n").first(where: { $0.hasPrefix("Pages:") }),
               let n = Int(line.dropFirst("Pages:".count).trimmingCharacters(in: .whitespaces)) {
                return n
            }
        }
        // Without poppler: count page objects.
        let text = String(decoding: bytes, as: UTF8.self)
        return text.components(separatedBy: "/Type /Page\n").count - 1 + text.components(separatedBy: "/Type /Page>").count - 1
    }
}
