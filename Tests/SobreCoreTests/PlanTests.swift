import Testing
@testable import SobreCore

/// The action plan of SPEC §3.5: triggers, order keys, `after`, reasons, quick wins.
@Suite struct PlanTests {
    static let themes = header() + """
        themes:
          - id: u
            title: Usages
            questions:
              - { id: a, text: A, type: boolean }
              - { id: b, text: B, type: boolean, weight: 2 }
              - { id: c, text: C, type: scale, min: 0, max: 4 }
              - id: d
                text: D
                type: single
                weight: 3
                options:
                  - { id: non, label: Non, score: 0 }
                  - { id: partiel, label: Partiel, score: 0.5 }
                  - { id: oui, label: Oui, score: 1 }
              - { id: e, text: E, type: boolean, weight: 0 }
              - { id: f, text: F, type: boolean, na: true }
              - { id: h, text: H, type: boolean, when: u.a == true }
          - id: v
            title: V
            questions:
              - { id: g, text: G, type: boolean }
        actions:

        """

    /// One action line: `id`, effort, priority, condition, optional `after`.
    static func action(_ id: String, _ effort: String, _ priority: String, _ when: String, after: [String] = []) -> String {
        let afterText = after.isEmpty ? "" : ", after: [\(after.joined(separator: ", "))]"
        return "  - { id: \(id), title: \(id), theme: u, priority: \(priority), effort: \(effort), when: \"\(when)\"\(afterText) }\n"
    }

    /// a = false, b = false, c = 1, d = partiel, e = false, f N/A, h stored but not relevant, g unanswered.
    static func answers() -> AnswerSet {
        var answers = AnswerSet()
        answers["u.a"] = Answer(value: .bool(false))
        answers["u.b"] = Answer(value: .bool(false))
        answers["u.c"] = Answer(value: .number(1))
        answers["u.d"] = Answer(value: .string("partiel"))
        answers["u.e"] = Answer(value: .bool(false))
        answers["u.f"] = Answer(notApplicable: true)
        answers["u.h"] = Answer(value: .bool(true))
        return answers
    }

    static func plan(_ actions: String..., answers: AnswerSet = answers()) throws -> Scorecard {
        let result = load(themes + actions.joined())
        #expect(result.diagnostics.filter { $0.severity == .error }.map(\.description) == [])
        let q = try #require(result.questionnaire)
        return Scorecard(questionnaire: q, answers: answers)
    }

    // MARK: - Order keys

    @Test func effortThenPriorityThenGapThenFileOrder() throws {
        let card = try Self.plan(
            Self.action("k1", "high", "high", "u.a == false"),
            Self.action("k2", "low", "low", "u.a == false"),
            Self.action("k3", "medium", "high", "u.a == false"),
            Self.action("k4", "low", "high", "u.a == false"),
            Self.action("k5", "low", "medium", "u.a == false"),
            Self.action("k6", "low", "high", "u.b == false"),
            Self.action("k7", "low", "high", "u.a == false"),
            Self.action("k8", "low", "high", "u.a == true"))
        #expect(card.plan.map(\.action.id) == ["k6", "k4", "k7", "k5", "k2", "k3", "k1"])
        #expect(card.plan.map(\.rank) == [1, 2, 3, 4, 5, 6, 7])
        #expect(card.plan.map(\.action.horizon) == [.quickWin, .quickWin, .quickWin, .quickWin, .quickWin, .shortTerm, .structural])
        #expect(card.triggeredActionIDs == ["k1", "k2", "k3", "k4", "k5", "k6", "k7"])
    }

    @Test func gapOverCountedQuestionsEachOnce() throws {
        let card = try Self.plan(
            // u.b three times, counted once: 2 × (1 − 0).
            Self.action("g1", "low", "high", "u.b == false or score(u.b) < 1 or not answered(u.b)"),
            // 3 × (1 − 0.5).
            Self.action("g2", "low", "high", "u.d != 'oui'"),
            // u.a: 1; u.e weighs 0: not counted.
            Self.action("g3", "low", "high", "u.a == false and u.e == false"),
            // 1 × (1 − 1/4); u.f is N/A: not counted.
            Self.action("g4", "low", "high", "u.c < 4"),
            Self.action("g5", "low", "high", "na(u.f) and u.c < 4"),
            // Unanswered: nothing.
            Self.action("g6", "low", "high", "not answered(v.g)"),
            // 1.5 + 2 + 0.75, u.d once.
            Self.action("g7", "low", "high", "u.d != 'oui' and u.b == false and u.c < 4 and u.d == 'partiel'"),
            // u.h is not relevant: not counted, though answered.
            Self.action("g8", "low", "high", "not answered(u.h) and u.d in ['partiel']"))
        #expect(card.plan.map(\.action.id) == ["g7", "g1", "g2", "g8", "g3", "g4", "g5", "g6"])
        let gaps = Dictionary(uniqueKeysWithValues: card.plan.map { ($0.action.id, $0.gap) })
        let expected: [String: Double] = ["g1": 2, "g2": 1.5, "g3": 1, "g4": 0.75, "g5": 0.75, "g6": 0, "g7": 4.25, "g8": 1.5]
        for (id, gap) in expected {
            #expect(abs((gaps[id] ?? -1) - gap) <= 1e-9, "\(id): \(gaps[id] ?? -1)")
        }
    }

