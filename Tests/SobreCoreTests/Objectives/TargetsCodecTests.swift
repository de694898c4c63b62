import SobreJSON
import Testing
@testable import SobreCore

/// The `targets` key of the assessment file (SPEC §9) and its checks against the questionnaire.
@Suite struct TargetsCodecTests {
    static func file(_ targets: String) -> [UInt8] {
        Array("""
            { "format": 1, "questionnaire": { "id": "objectifs", "version": "1" }, "site": { "id": "s" },
              "date": "2026-03-01", "answers": {}, "targets": \(targets) }
            """.utf8)
    }

    @Test func targetsAreReadAndWrittenBackWithUnknownKeys() throws {
        let a = try AssessmentCodec.decode(Self.file("""
            { "by": 2029, "overall": 3, "themes": { "gouv": 3, "achats": 4 }, "indicators": { "elec": -20 }, "note": "CA du 3 mars" }
            """))
        let t = try #require(a.targets)
        #expect(t.by == 2029)
        #expect(t.overall == 3)
        #expect(t.themes == [.init(id: "gouv", level: 3), .init(id: "achats", level: 4)])
        #expect(t.indicators == [.init(id: "elec", percent: -20)])
        let written = JSONWriter.string(AssessmentCodec.encode(a), pretty: false)
        #expect(written.contains(#""targets":{"by":2029,"overall":3,"themes":{"gouv":3,"achats":4},"indicators":{"elec":-20},"note":"CA du 3 mars"}"#))
        #expect(try AssessmentCodec.decode(AssessmentCodec.bytes(a)) == a)
    }

    @Test(arguments: [
        (#"{ "overall": 3 }"#, "il manque « targets.by » : l’année où les objectifs doivent être atteints"),
        (#"{ "by": 2029.5 }"#, "« targets.by » doit être une année (un entier, par exemple 2029)"),
        (#"{ "by": 2029, "overall": "3" }"#, "« targets.overall » doit être un identifiant de niveau (un entier)"),
        (#"{ "by": 2029, "themes": { "gouv": 2.5 } }"#, "« targets.themes.gouv » doit être un identifiant de niveau (un entier)"),
        (#"{ "by": 2029, "indicators": { "elec": "moins" } }"#,
         "« targets.indicators.elec » doit être un pourcentage (un nombre, −20 pour un cinquième de moins)"),
        (#"[2029]"#, "« targets » doit être un objet { \"by\": année, … }"),
    ])
    func badTargetsAreRefusedNamingTheKey(targets: String, message: String) {
        #expect(throws: AssessmentCodec.ReadError(message: message)) { try AssessmentCodec.decode(Self.file(targets)) }
    }

    @Test func unknownThemesLevelsAndIndicatorsAreRefusedWithTheValidOnes() throws {
        let q = try ObjectivesFixture.questionnaire()
        let targets = Targets(by: 2025, overall: 7, themes: [.init(id: "achat", level: 2), .init(id: "gouv", level: 0)],
                              indicators: [.init(id: "elec", percent: -10)])
        let problems = TargetsCheck.problems(targets, questionnaire: q, year: 2026, indicators: [])
        #expect(problems.map(\.key) == ["by", "overall", "themes.achat", "themes.gouv", "indicators.elec"])
        #expect(problems.map(\.message) == [
            "l’année 2025 est avant celle de l’évaluation (2026) : choisissez 2026 ou plus tard",
            "niveau 7 inconnu ; niveaux du questionnaire : 1 Découverte, 2 Engagé, 3 Structuré, 4 Exemplaire",
            "thème « achat » inconnu ; thèmes du questionnaire : gouv, achats",
            "niveau 0 inconnu ; niveaux du questionnaire : 1 Découverte, 2 Engagé, 3 Structuré, 4 Exemplaire",
            "indicateur « elec » inconnu ; ce questionnaire ne déclare aucun indicateur",
        ])
        #expect(TargetsCheck.problems(Targets(by: 2026, themes: [.init(id: "gouv", level: 2)]), questionnaire: q, year: 2026,
                                      indicators: []).isEmpty)
    }
}
