import Testing
@testable import SobreCore

/// The static checks of SPEC §8 on factors, indicators and `saves`, each at its line and column.
@Suite struct IndicatorChecksTests {
    /// A theme of two questions, two factors; `indicators` and `actions` are the test's.
    static func fixture(indicators: String, actions: String = "", language: String = "fr") -> String {
        header(language: language) + """
            factors:
              kwh_poste: { value: 150, unit: kWh/an }
              euro_kwh: { value: 0.2, unit: €/kWh, label: Prix, source: Tarif }
            themes:
              - id: parc
                title: Parc
                questions:
                  - { id: postes, text: Postes ?, type: number }
                  - { id: charte, text: Charte ?, type: boolean }
            indicators:

            """ + indicators + actions
    }

    static let electricity = """
          - id: electricite
            label: Électricité
            unit: kWh/an
            value: default(parc.postes, 0) * factor(kwh_poste)

        """

    static func action(saves: String, when: String = "parc.charte == false") -> String {
        """
        actions:
          - id: a
            title: A
            theme: parc
            priority: high
            effort: low
            when: \(when)
            saves:
              \(saves)

        """
    }

    @Test func validFileLoadsEverything() throws {
        let q = try loadValid(Self.fixture(indicators: Self.electricity + """
              - id: cout
                label: Coût
                unit: €/an
                value: indicator(electricite) * factor(euro_kwh)
                headline: true
                short: Coût annuel
                source: S
                description: D

            """, actions: Self.action(saves: "cout: indicator(cout) * 0.1", when: "indicator(cout) > 10")))
        #expect(q.factors.map(\.id) == ["kwh_poste", "euro_kwh"])
        #expect(q.factors[1].value == 0.2 && q.factors[1].unit == "€/kWh" && q.factors[1].label == "Prix" && q.factors[1].source == "Tarif")
        #expect(q.factors[1].overridden == false)
        #expect(q.indicators.map(\.id) == ["electricite", "cout"])
        #expect(q.indicators[1].headline && !q.indicators[0].headline)
        #expect(q.indicators[1].source == "S" && q.indicators[1].description == "D")
        #expect(q.indicators[1].short == "Coût annuel" && q.indicators[0].short == nil)
        #expect(q.actions[0].saves.map(\.indicatorID) == ["cout"])
        #expect(q.actions[0].saves[0].value.text == "indicator(cout) * 0.1")
    }

    @Test func unknownFactor() {
        assertDiagnostics(Self.fixture(indicators: """
              - id: electricite
                label: Électricité
                unit: kWh/an
                value: parc.postes * factor(1️⃣kwh_postes)

            """), [("1️⃣", .error, "facteur « kwh_postes » inconnu : déclarez-le dans « factors » ; vouliez-vous dire « kwh_poste » ?")])
    }

    @Test func unknownIndicatorInAnAction() {
        assertDiagnostics(Self.fixture(indicators: Self.electricity, actions: Self.action(saves: "electricite: 1", when: "indicator(1️⃣electricit) > 3")),
                          [("1️⃣", .error, "indicateur « electricit » inconnu : déclarez-le dans « indicators » ; vouliez-vous dire « electricite » ?")])
    }

    @Test func selfAndForwardReferences() {
        assertDiagnostics(Self.fixture(indicators: """
              - id: electricite
                label: Électricité
                unit: kWh/an
                value: indicator(1️⃣electricite) + indicator(2️⃣cout)
              - id: cout
                label: Coût
                unit: €/an
                value: indicator(electricite) * factor(euro_kwh)

            """), [
                ("1️⃣", .error, "l’indicateur « electricite » ne peut pas se calculer à partir de lui-même"),
                ("2️⃣", .error, "l’indicateur « electricite » ne peut utiliser que des indicateurs déclarés avant lui ; « cout » vient après : déplacez « cout » plus haut"),
            ])
    }