    // MARK: - after

    @Test func afterTakesTheFirstAvailableByTheKeysAtEachStep() throws {
        // By the keys: a1, a2, a4, a3. a1 waits for a3, and the others do not wait for a1.
        let card = try Self.plan(
            Self.action("a1", "low", "high", "u.a == false", after: ["a3"]),
            Self.action("a2", "low", "medium", "u.a == false"),
            Self.action("a3", "high", "high", "u.a == false"),
            Self.action("a4", "medium", "low", "u.a == false"))
        #expect(card.plan.map(\.action.id) == ["a2", "a4", "a3", "a1"])
    }

    @Test func afterNamingAnUntriggeredActionIsIgnored() throws {
        let card = try Self.plan(
            Self.action("b1", "low", "low", "u.a == false", after: ["b2"]),
            Self.action("b2", "low", "high", "u.a == true"),
            Self.action("b3", "low", "medium", "u.a == false"),
            Self.action("b4", "low", "high", "u.a == false", after: ["b1"]))
        #expect(card.plan.map(\.action.id) == ["b3", "b1", "b4"])
    }

    @Test func afterChain() throws {
        let card = try Self.plan(
            Self.action("c1", "low", "high", "u.a == false", after: ["c2"]),
            Self.action("c2", "low", "high", "u.a == false", after: ["c3"]),
            Self.action("c3", "low", "high", "u.a == false"),
            Self.action("c4", "high", "low", "u.a == false"))
        #expect(card.plan.map(\.action.id) == ["c3", "c2", "c1", "c4"])
    }

    @Test func afterSeveralPrerequisites() throws {
        let card = try Self.plan(
            Self.action("d1", "low", "high", "u.a == false", after: ["d3", "d2"]),
            Self.action("d2", "medium", "high", "u.a == false"),
            Self.action("d3", "high", "high", "u.a == false"),
            Self.action("d4", "medium", "low", "u.a == false"))
        #expect(card.plan.map(\.action.id) == ["d2", "d4", "d3", "d1"])
    }

    // MARK: - Why

    @Test func becauseListsTheQuestionsWithTheirAnswers() throws {
        // Every operand of the `and` holds; `not` of a null question is true.
        let card = try Self.plan(
            Self.action("w", "low", "high", "u.a == false and na(u.f) and not (v.g == true) and not u.h and u.c <= 1 and u.a != true"))
        let item = try #require(card.plan.first)
        #expect(item.because.map(\.questionID) == ["u.a", "u.f", "v.g", "u.h", "u.c"])
        #expect(item.because.map(\.value) == [.bool(false), nil, nil, nil, .number(1)])
        #expect(item.because.map(\.notApplicable) == [false, true, false, false, false])
        #expect(item.because.map(\.relevant) == [true, true, true, false, true])
    }

    /// The ids of the reasons of the only action, whose condition is `when`.
    static func why(_ when: String) throws -> [String] {
        let card = try plan(action("w", "low", "high", when))
        return try #require(card.plan.first, "\(when) should hold").because.map(\.questionID)
    }

    @Test func becauseOfAnOrIsTheOperandThatHolds() throws {
        // u.d is partiel: the first branch is false and gives no reason.
        #expect(try Self.why("u.d == 'oui' or u.a == false") == ["u.a"])
        #expect(try Self.why("u.a == false or u.d == 'oui'") == ["u.a"])
        // The example of SPEC §3.5: true through its second branch (score(u.c) is 0.25).
        #expect(try Self.why("score(u.c) < 0.2 or answered(u.d) and u.d != 'oui'") == ["u.d"])
        // A null operand is false too.
        #expect(try Self.why("v.g == false or u.b == false") == ["u.b"])
    }

