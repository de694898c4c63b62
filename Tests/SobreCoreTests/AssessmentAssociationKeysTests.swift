import Testing
@testable import SobreCore
import SobreJSON

/// The keys of SPEC §12 in the assessment file: `kind`, `association`, each answer's `inherited`.
@Suite struct AssessmentAssociationKeysTests {
    static func file(_ top: String = "", answer: String = "") -> String {
        """
        {
          "format": 1,
          "questionnaire": { "id": "essms-sobriete", "version": "2026.1" },
          "site": { "id": "foyer" },
          "date": "2026-11-29",
          \(top)
          "answers": { "achats.criteres": { "value": true\(answer) } }
        }
        """
    }

    static func decode(_ text: String) throws(AssessmentCodec.ReadError) -> Assessment {
        try AssessmentCodec.decode(Array(text.utf8))
    }

    @Test func absentKeysMeanASiteWithNothingInherited() throws {
        let a = try Self.decode(Self.file())
        #expect(a.kind == .site)
        #expect(a.association == nil)
        #expect(a.answers["achats.criteres"]?.inherited == false)
    }

    @Test func keysAreReadAndWrittenBackWithTheirNeighbours() throws {
        let a = try Self.decode(Self.file(
            #""kind": "association", "association": { "file": "../_association/2026-10-01.json", "date": "2026-10-01", "sha256": "ab", "by": "x" },"#,
            answer: #", "inherited": true, "later": 1"#))
        #expect(a.kind == .association)
        #expect(a.association == .init(file: "../_association/2026-10-01.json", date: "2026-10-01", sha256: "ab"))
        #expect(a.answers["achats.criteres"]?.inherited == true)
        let again = try AssessmentCodec.decode(AssessmentCodec.bytes(a))
        #expect(again == a)
        let text = String(decoding: AssessmentCodec.bytes(a), as: UTF8.self)
        #expect(text.contains(#""by": "x""#) && text.contains(#""later": 1"#))
    }

    @Test func unknownKeysOfBothReferencesSurviveARewriteThatSetsThem() throws {
        // `based_on` was written whole from its three keys, losing any other.
        var a = try Self.decode(Self.file(#"""
            "association": { "file": "../_association/2026-10-01.json", "date": "2026-10-01", "sha256": "ab", "by": "x" },
            "based_on": { "file": "2025-04-06.json", "date": "2025-04-06", "sha256": "cd", "note": "y" },
            """#))
        let earlier = try #require(a.basedOn)
        let association = try #require(a.association)
        #expect(earlier == BasedOn(file: "2025-04-06.json", date: "2025-04-06", sha256: "cd"))
        a.basedOn = earlier
        a.association = association
        let text = String(decoding: AssessmentCodec.bytes(a), as: UTF8.self)
        #expect(text.contains(#""by": "x""#) && text.contains(#""note": "y""#))
        let again = try AssessmentCodec.decode(AssessmentCodec.bytes(a))
        #expect(again.basedOn == earlier && again.association == association)
    }

    @Test func settingAndClearing() throws {
        var a = try Self.decode(Self.file())
        a.kind = .association
        a.association = .init(file: "f.json", date: "2026-01-01", sha256: "cd")
        a.answers["achats.criteres"]?.inherited = true
        var text = String(decoding: AssessmentCodec.bytes(a), as: UTF8.self)
        #expect(text.contains(#""kind": "association""#) && text.contains(#""inherited": true"#) && text.contains(#""sha256": "cd""#))
        a.kind = .site
        a.association = nil
        a.answers["achats.criteres"]?.inherited = false
        text = String(decoding: AssessmentCodec.bytes(a), as: UTF8.self)
        #expect(!text.contains("kind") && !text.contains("inherited") && !text.contains(#""association""#))
    }

    @Test func unknownKindIsRefused() {
        #expect(throws: AssessmentCodec.ReadError(message: "« kind » vaut site ou association, pas « federation »")) {
            try Self.decode(Self.file(#""kind": "federation","#))
        }
    }
}
