import Testing
@testable import SobreCore

/// Indicator values, `missing`, savings and their caps (SPEC §8), on the round figures of
/// the `test-indicateurs` fixture (150 kWh a desktop, 40 a laptop, 0.20 € a kWh).
@Suite struct IndicatorEvaluationTests {
    static func questionnaire() throws -> Questionnaire {
        let fixture = FixtureQuestionnaire.indicators
        let result = QuestionnaireLoader.load(bytes: fixture.bytes, path: fixture.path)
        return try #require(result.questionnaire)
    }

    static func card(_ values: [String: Answer]) throws -> Scorecard {
        var answers = AnswerSet()
        for (id, answer) in values { answers[id] = answer }
        return Scorecard(questionnaire: try questionnaire(), answers: answers)
    }

    /// 10 desktops, 5 laptops, no server, never switched off.
    static let site: [String: Answer] = [
        "parc.postes": Answer(value: .number(10)), "parc.portables": Answer(value: .number(5)),
        "parc.serveurs": Answer(value: .number(0)), "usages.extinction": Answer(value: .string("jamais")),
    ]

    @Test func valuesInFileOrderEachSeeingTheEarlierOnes() throws {
        let card = try Self.card(Self.site)
        #expect(card.indicators.map(\.indicator.id) == ["electricite_postes", "electricite", "cout", "par_serveur"])
        // 10 × 150 = 1500; + 5 × 40 = 1700; × 0.2 = 340; 1700 / 0 has no value.
        #expect(card.indicatorValues == [1500, 1700, 340, nil])
        // A division by zero is null for another reason than an answer: nothing is missing.
        #expect(card.indicators.map(\.missing) == [[], [], [], []])
    }

    @Test func missingListsTheQuestionsWhoseNullPropagated() throws {
        // No desktop count: every indicator built on it misses it, directly or through an
        // earlier one; laptops are in `default(…, 0)` and never missing; the server count is N/A.
        let card = try Self.card(["parc.serveurs": Answer(notApplicable: true)])
        #expect(card.indicatorValues == [nil, nil, nil, nil])
        #expect(card.indicators.map(\.missing) == [["parc.postes"], ["parc.postes"], ["parc.postes"], ["parc.postes", "parc.serveurs"]])
    }

    @Test func defaultCountsItsFirstQuestionsOnlyWhenTheFallbackIsNullToo() throws {
        let yaml = header() + """
            themes:
              - id: p
                title: P
                questions:
                  - { id: a, text: A ?, type: number, required: false }
                  - { id: b, text: B ?, type: number, required: false }
                  - { id: c, text: C ?, type: number, required: false }
                  - { id: s, text: S ?, type: boolean }
            indicators:
              - { id: x, label: X, unit: u, value: "default(p.a, p.b) + 0" }
              - { id: y, label: Y, unit: u, value: "default(p.a, 1) * p.c" }
              - { id: z, label: Z, unit: u, value: "min(p.c, p.a) + max(-p.b, 2)" }

            """
        let q = try loadValid(yaml)
        let none = Scorecard(questionnaire: q, answers: AnswerSet())
        #expect(none.indicators.map(\.missing) == [["p.a", "p.b"], ["p.c"], ["p.c", "p.a", "p.b"]])
        var answers = AnswerSet()
        answers["p.b"] = Answer(value: .number(4))
        let withB = Scorecard(questionnaire: q, answers: answers)
        #expect(withB.indicatorValues == [4, nil, nil])
        #expect(withB.indicators.map(\.missing) == [[], ["p.c"], ["p.c", "p.a"]])
    }

    @Test func nonFiniteValuesAreNotEstimated() throws {
        // 10^15 to the 21st power overflows a double: infinity, which is no estimate.
        let huge = Array(repeating: "1000000000000000", count: 21).joined(separator: " * ")
        let yaml = header() + minimalThemes + """
            indicators:
              - { id: big, label: Big, unit: u, value: "\(huge)" }
              - { id: after, label: After, unit: u, value: "indicator(big) + 1" }

            """
        let card = Scorecard(questionnaire: try loadValid(yaml), answers: AnswerSet())
        #expect(card.indicatorValues == [nil, nil])
        #expect(card.indicators.map(\.missing) == [[], []])
    }