    @Test func becauseOfAnOrWithBothOperandsTrueIsBoth() throws {
        #expect(try Self.why("u.a == false or u.b == false") == ["u.a", "u.b"])
        #expect(try Self.why("u.b == false or u.a == false or u.c < 2") == ["u.b", "u.a", "u.c"])
    }

    @Test func becauseOfAnAndIsBothOperandsInOrder() throws {
        #expect(try Self.why("u.c < 2 and u.a == false") == ["u.c", "u.a"])
    }

    @Test func becauseOfNotAComparisonOrAFunctionIsEveryQuestionNamed() throws {
        // Inside `not`, the false `or` names both questions: what is negated is the whole.
        #expect(try Self.why("not (u.d == 'oui' or u.a == true)") == ["u.d", "u.a"])
        #expect(try Self.why("score(u.d) + score(u.c) < 1") == ["u.d", "u.c"])
        #expect(try Self.why("(u.d == 'oui' or u.a == false) == true") == ["u.d", "u.a"])
    }

    @Test func becauseOfNestedConditionsFollowsTheBranchesThatHold() throws {
        #expect(try Self.why("score(u.d) == 1 or (answered(u.b) and u.b == false and (u.c > 3 or u.a == false))") == ["u.b", "u.a"])
        #expect(try Self.why("(u.d == 'oui' or u.c < 2) and (u.a == true or u.b == false)") == ["u.c", "u.b"])
    }

    @Test func becauseNamesEachQuestionOnceInOrderOfFirstAppearance() throws {
        #expect(try Self.why("u.a == true or u.b == false and u.a == false or u.c > 0 or u.b != true") == ["u.b", "u.a", "u.c"])
    }

    @Test func theGapStillCountsEveryQuestionTheConditionNames() throws {
        let card = try Self.plan(Self.action("w", "low", "high", "u.d == 'oui' or u.a == false"))
        let item = try #require(card.plan.first)
        #expect(item.because.map(\.questionID) == ["u.a"])
        // u.a: 1 × (1 − 0); u.d: 3 × (1 − 0.5).
        #expect(item.gap == 2.5)
    }

    @Test func becauseIsEmptyForMaturityOnlyConditions() throws {
        let card = try Self.plan(Self.action("m", "low", "high", "overall_score() < 100"))
        #expect(card.plan.map(\.action.id) == ["m"])
        #expect(card.plan[0].because.isEmpty)
        #expect(card.plan[0].gap == 0)
    }

    // MARK: - Quick wins

    @Test func quickWinsAreTheFirstFiveLowEffortItemsInPlanOrder() throws {
        let card = try Self.plan(
            Self.action("q1", "low", "high", "u.a == false", after: ["m1"]),
            Self.action("q2", "low", "high", "u.a == false"),
            Self.action("m1", "medium", "high", "u.a == false"),
            Self.action("q3", "low", "high", "u.a == false"),
            Self.action("q4", "low", "low", "u.a == false"),
            Self.action("q5", "low", "high", "u.a == false"),
            Self.action("q6", "low", "high", "u.a == false"),
            Self.action("q7", "low", "high", "u.a == false"))
        #expect(card.plan.map(\.action.id) == ["q2", "q3", "q5", "q6", "q7", "q4", "m1", "q1"])
        #expect(card.quickWins.map(\.action.id) == ["q2", "q3", "q5", "q6", "q7"])
    }

    @Test func fewerThanFiveQuickWins() throws {
        let card = try Self.plan(
            Self.action("s1", "medium", "high", "u.a == false"),
            Self.action("q1", "low", "low", "u.a == false"))
        #expect(card.quickWins.map(\.action.id) == ["q1"])
    }

    @Test func noAnswerNoPlanUnlessTheConditionSaysSo() throws {
        let card = try Self.plan(
            Self.action("x1", "low", "high", "u.a == false"),
            Self.action("x2", "low", "high", "u.d != 'oui'"),
            Self.action("x3", "low", "high", "not (u.d == 'oui')"),
            Self.action("x4", "low", "high", "not answered(u.a)"),
            answers: AnswerSet())
        #expect(card.plan.map(\.action.id) == ["x3", "x4"])
    }

    // MARK: - Maturity-aware actions

