import Mustache
@testable import SobreCore
import SobreDemo
@testable import SobreReport
import Testing

/// A template cut into pieces renders what the whole template renders: cuts fall only at line
/// ends outside sections, and a template that cannot be cut safely stays whole.
@Suite struct TemplatePiecesTests {
    static func rendered(_ pieces: [String], _ context: Any) throws -> String {
        try pieces.map { try TemplateReport.parse($0, language: .fr).render(context) }.joined()
    }

    @Test(arguments: [1, 100, 2048, 1 << 20])
    func theReportsTemplateInPiecesRendersTheSame(size: Int) throws {
        let text = try Repository.text("Reports/report.html.mustache")
        let pieces = TemplatePieces.split(text, size: size)
        #expect(pieces.joined() == text)
        if size <= 2048 { #expect(pieces.count > 3) }
        let model = try Fixtures.sample()
        for format in [TemplateReport.Format.html] {
            let context = TemplateReport.context(model, format: format)
            #expect(try Self.rendered(pieces, context) == (try TemplateReport.parse(text, language: .fr).render(context)))
        }
    }

    @Test func theComparisonsTemplateInPiecesRendersTheSame() throws {
        let text = try Repository.text("Reports/compare.html.mustache")
        let pieces = TemplatePieces.split(text, size: 1)
        #expect(pieces.count > 3 && pieces.joined() == text)
        let folder = try TemporaryFolder("sobre-pieces")
        defer { folder.remove() }
        let q = try #require(Repository.library.resolve("essms-sobriete")?.questionnaire)
        _ = try DemoWriter.writeAssessments(DemoAssociation(), questionnaire: q, into: folder.path)
        let c = Comparison(paths: [folder.path + "/assessments"], library: Repository.library, relativeTo: folder.path)
        #expect(c.sites.count > 3)
        let whole = try CompareTemplate.render(c, template: text, format: .html, by: .group)
        let page = try CompareTemplate.page(c, template: TemplateParse(text), format: .html, by: .group)
        #expect(page.pieces.count > 3)
        // Renderings that start elsewhere than at a `<`: the spacing reads across their ends.
        #expect(page.pieces.dropFirst().contains { !$0.hasPrefix("<") })
        #expect(page.finished == whole)
        // Written from its pieces, never joined, it is the same page.
        var written: [UInt8] = []
        page.write { written += $0 }
        #expect(String(decoding: written, as: UTF8.self) == whole)
    }

    @Test func sectionsAreNeverCut() throws {
        let text = "a\n{{#s}}\nb\n{{#t}}c{{/t}}\n{{/s}}\nd\n{{^u}}\ne\n{{/u}}\n"
        let pieces = TemplatePieces.split(text, size: 1)
        #expect(pieces == ["a\n", "{{#s}}\nb\n{{#t}}c{{/t}}\n{{/s}}\n", "d\n", "{{^u}}\ne\n{{/u}}\n"])
        // Standalone section lines are removed in pieces as in the whole.
        let context: [String: Any] = ["s": true, "u": false]
        #expect(try Self.rendered(pieces, context) == (try TemplateReport.parse(text, language: .fr).render(context)))
    }

    @Test(arguments: ["{{=<% %>=}}\na\n<%x%>\n", "{{% CONTENT_TYPE: MARKDOWN}}\na\n{{x}}\n", "a {{x\n}} b\n", "{{/x}}\na\n", "{{#x}}\na\n"])
    func whatCannotBeCutSafelyStaysWhole(_ text: String) {
        #expect(TemplatePieces.split(text, size: 1) == [text])
    }

    @Test func aPieceThatDoesNotParseSendsTheWholeTextToBeParsed() throws {
        // Cut into many pieces, one of which closes the wrong section: the mistake is told where
        // the whole text has it, not where a piece does.
        let text = String(repeating: "<p>{{x}}</p>\n", count: 400) + "{{#a}}\n{{/b}}\n" + String(repeating: "<p>y</p>\n", count: 400)
        #expect(TemplatePieces.split(text).count > 3)
        var ahead: TemplateReport.TemplateError?
        var inPlace: TemplateReport.TemplateError?
        do { _ = try TemplateParse(text).template(language: .fr) } catch { ahead = error }
        do { _ = try TemplateReport.parse(text, language: .fr) } catch { inPlace = error }
        #expect(ahead != nil && inPlace != nil)
        #expect(ahead?.line == inPlace?.line && ahead?.column == inPlace?.column && ahead?.message == inPlace?.message)
        #expect(ahead?.line == 402)
    }
}
