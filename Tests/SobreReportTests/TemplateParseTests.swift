@testable import SobreCore
@testable import SobreReport
import Testing

/// A template parsed ahead, on another core, renders what the template parsed in place renders,
/// and a broken one gives the same located mistake, in the language asked for when it is used.
@Suite struct TemplateParseTests {
    @Test(arguments: [TemplateReport.Format.html, .markdown])
    func aTemplateParsedAheadRendersTheSame(format: TemplateReport.Format) throws {
        let text = try Repository.text("Reports/\(format.templateName)")
        let model = try Fixtures.sample()
        let ahead = try TemplateReport.render(model, template: TemplateParse(text), format: format)
        #expect(ahead == (try TemplateReport.render(model, template: text, format: format)))
        #expect(ahead.count > 1000)
    }

    @Test(arguments: [Language.fr, .en])
    func aBrokenTemplateGivesItsMistakeInTheLanguageAsked(language: Language) {
        let text = "<p>{{#a}}\n{{/b}}</p>\n"
        let parse = TemplateParse(text)
        var ahead: TemplateReport.TemplateError?
        var inPlace: TemplateReport.TemplateError?
        do { _ = try parse.template(language: language) } catch { ahead = error }
        do { _ = try TemplateReport.parse(text, language: language) } catch { inPlace = error }
        #expect(ahead != nil)
        #expect(ahead?.line == inPlace?.line)
        #expect(ahead?.column == inPlace?.column)
        #expect(ahead?.message == inPlace?.message)
        #expect(ahead?.message.hasPrefix(language == .fr ? "la section fermée ici" : "the section closed here") == true)
    }
}