    static func maturity(_ x: Double?, _ y: Double?) throws -> Scorecard {
        let yaml = """
            format: 1
            id: maturite
            version: "1"
            language: fr
            title: Maturité
            levels:
              - { id: 1, name: Un, min: 0 }
              - { id: 2, name: Deux, min: 25 }
              - { id: 3, name: Trois, min: 50 }
              - { id: 4, name: Quatre, min: 75 }
            scoring:
              weakest_link: 0
            themes:
              - { id: x, title: X, questions: [{ id: q, text: Q, type: scale, min: 0, max: 100 }] }
              - { id: y, title: Y, questions: [{ id: q, text: Q, type: scale, min: 0, max: 100 }] }
            actions:
              - { id: m1, title: M1, theme: x, priority: high, effort: low, when: theme_score(x) < 50 }
              - { id: m2, title: M2, theme: y, priority: high, effort: low, when: theme_level(y) >= 3 }
              - { id: m3, title: M3, theme: x, priority: high, effort: low, when: overall_level() == 1 }
              - { id: m4, title: M4, theme: x, priority: high, effort: low, when: overall_score() >= 50 }
              - { id: m5, title: M5, theme: x, priority: high, effort: low, when: theme_score(x) < 50 and x.q < 100 }
              - { id: m6, title: M6, theme: x, priority: high, effort: low, when: overall_level() == 3 }
              - { id: m7, title: M7, theme: x, priority: high, effort: low, when: not (overall_level() >= 1) }
            """
        let q = try #require(load(yaml).questionnaire)
        var answers = AnswerSet()
        if let x { answers["x.q"] = Answer(value: .number(x)) }
        if let y { answers["y.q"] = Answer(value: .number(y)) }
        return Scorecard(questionnaire: q, answers: answers)
    }

    @Test func maturityAwareActionsSeeTheCappedLevel() throws {
        // x 10 (level 1), y 100 (level 4); overall 55 is level 3, capped to 1 by weakest_link 0.
        let card = try Self.maturity(10, 100)
        #expect(card.levelByScore?.id == 3)
        #expect(card.overallLevel?.id == 1)
        // m5 first: its gap 1 × (1 − 0.1) beats the others' 0.
        #expect(card.plan.map(\.action.id) == ["m5", "m1", "m2", "m3", "m4"])
        #expect(abs(card.plan[0].gap - 0.9) <= 1e-9)
        #expect(card.plan[0].because.map(\.questionID) == ["x.q"])
    }

    @Test func maturityFunctionsAreNullWhenNotAssessed() throws {
        // y not assessed: theme_level(y) is null; overall is x alone, 10, level 1.
        let card = try Self.maturity(10, nil)
        #expect(card.plan.map(\.action.id) == ["m5", "m1", "m3"])
        // Nothing assessed: every maturity condition is false, and so is its negation by comparison.
        let empty = try Self.maturity(nil, nil)
        #expect(empty.plan.map(\.action.id) == ["m7"])
    }

    @Test func maturityAwareActionsWhenEverythingIsHigh() throws {
        let card = try Self.maturity(90, 80)
        #expect(card.overallLevel?.id == 4)
        #expect(card.plan.map(\.action.id) == ["m2", "m4"])
    }

    /// The gap is summed in interview order: the same questions named in another order give
    /// exactly the same gap, so the tie goes to file order (0.7 + 0.8 + 0.9 ≠ 0.9 + 0.8 + 0.7 in doubles).
    @Test func gapIsSummedInInterviewOrder() throws {
        let q = try loadValid(header() + """
            option_sets:
              o:
                - { id: x, label: X, score: 0.1 }
                - { id: y, label: Y, score: 0.2 }
                - { id: z, label: Z, score: 0.3 }
            themes:
              - id: t
                title: T
                questions:
                  - { id: a, text: A, type: single, options: o }
                  - { id: b, text: B, type: single, options: o }
                  - { id: c, text: C, type: single, options: o }
            actions:
              - { id: backward, title: B, theme: t, priority: high, effort: low, when: "score(t.c) < 1 and score(t.b) < 1 and score(t.a) < 1" }
              - { id: forward, title: F, theme: t, priority: high, effort: low, when: "score(t.a) < 1 and score(t.b) < 1 and score(t.c) < 1" }
            """)
        var answers = AnswerSet()
        answers["t.a"] = Answer(value: .string("x"))
        answers["t.b"] = Answer(value: .string("y"))
        answers["t.c"] = Answer(value: .string("z"))
        let card = Scorecard(questionnaire: q, answers: answers)
        #expect(card.plan.map(\.action.id) == ["backward", "forward"])
        #expect(card.plan[0].gap == card.plan[1].gap)
        #expect(card.plan[0].gap == (0.9 + 0.8) + 0.7)
    }
}