    @Test func savingsPerTriggeredActionLeftOutAndCapped() throws {
        let card = try Self.card(Self.site)
        #expect(card.plan.map(\.action.id) == ["extinction_postes", "tout_couper", "portables_plutot"])
        // 1500 × 0.4 = 600 kWh and 120 €; 10 000 € capped at the 340 € of the site; −5 on an
        // indicator with no estimate is left out.
        #expect(card.plan.map(\.saves) == [
            [IndicatorSaving(indicatorID: "electricite", amount: 600), IndicatorSaving(indicatorID: "cout", amount: 120)],
            [IndicatorSaving(indicatorID: "cout", amount: 340)],
            [IndicatorSaving(indicatorID: "electricite", amount: 1350)],
        ])
        #expect(card.planSavings == card.plan.map(\.saves))
        // 600 + 1350 capped at 1700; 120 + 340 capped at 340; par_serveur has no estimate.
        #expect(card.savingsTotals == [IndicatorSaving(indicatorID: "electricite", amount: 1700),
                                       IndicatorSaving(indicatorID: "cout", amount: 340)])
    }

    @Test func savingsGiveNothingWithoutAPositiveResult() throws {
        // Switched off half the time: 1500 × 0.4 × 0.5 = 300 kWh; not "jamais", so no tout_couper.
        var site = Self.site
        site["usages.extinction"] = Answer(value: .string("parfois"))
        let card = try Self.card(site)
        #expect(card.plan.map(\.action.id) == ["extinction_postes", "portables_plutot"])
        #expect(card.plan[0].saves == [IndicatorSaving(indicatorID: "electricite", amount: 300),
                                       IndicatorSaving(indicatorID: "cout", amount: 60)])
        // No desktop answered: no estimate, so no saving; the action on indicator() is not triggered.
        let empty = try Self.card(["usages.extinction": Answer(value: .string("jamais"))])
        #expect(empty.plan.map(\.action.id) == ["extinction_postes", "tout_couper"])
        #expect(empty.plan.map(\.saves) == [[], []])
        #expect(empty.savingsTotals == [])
    }

    @Test func indicatorsReducedByActionsSavings() throws {
        let card = try Self.card(Self.site)
        #expect(card.indicatorValues(afterSavingsOf: ["extinction_postes"]) == [1500, 1100, 220, nil])
        // Both savings on cost (120 + 340) are capped at its value: never below 0.
        #expect(card.indicatorValues(afterSavingsOf: ["extinction_postes", "tout_couper"]) == [1500, 1100, 0, nil])
        #expect(card.indicatorValues(afterSavingsOf: ["inconnue"]) == [1500, 1700, 340, nil])
    }

    @Test func aQuestionnaireWithoutIndicatorsHasNone() throws {
        let card = Scorecard(questionnaire: try loadValid(header() + minimalThemes), answers: AnswerSet())
        #expect(card.indicators.isEmpty && card.savingsTotals.isEmpty && card.indicatorValues.isEmpty)
    }

    @Test func factorAndIndicatorEvaluateAsWrittenForReasons() throws {
        // The reasons of a plan item evaluate the condition by name: indicator() must be seen there too.
        let card = try Self.card(Self.site)
        let item = try #require(card.plan.first { $0.action.id == "portables_plutot" })
        #expect(item.because.isEmpty)
        let env = Scorecard.Environment(results: card.questions, index: [:], themes: card.themes, overall: nil,
                                        indicatorValues: card.indicatorValues, binding: card.questionnaire.lookup.estimates.binding)
        #expect(try holds("indicator(electricite_postes) == 1500 and factor(euro_kwh) == 0.2", in: env))
    }
}
