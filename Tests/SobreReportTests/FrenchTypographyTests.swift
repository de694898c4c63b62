@testable import SobreCore
@testable import SobreReport
import Testing

/// French spacing in HTML pages: no line may start with a lone « ? », « : », « ; », « ! », « % »,
/// « € » or « » », nor end with « « », and markup is never touched.
@Suite struct FrenchTypographyTests {
    static let nbsp = "\u{A0}"

    @Test(arguments: ["?", "!", ";", ":", "%", "€", "»"])
    func theSpaceBeforeAMarkDoesNotBreak(_ mark: String) {
        #expect(FrenchTypography.bindPunctuation("<p>Combien \(mark) fin</p>") == "<p>Combien\(Self.nbsp)\(mark) fin</p>")
    }

    @Test func theSpaceAfterAnOpeningQuoteDoesNotBreak() {
        #expect(FrenchTypography.bindPunctuation("<td>« déchetterie »</td>") == "<td>«\(Self.nbsp)déchetterie\(Self.nbsp)»</td>")
        // At the very start and end of a text too.
        #expect(FrenchTypography.bindPunctuation("« a ?") == "«\(Self.nbsp)a\(Self.nbsp)?")
    }

    @Test func markupStylesAndScriptsAreKept() {
        let page = "<style>a :hover { color: red ; }</style><a title=\"Quoi ?\" href=\"x\">Quoi ?</a><!-- note : --><SCRIPT>x ;</SCRIPT>"
        #expect(FrenchTypography.bindPunctuation(page)
            == "<style>a :hover { color: red ; }</style><a title=\"Quoi ?\" href=\"x\">Quoi\(Self.nbsp)?</a><!-- note : --><SCRIPT>x ;</SCRIPT>")
        // After the style ends, text is text again.
        #expect(FrenchTypography.bindPunctuation("<style>p{}</style>Oui ?") == "<style>p{}</style>Oui\(Self.nbsp)?")
    }

    @Test func otherSpacesAndTextsStayAsTheyAre() {
        for text in ["", "Oui", "a b", "a  b", "a:b", "a ?b".replacing(" ", with: "\n"), "x ", " ", "«", "« ", "€ 5", "&amp; ;"] {
            let expected = text == "« " ? "«\(Self.nbsp)" : text == "&amp; ;" ? "&amp;\(Self.nbsp);" : text
            #expect(FrenchTypography.bindPunctuation(text) == expected, "\(text.debugDescription)")
        }
        // Each space is bound once, and a no-break space already there is left alone.
        #expect(FrenchTypography.bindPunctuation("a\(Self.nbsp)? b ? c") == "a\(Self.nbsp)? b\(Self.nbsp)? c")
    }

    @Test func onlyFrenchHTMLPagesChange() {
        #expect(TemplateReport.finished("Why ?", format: .html, language: .en) == "Why ?")
        #expect(TemplateReport.finished("Pourquoi ?", format: .markdown, language: .fr) == "Pourquoi ?")
        #expect(TemplateReport.finished("Pourquoi ?", format: .html, language: .fr) == "Pourquoi\(Self.nbsp)?")
    }
}
