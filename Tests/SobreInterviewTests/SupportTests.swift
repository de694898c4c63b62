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
