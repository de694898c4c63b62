import Testing
@testable import SobreCore

/// Evaluation with the null rules of SPEC §2.
@Suite struct EvaluatorTests {
    /// Answers for t.s (single), t.m (multiple), t.b (boolean), t.n (number), t.x (text);
    /// t.u, t.v and t.w are unanswered (null).
    static let answered = FakeEnvironment(
        values: [
            "t.s": .text("oui"), "t.m": .set(["a", "b"]), "t.b": .bool(true), "t.n": .number(4), "t.x": .text("libre"),
        ],
        scores: ["t.s": 1, "t.m": 0.75, "t.b": 1, "t.n": 0.5],
        themeScores: ["t": 62.5], themeLevels: ["t": 2], overall: 62.5, level: 2)

    // MARK: - Bound to positions

    @Test func bindingReplacesKnownQuestionsByTheirPositions() throws {
        let e = try Expression.parse("score(t.b) > 0.5 and t.a == 'x' or autre.q == 1 or theme_score(t) > 2")
        #expect(render(e.bound(to: ["t.a": 0, "t.b": 1]))
                == "(or (or (and (> score(#1) 0.5) (== #0 'x')) (== autre.q 1)) (> theme_score(t) 2))")
        // The names stay with the condition as written.
        #expect(e.questionReferences == ["t.b", "t.a", "autre.q"])
    }

    /// Binding finds each function once, so that evaluating does not look its name up.
    @Test func bindingFindsTheFunctionsOfValuesAndOfMaturity() throws {
        let e = try Expression.parse("default(t.u, 1) + max(t.n, 2) > overall_level() or theme_score(t) > 2")
        guard case .binary(.or, .binary(.greater, .binary(.plus, .boundValueCall(.defaultValue, _, _, _), .boundValueCall(.maximum, _, _, _), _),
                                        .boundMaturityCall(.overallLevel, nil, _), _),
                           .binary(.greater, .boundMaturityCall(.themeScore, "t", _), _, _), _) = e.bound(to: ["t.u": 0, "t.n": 1]) else {
            Issue.record("not bound: \(render(e.bound(to: ["t.u": 0, "t.n": 1])))")
            return
        }
    }

    /// Scoring evaluates conditions bound to positions: they give what the conditions as written give.
    @Test(arguments: [
        "t.s == 'oui' and t.b", "count(t.m) + score(t.m)", "answered(t.u) or na(t.v)", "t.m contains 'a'",
        "t.s in ['non', 'oui']", "score(t.n) > 0.4 and not answered(t.w)", "na(t.x)", "count(t.u) == 0",
        "t.n * 2 + score(t.s)", "t.x != 'libre'", "answered(t.m) and t.n >= 4",
        "default(t.u, 3) + max(t.n, 1) - min(score(t.s), 2)", "default(t.n, t.u) == 4 and min(t.u, 1) == 1",
        "theme_score(t) > 50 and overall_level() == 2 and t.b", "theme_level(t) + overall_score() + score(t.b)",
    ])
    func boundConditionsEvaluateAsWritten(_ text: String) throws {
        let ids = ["t.s", "t.m", "t.b", "t.n", "t.x", "t.u", "t.v", "t.w"]
        var inner = Self.answered
        inner.notApplicable = ["t.v"]
        let positions = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
        let e = try Expression.parse(text)
        let bound = e.bound(to: positions)
        #expect(render(bound) != render(e.root))
        let environment = PositionalEnvironment(inner: inner, ids: ids)
        #expect(ExpressionEvaluator(environment: environment).evaluate(bound)
                == ExpressionEvaluator(environment: inner).evaluate(e.root))
    }

    // MARK: - Arithmetic

    @Test(arguments: [
        ("1 + 2 * 3", 7.0),
        ("(1 + 2) * 3", 9.0),
        ("10 - 4 - 3", 3.0),
        ("8 / 4 / 2", 1.0),
        ("-2 * -3", 6.0),
        ("- -2", 2.0),
        ("1 / 4", 0.25),
        ("0.1 + 0.2", 0.1 + 0.2),
        ("t.n * 2 + 1", 9.0),
        ("-t.n", -4.0),
        ("count(t.m) + score(t.m)", 2.75),
        ("theme_score(t) / 100", 0.625),
        ("overall_level() + 1", 3.0),
    ])
    func arithmetic(text: String, value: Double) throws {
        #expect(try evaluate(text, in: Self.answered) == .number(value))
    }

    // MARK: - Comparisons and logic

    @Test(arguments: [
        ("t.s == 'oui'", true), ("t.s == \"non\"", false), ("t.s != 'non'", true), ("t.s != 'oui'", false),
        ("t.n == 4", true), ("t.n != 4", false), ("t.n < 4", false), ("t.n <= 4", true),
        ("t.n > 3.5", true), ("t.n >= 4.5", false), ("t.b == true", true), ("t.b != false", true),
        ("t.b", true), ("not t.b", false), ("t.s in ['non', 'oui']", true), ("t.s in ['non']", false),
        ("t.m contains 'a'", true), ("t.m contains 'c'", false), ("t.x == 'libre'", true),
        ("t.b and t.n > 3", true), ("t.b and t.n > 5", false), ("t.n > 5 or t.b", true), ("t.n > 5 or not t.b", false),
        ("not t.n > 5 and not not t.b", true), ("true and false or true", true), ("true and (false or false)", false),
        // Values of different types are simply different.
        ("t.n == 'quatre'", false), ("t.s == true", false),
        ("'4' == 4", false), ("t.m == 'a'", false),
    ])
    func conditions(text: String, expected: Bool) throws {
        #expect(try evaluate(text, in: Self.answered) == .bool(expected))
    }

    @Test func comparisonsAreExactOnNumbers() throws {
        #expect(try holds("0.1 + 0.2 == 0.3") == false)
        #expect(try holds("0.5 + 0.25 == 0.75"))
    }

    // MARK: - Null rules

    @Test(arguments: [
        "t.u == 'a'", "t.u != 'a'", "t.u < 1", "t.u <= 1", "t.u > 1", "t.u >= 1",
        "'a' == t.u", "'a' != t.u", "1 > t.u",
        "t.u == t.v", "t.u != t.v",
        "t.u in ['a', 'b']", "t.u contains 'a'",
        "score(t.u) < 1", "score(t.u) >= 0", "theme_score(z) < 50", "theme_level(z) == 1",
        "t.u + 1 > 0", "t.u * 0 == 0",
    ])
    func comparisonWithNullIsFalse(text: String) throws {
        #expect(try evaluate(text, in: Self.answered) == .bool(false))
    }

    @Test(arguments: [
        "t.u + 1", "1 - t.u", "t.u * 0", "0 / t.u", "t.u / 1", "-t.u", "- -t.u",
        "score(t.u) * 100", "theme_score(z) + 1", "overall_score() - 1",
    ])
    func arithmeticWithNullIsNull(text: String) throws {
        let none = FakeEnvironment()
        #expect(try evaluate(text, in: none) == .null)
    }

    @Test func nullConditionIsFalse() throws {
        #expect(try evaluate("t.u") == .null)
        #expect(try holds("t.u") == false)
        #expect(try holds("t.u + 1") == false)
        #expect(try holds("t.u and true") == false)
        #expect(try holds("t.u or true"))
        #expect(try evaluate("t.u and true") == .bool(false))
        #expect(try evaluate("t.u or false") == .bool(false))
    }

    @Test func notIsPlainNegation() throws {
        #expect(try holds("not (t.u == 'a')"))
        #expect(try holds("not (t.u != 'a')"))
        #expect(try holds("not t.u"))
        #expect(try holds("not (t.u in ['a'])"))
        #expect(try holds("not (t.u contains 'a')"))
        #expect(try holds("not (1 / 0 > 0)"))
        #expect(try holds("not not t.u") == false)
    }

    @Test func divisionByZeroIsNull() throws {
        #expect(try evaluate("1 / 0") == .null)
        #expect(try evaluate("0 / 0") == .null)
        #expect(try evaluate("t.n / (t.n - 4)", in: Self.answered) == .null)
        #expect(try evaluate("-1 / 0") == .null)
        #expect(try holds("1 / 0 > 0") == false)
        #expect(try holds("1 / 0 < 0") == false)
        #expect(try holds("1 / 0 == 1 / 0") == false)
        #expect(try evaluate("(1 / 0) + 1") == .null)
    }

    /// Double precision, as SPEC §3 says: an overflow is infinite and still compares; only a
    /// result with no value (∞ − ∞) is null.
    @Test func overflowIsInfiniteAndNaNIsNull() throws {
        let big = FakeEnvironment(values: ["t.n": .number(1e308)])
        #expect(try evaluate("t.n * 10", in: big) == .number(.infinity))
        #expect(try evaluate("t.n + t.n", in: big) == .number(.infinity))
        #expect(try evaluate("-t.n * 10", in: big) == .number(-.infinity))
        #expect(try evaluate("t.n * 10 > 5", in: big) == .bool(true))
        #expect(try evaluate("t.n * 10 - t.n * 10", in: big) == .null)
        #expect(try evaluate("t.n * 1", in: big) == .number(1e308))
    }

    @Test func functionsOnAnUnansweredQuestionInAFakeEnvironment() throws {
        #expect(try evaluate("answered(t.u)") == .bool(false))
        #expect(try evaluate("na(t.u)") == .bool(false))
        #expect(try evaluate("count(t.u)") == .number(0))
        #expect(try evaluate("score(t.u)") == .null)
        #expect(try evaluate("count(t.m)", in: Self.answered) == .number(2))
        #expect(try evaluate("answered(t.s)", in: Self.answered) == .bool(true))
    }

    @Test func maturityFunctionsNullWhenNotAssessed() throws {
        let none = FakeEnvironment()
        #expect(try evaluate("theme_score(t)", in: none) == .null)
        #expect(try evaluate("theme_level(t)", in: none) == .null)
        #expect(try evaluate("overall_score()", in: none) == .null)
        #expect(try evaluate("overall_level()", in: none) == .null)
        #expect(try evaluate("theme_level(t)", in: Self.answered) == .number(2))
        #expect(try evaluate("overall_score()", in: Self.answered) == .number(62.5))
    }

    // MARK: - With a scorecard: unanswered, N/A and irrelevant questions

    /// t.gate decides whether t.s, t.m, t.b are relevant (they are when it is true).
    static let yaml = header() + """
        themes:
          - id: t
            title: T
            questions:
              - { id: gate, text: Gate, type: boolean }
              - id: s
                text: S
                type: single
                na: true
                when: t.gate == true
                options:
                  - { id: non, label: Non, score: 0 }
                  - { id: oui, label: Oui, score: 1 }
              - id: m
                text: M
                type: multiple
                na: true
                when: t.gate
                options:
                  - { id: a, label: A, score: 0.5 }
                  - { id: b, label: B, score: 0.25 }
              - { id: b, text: B, type: boolean, na: true, when: t.gate }
        """

    /// The answers: every question of the gated three answered as `state` says.
    static func card(gate: Bool?, state: String) throws -> Scorecard {
        let q = try #require(load(yaml).questionnaire)
        var answers = AnswerSet()
        if let gate { answers["t.gate"] = Answer(value: .bool(gate)) }
        switch state {
        case "answered":
            answers["t.s"] = Answer(value: .string("oui"))
            answers["t.m"] = Answer(value: .array([.string("a"), .string("b")]))
            answers["t.b"] = Answer(value: .bool(false))
        case "na":
            for id in ["t.s", "t.m", "t.b"] { answers[id] = Answer(notApplicable: true) }
        case "note only":
            for id in ["t.s", "t.m", "t.b"] { answers[id] = Answer(note: "à revoir") }
        default:
            break
        }
        return Scorecard(questionnaire: q, answers: answers)
    }

    @Test func functionsOnAnAnsweredQuestion() throws {
        let env = environment(of: try Self.card(gate: true, state: "answered"))
        #expect(try evaluate("t.s", in: env) == .text("oui"))
        #expect(try evaluate("t.m", in: env) == .set(["a", "b"]))
        #expect(try evaluate("t.b", in: env) == .bool(false))
        #expect(try evaluate("answered(t.s) and answered(t.m) and answered(t.b)", in: env) == .bool(true))
        #expect(try evaluate("na(t.s) or na(t.m) or na(t.b)", in: env) == .bool(false))
        #expect(try evaluate("count(t.m)", in: env) == .number(2))
        #expect(try evaluate("score(t.s)", in: env) == .number(1))
        #expect(try evaluate("score(t.m)", in: env) == .number(0.75))
        #expect(try evaluate("score(t.b)", in: env) == .number(0))
    }

    /// Unanswered (nothing or a note only), N/A, and irrelevant with answers or N/A stored.
    @Test(arguments: [
        (Bool?.some(true), "nothing"), (true, "note only"), (true, "na"),
        (false, "answered"), (false, "na"), (nil, "answered"), (nil, "na"),
    ])
    func functionsWithoutACountingAnswer(gate: Bool?, state: String) throws {
        let env = environment(of: try Self.card(gate: gate, state: state))
        let isNA = gate == true && state == "na"
        for id in ["t.s", "t.m", "t.b"] {
            #expect(try evaluate(id, in: env) == .null, "\(id)")
            #expect(try evaluate("answered(\(id))", in: env) == .bool(false), "\(id)")
            #expect(try evaluate("na(\(id))", in: env) == .bool(isNA), "\(id)")
            #expect(try evaluate("score(\(id))", in: env) == .null, "\(id)")
            #expect(try holds("not (\(id) == 'oui')", in: env), "\(id)")
        }
        #expect(try evaluate("count(t.m)", in: env) == .number(0))
        #expect(try holds("t.m contains 'a'", in: env) == false)
        #expect(try holds("t.s in ['oui', 'non']", in: env) == false)
    }
}
