import Testing
@testable import SobreCore

/// `--factors FILE` (SPEC §8): values replaced, sources replaced or dropped, every problem at
/// its line and column.
@Suite struct FactorOverridesTests {
    static func questionnaire() throws -> Questionnaire {
        let fixture = FixtureQuestionnaire.indicators
        return try #require(QuestionnaireLoader.load(bytes: fixture.bytes, path: fixture.path).questionnaire)
    }

    static func load(_ text: String, language: Language = .fr) -> (overrides: FactorOverrides?, diagnostics: [Diagnostic]) {
        FactorOverrides.load(bytes: Array(text.utf8), path: "facteurs.yaml", language: language)
    }

    /// The diagnostics of `marked` as rendered lines, the markers giving the places.
    static func expectDiagnostics(_ marked: String, _ expected: [(String, String)], language: Language = .fr,
                                  sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let source = MarkedSource(marked)
        let loaded = Self.load(source.text, language: language)
        var lines = loaded.diagnostics.map(\.description)
        if let overrides = loaded.overrides {
            lines += overrides.unknownNames(in: [try Self.questionnaire()], language: language).map(\.description)
        }
        let wanted = expected.map { marker, message -> String in
            let place = source.locations[marker]
            return "facteurs.yaml:\(place?.line ?? 0):\(place?.column ?? 0): error: \(message)"
        }
        #expect(lines == wanted, sourceLocation: sourceLocation)
    }

    @Test func replacesValuesAndMarksThem() throws {
        let loaded = Self.load("""
            euro_kwh: 0.25
            kwh_poste: { value: 200, source: "Relevé 2026 de l’association" }

            """)
        #expect(loaded.diagnostics.map(\.description) == [])
        let overrides = try #require(loaded.overrides)
        let q = overrides.applied(to: try Self.questionnaire())
        #expect(q.factors.map(\.value) == [200, 40, 0.25])
        #expect(q.factors.map(\.overridden) == [true, false, true])
        // A replaced factor's source is the override's, or none when it gives none.
        #expect(q.factors.map(\.source) == ["Relevé 2026 de l’association", nil, nil])
        #expect(overrides.unknownNames(in: [q], language: .fr).isEmpty)
    }

    @Test func indicatorsAndSavingsComputeWithTheReplacedValues() throws {
        let overrides = try #require(Self.load("euro_kwh: 0.25\n").overrides)
        let q = overrides.applied(to: try Self.questionnaire())
        var answers = AnswerSet()
        answers["parc.postes"] = Answer(value: .number(10))
        answers["parc.portables"] = Answer(value: .number(5))
        answers["usages.extinction"] = Answer(value: .string("parfois"))
        let card = Scorecard(questionnaire: q, answers: answers)
        // 1700 kWh × 0.25 €; the saving of 300 kWh × 0.25 €.
        #expect(card.indicatorValues[2] == 425)
        #expect(card.plan[0].saves.last == IndicatorSaving(indicatorID: "cout", amount: 75))
        #expect(Scorecard(questionnaire: try Self.questionnaire(), answers: answers).indicatorValues[2] == 340)
    }

    @Test func unknownNameAndNonNumberAtTheirPlaces() throws {
        try Self.expectDiagnostics("""
            euro_kw: 0.25
            kwh_poste: 2️⃣beaucoup
            kwh_portable: { value: 3️⃣"40 kWh", source: x }
            euro_kwh: 4️⃣{ 5️⃣valeur: 1 }

            """, [
                ("2️⃣", "« kwh_poste » doit être un nombre"),
                ("3️⃣", "« value » doit être un nombre"),
                ("4️⃣", "il manque la clé « value » dans le facteur « euro_kwh »"),
                ("5️⃣", "clé inconnue « valeur » dans le facteur « euro_kwh »"),
            ])
        // An error in the file stops there: the unknown name (euro_kw) is reported once the file
        // is right, with the closest name.
        try Self.expectDiagnostics("1️⃣euro_kw: 0.25\n", [
            ("1️⃣", "facteur « euro_kw » inconnu : le questionnaire ne le déclare pas dans « factors » ; vouliez-vous dire « euro_kwh » ?"),
        ])
    }

    @Test func notAMapAndEnglish() throws {
        try Self.expectDiagnostics("1️⃣- 0.25\n", [
            ("1️⃣", "un fichier de facteurs associe un nom de facteur à un nombre (kwh_poste: 151) ou à { value: 151, source: … }"),
        ])
        let loaded = Self.load("x: 1\n", language: .en)
        let unknown = try #require(loaded.overrides).unknownNames(in: [try Self.questionnaire()], language: .en)
        #expect(unknown.map(\.description) == ["facteurs.yaml:1:1: error: unknown factor 'x': the questionnaire does not declare it under 'factors'"])
    }
}
