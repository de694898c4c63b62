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
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sobre-print-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let pdf = folder.appendingPathComponent("report.pdf").path
        let (status, output) = try run(browser, [
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
            let (_, info) = try run("/usr/bin/pdfinfo", [pdf])
            #expect(info.contains("(A4)"), "not A4: \(info)")
        }
    }

    private func pageCount(pdf: String, bytes: [UInt8]) throws -> Int {
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/pdfinfo") {
            let (_, info) = try run("/usr/bin/pdfinfo", [pdf])
            if let line = info.split(separator: "\n").first(where: { $0.hasPrefix("Pages:") }),
               let n = Int(line.dropFirst("Pages:".count).trimmingCharacters(in: .whitespaces)) {
                return n
            }
        }
        // Without poppler: count page objects.
        let text = String(decoding: bytes, as: UTF8.self)
        return text.components(separatedBy: "/Type /Page\n").count - 1 + text.components(separatedBy: "/Type /Page>").count - 1
    }

    private func run(_ executable: String, _ arguments: [String]) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