    @Test func duplicateIndicatorAndNonNumberValue() {
        assertDiagnostics(Self.fixture(indicators: Self.electricity + """
              - id: 1️⃣electricite
                label: Encore
                unit: kWh/an
                value: 2️⃣parc.charte
              - id: trois
                label: Trois
                unit: kWh/an
                value: 3️⃣parc.postes > 3

            """), [
                ("1️⃣", .error, "indicateur « electricite » en double"),
                ("2️⃣", .error, "un nombre est attendu, pas une condition (vrai/faux)"),
                ("3️⃣", .error, "un nombre est attendu, pas une condition (vrai/faux)"),
            ])
    }

    @Test func syntaxErrorInAValueIsAnInvalidFormula() {
        assertDiagnostics(Self.fixture(indicators: """
              - id: electricite
                label: Électricité
                unit: kWh/an
                value: parc.postes *1️⃣

            """), [("1️⃣", .error, "formule invalide : l’expression se termine trop tôt")])
    }

    @Test func savesNamingAnUnknownIndicatorOrGivingNoNumber() {
        assertDiagnostics(Self.fixture(indicators: Self.electricity, actions: Self.action(saves: """
            1️⃣electricit: 3
                  electricite: 2️⃣parc.charte
            """)), [
                ("1️⃣", .error, "« saves » nomme l’indicateur « electricit », qui n’est pas déclaré dans « indicators » ; vouliez-vous dire « electricite » ?"),
                ("2️⃣", .error, "un nombre est attendu, pas une condition (vrai/faux)"),
            ])
    }

    @Test func indicatorInAQuestionsWhen() {
        assertDiagnostics(header() + """
            factors:
              kwh_poste: { value: 150, unit: kWh/an }
            themes:
              - id: parc
                title: Parc
                questions:
                  - { id: postes, text: Postes ?, type: number }
                  - { id: charte, text: Charte ?, type: boolean, when: 1️⃣indicator(electricite) > 3 }
            indicators:

            """ + Self.electricity, [
                ("1️⃣", .error, "indicator() n’est pas permise dans le « when » d’une question (les indicateurs se calculent après l’entretien) ; utilisez les questions elles-mêmes"),
            ])
    }

    @Test func factorInAQuestionsWhenIsAllowed() throws {
        _ = try loadValid(header() + """
            factors:
              seuil: { value: 10, unit: postes }
            themes:
              - id: parc
                title: Parc
                questions:
                  - { id: postes, text: Postes ?, type: number }
                  - { id: charte, text: Charte ?, type: boolean, when: parc.postes > factor(seuil) }

            """)
    }

    @Test func maturityFunctionsInAValue() {
        assertDiagnostics(Self.fixture(indicators: """
              - id: electricite
                label: Électricité
                unit: kWh/an
                value: 1️⃣overall_score() * factor(kwh_poste)

            """), [("1️⃣", .error, "overall_score() n’est permise que dans le « when » d’une action, pas dans une valeur d’indicateur ni dans « saves »")])
    }

    @Test func factorProblems() {
        assertDiagnostics(header() + """
            factors:
              kwh_poste: { value: 1️⃣beaucoup, unit: kWh/an }
              2️⃣Kwh: { value: 1, unit: kWh/an }
              sans_unite: 3️⃣{ value: 1 }

            """ + minimalThemes, [
                ("1️⃣", .error, "« value » doit être un nombre"),
                ("2️⃣", .error, "identifiant « Kwh » invalide : il doit suivre le modèle [a-z][a-z0-9_]* (minuscules sans accent, chiffres, _)"),
                ("3️⃣", .error, "il manque la clé « unit » dans le facteur « sans_unite »"),
            ])
    }

    @Test func englishMessages() {
        assertDiagnostics(Self.fixture(indicators: """
              - id: electricity
                label: Electricity
                unit: kWh/yr
                value: parc.postes * factor(1️⃣kwh) + indicator(2️⃣electricity)

            """, language: "en"), [
                ("1️⃣", .error, "unknown factor 'kwh': declare it under 'factors'"),
                ("2️⃣", .error, "indicator 'electricity' cannot be computed from itself"),
            ])
    }
}
