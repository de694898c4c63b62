import Foundation
import SobreCore
@testable import SobreReport
import SobreDemo
import Testing

/// The demo association's comparison in every format, against the golden files in `Golden/`.
///
/// The demo is generated from its fixed seed in a temporary folder and compared with paths
/// relative to that folder, so nothing depends on today's date or on where the test runs.
/// To regenerate the golden files after an intended change (or a change of the bundled
/// questionnaire), run `SOBRE_UPDATE_GOLDEN=1 swift test --filter GoldenCompareTests` and
/// review the diff before committing it.
@Suite(.serialized) struct GoldenCompareTests {
    static let update = ProcessInfo.processInfo.environment["SOBRE_UPDATE_GOLDEN"] == "1"

    /// The demo written in a temporary folder, and its comparison.
    static func demo() throws -> (folder: TemporaryFolder, comparison: Comparison) {
        let folder = try TemporaryFolder("sobre-demo")
        let q = try #require(Repository.library.resolve("essms-sobriete")?.questionnaire)
        _ = try DemoWriter.writeAssessments(DemoAssociation(), questionnaire: q, into: folder.path)
        let comparison = Comparison(paths: [folder.path + "/assessments"], library: Repository.library, relativeTo: folder.path)
        return (folder, comparison)
    }

    static func check(_ rendered: String, _ name: String) throws {
        let path = Repository.path("Tests/SobreCompareTests/Golden/\(name)")
        if update {
            try FileIO.writeAtomically(Array(rendered.utf8), to: path)
            return
        }
        let golden = try Repository.text("Tests/SobreCompareTests/Golden/\(name)")
        #expect(rendered == golden, "\(name) differs from its golden file (SOBRE_UPDATE_GOLDEN=1 regenerates it)")
    }

    @Test func everyFormatMatchesItsGoldenFile() throws {
        let (folder, c) = try Self.demo()
        defer { folder.remove() }
        #expect(c.errors.isEmpty)
        try Self.check(CompareJSON.render(c), "compare.json")
        try Self.check(CompareJSON.render(c, by: .group), "compare-by-group.json")
        try Self.check(CompareText.render(c), "compare.txt")
        try Self.check(CompareText.render(c, by: .group), "compare-by-group.txt")
        try Self.check(CompareCSV.render(c), "compare.csv")
        try Self.check(CompareCSV.render(c, long: true), "compare-long.csv")
        let html = try Repository.text("Reports/compare.html.mustache")
        try Self.check(try CompareTemplate.render(c, template: html, format: .html), "compare.html")
        try Self.check(try CompareTemplate.render(c, template: html, format: .html, by: .group), "compare-by-group.html")
        let md = try Repository.text("Reports/compare.md.mustache")
        try Self.check(try CompareTemplate.render(c, template: md, format: .markdown, by: .group), "compare.md")
    }

    /// The pages as `compare` writes them to a file, in pieces (`RenderedPage.write`), are the
    /// golden files too, whatever the size of the pieces.
    @Test func pagesWrittenInPiecesAreTheGoldenFiles() throws {
        let (folder, c) = try Self.demo()
        defer { folder.remove() }
        let html = try Repository.text("Reports/compare.html.mustache"), md = try Repository.text("Reports/compare.md.mustache")
        for (page, name) in [(try CompareTemplate.page(c, template: html, format: .html), "compare.html"),
                             (try CompareTemplate.page(c, template: html, format: .html, by: .group), "compare-by-group.html"),
                             (try CompareTemplate.page(c, template: md, format: .markdown, by: .group), "compare.md"),
                             // As `compare` renders them: from the template's pieces, parsed ahead.
                             (try CompareTemplate.page(c, template: TemplateParse(html), format: .html), "compare.html"),
                             (try CompareTemplate.page(c, template: TemplateParse(md), format: .markdown, by: .group), "compare.md")] {
            var written: [UInt8] = []
            page.write { written += $0 }
            #expect(written == Array(try Repository.text("Tests/SobreCompareTests/Golden/\(name)").utf8), "\(name)")
            var text = page.pieces.joined()
            var pieces: [[UInt8]] = []
            if name.hasSuffix(".html") {
                text.withUTF8 { FrenchTypography.write($0, pieceSize: 100) { pieces.append($0) } }
                #expect(Array(pieces.joined()) == written, "\(name) in pieces of 100 bytes")
            }
        }
    }

    @Test func theDemoWritesItsComparisonAndASiteReport() throws {
        let folder = try TemporaryFolder("sobre-demo")
        defer { folder.remove() }
        let q = try #require(Repository.library.resolve("essms-sobriete")?.questionnaire)
        let templates = DemoWriter.Templates(compareHTML: try Repository.text("Reports/compare.html.mustache"),
                                             reportHTML: try Repository.text("Reports/report.html.mustache"))
        let written = try DemoWriter.write(DemoAssociation(), questionnaire: q, library: Repository.library,
                                           templates: templates, into: folder.path)
        #expect(written.assessments.count == 35 + 3, "35 site assessments and the head office's 3")
        #expect(written.reports == ["comparaison.html", "comparaison.txt", "rapport-ehpad-les-tilleuls.html"])
        #expect(FileIO.exists(folder.path + "/" + written.questionnaireCopy))
        if !Self.update {
            #expect(try FileIO.read(folder.path + "/comparaison.html") == (try FileIO.read(Repository.path("Tests/SobreCompareTests/Golden/compare.html"))))
            #expect(try FileIO.read(folder.path + "/comparaison.txt") == (try FileIO.read(Repository.path("Tests/SobreCompareTests/Golden/compare.txt"))))
        }
        let report = String(decoding: try FileIO.read(folder.path + "/rapport-ehpad-les-tilleuls.html"), as: UTF8.self)
        #expect(report.contains("EHPAD Les Tilleuls"))
        #expect(report.contains("Évolution depuis le"))
    }

    @Test func htmlIsSelfContained() throws {
        let html = try Repository.text("Tests/SobreCompareTests/Golden/compare.html")
        #expect(!html.contains("<script"))
        #expect(!html.contains("src="))
        #expect(!html.contains("<link"))
        #expect(!html.contains("@import"))
        #expect(!html.contains("url("))
        #expect(html.contains("<svg"))
        #expect(html.contains("@page { size: A4 landscape"))
        #expect(html.utf8.count < 200_000)
    }
}
