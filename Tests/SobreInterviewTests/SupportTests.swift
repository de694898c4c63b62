import SobreCore
@testable import SobreInterview
import Testing

@Suite struct SupportTests {
    @Test func slugs() {
        #expect(Slug.make("Foyer Les Tilleuls") == "foyer-les-tilleuls")
        #expect(Slug.make("EHPAD « Les Érables » — Saint-Étienne") == "ehpad-les-erables-saint-etienne")
        #expect(Slug.make("  L’Œuvre   d'Émile  ") == "l-oeuvre-d-emile")
        #expect(Slug.make("Cafe\u{0301} 2") == "cafe-2")
        #expect(Slug.make("../..") == "")
    }

    @Test func siteIdsThatWouldEscapeTheFolderAreRefused() {
        #expect(SiteIdentifier.problem("foyer-1", language: .fr) == nil)
        #expect(SiteIdentifier.problem("..", language: .fr) != nil)
        #expect(SiteIdentifier.problem(".cache", language: .fr) != nil)
        #expect(SiteIdentifier.problem("a/b", language: .fr) == "l’identifiant de site « a/b » ne peut pas contenir de barre oblique")
        #expect(SiteIdentifier.problem("a\nb", language: .en)
            == "the site id contains a control, invisible or text-direction character (U+000A): give a --site-id made of letters, digits and dashes")
        #expect(SiteIdentifier.problem("", language: .fr) != nil)
    }

    @Test func clock() {
        #expect(IsoDate.timestamp(0) == "1970-01-01T00:00:00Z")
        #expect(IsoDate.timestamp(1_795_943_520) == "2026-11-29T09:12:00Z")
        #expect(IsoDate.day(951_782_400) == "2000-02-29")
        #expect(IsoDate.timestamp(-1) == "1969-12-31T23:59:59Z")
    }

    @Test func shellQuoting() {
        #expect(ShellQuote.quote("assessments/foyer/2026-11-29.json") == "assessments/foyer/2026-11-29.json")
        #expect(ShellQuote.quote("/tmp/mes évaluations/a.json") == "'/tmp/mes évaluations/a.json'")
        #expect(ShellQuote.quote("l'arche.json") == "'l'\\''arche.json'")
    }

    @Test func completionMatches() {
        #expect(ReadlineLineReader.matches(for: "inf", among: ["non", "informel", "formel"]) == ["informel"])
        #expect(ReadlineLineReader.matches(for: "", among: ["a", "b"]) == ["a", "b"])
        #expect(ReadlineLineReader.matches(for: "R", among: ["retour", "relire", "non"]) == ["retour", "relire"])
    }
}

/// The slug and the numbers the interview shares with the demo and the reports.
@Suite struct SharedRenderingTests {
    /// The demo's slug used to make `s-o` of "São": one slug now, folding accents.
    @Test func oneSlugFoldsAccentsForTheDemoToo() {
        #expect(Slug.make("São Tomé") == "sao-tome")
        #expect(Slug.make("São Tomé", fallback: "site") == "sao-tome")
        #expect(Slug.make("«»", fallback: "site") == "site")
        #expect(Slug.make("«»") == "")
    }

    /// The interview writes numbers as the reports do, to the hundredth (it showed every decimal).
    @Test func theInterviewShowsNumbersAsTheReports() {
        #expect(Display.number(2.125, .fr) == "2,13")
        #expect(Display.number(2.125, .en) == "2.13")
        #expect(Display.number(1500, .fr) == "1500")
        #expect(Display.number(12.5, .fr) == "12,5")
    }
}
