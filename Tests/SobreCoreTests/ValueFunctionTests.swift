import Testing
@testable import SobreCore

/// `default(x, y)`, `min(x, y)`, `max(x, y)` (SPEC §2): parsed, checked, evaluated, bound,
/// and counted in an action's gap and *why* through the questions inside them.
@Suite struct ValueFunctionTests {
    // MARK: - Parser

    @Test(arguments: [
        ("default(t.n, 0)", "(default t.n 0)"),
        ("min(t.n, 2) + 1 < 3", "(< (+ (min t.n 2) 1) 3)"),
        ("2 * max(t.n, 1)", "(* 2 (max t.n 1))"),
        ("-min(1, 2)", "(neg (min 1 2))"),
        // Each argument is a whole expression: `or` binds inside the call, not across it.
        ("default(t.a or t.b, false) and t.c", "(and (default (or t.a t.b) false) t.c)"),
        ("max(t.n + 1, t.m * 2) >= 3", "(>= (max (+ t.n 1) (* t.m 2)) 3)"),
        ("min(default(t.n, 0), max(score(t.q), 0.5))", "(min (default t.n 0) (max score(t.q) 0.5))"),
        ("default((t.n), (1))", "(default t.n 1)"),
        // An unknown name with two values parses, for the checker to name the function meant.
        ("defualt(t.n, 0) > 1", "(> (defualt t.n 0) 1)"),
    ])
    func parses(text: String, tree: String) {
        #expect(parseResult(text) == tree)
    }

    @Test func aMissingArgumentIsReportedAtItsColumn() {
        #expect(parseResult("default(t.n) > 1") == "11: il manque « , » et le second argument de default : default(x, y)")
        #expect(parseResult("min(t.n, ) > 1") == "9: il manque le second argument de min : min(x, y)")
        #expect(parseResult("max() > 1") == "4: il manque le premier argument de max : max(x, y)")
        #expect(parseResult("max(, 1) > 1") == "4: il manque le premier argument de max : max(x, y)")
        #expect(parseResult("min(1, 2, 3) > 1") == "8: min prend deux arguments, pas plus : min(x, y)")
        #expect(parseResult("min(1, 2 > 1") == "12: il manque « ) » après le second argument de min")
        #expect(parseResult("default(t.n)", language: .en) == "11: missing ',' and the second argument of default: default(x, y)")
        // A one-name call keeps its own error when the two-value form does not fit either.
        #expect(parseResult("nope(1)") == "5: il manque « ) » après l’argument de nope")
    }

    // MARK: - Checker

    /// The problems as `offset: message`, from `ExpressionCheckerTests`'s questions.
    func problems(_ text: String, usage: ExpressionChecker.Usage = .action, language: Language = .fr) throws -> [String] {
        try ExpressionCheckerTests().problems(text, usage: usage, language: language)
    }

    @Test(arguments: [
        "default(usages.postes, 0) > 10",
        "default(usages.charte, false)",
        "default(usages.sponsor, 'non') == 'oui'",
        "default(usages.sponsor, usages.remarque) != 'x'",
        "min(usages.postes, usages.frequence) < 3 and max(score(usages.bande), 0.5) >= 0.5",
        "min(default(usages.postes, 0), 2) + max(1, count(usages.gestes)) > 2",
        "default(usages.gestes, usages.gestes) contains 'aucun'",
    ])
    func validUses(text: String) throws {
        #expect(try problems(text) == [])
    }

    @Test func typesOfTheArguments() throws {
        #expect(try problems("default(usages.postes, 'aucun') == 1")
                == ["0: default(x, y) attend deux valeurs du même type, pas un nombre et un texte"])
        #expect(try problems("default(usages.charte, 0)")
                == ["0: default(x, y) attend deux valeurs du même type, pas une condition (vrai/faux) et un nombre"])
        #expect(try problems("min(usages.sponsor, 1) < 2") == ["4: min(x, y) prend deux nombres, pas un texte"])
        #expect(try problems("1 < max(2, usages.charte)") == ["11: max(x, y) prend deux nombres, pas une condition (vrai/faux)"])
        #expect(try problems("default(usages.postes, 0)") == ["0: une condition est attendue (vrai ou faux), pas un nombre"])
        #expect(try problems("min(1, 2) == 'a'") == ["10: comparaison impossible entre un nombre et un texte"])
        #expect(try problems("min(usages.postes, 'x') < 2", language: .en) == ["19: min(x, y) takes two numbers, not a text"])
        // A mistake inside reports once, and the call is not blamed for it.
        #expect(try problems("default(usages.x, 0) > 1") == ["8: question inconnue « usages.x »"])
    }

    @Test func unknownFunctionHintStillWorks() throws {
        #expect(try problems("defualt(usages.postes, 0) > 1") == ["0: fonction inconnue « defualt » ; vouliez-vous dire « default » ?"])
        #expect(try problems("mni(1, 2) > 1") == ["0: fonction inconnue « mni » ; vouliez-vous dire « min » ?"])
        #expect(try problems("defualt(usages.postes) > 1") == ["0: fonction inconnue « defualt » ; vouliez-vous dire « default » ?"])
    }

    @Test func allowedInAQuestionsCondition() throws {
        let usage = ExpressionChecker.Usage.question(fullID: "usages.bande", earlier: ["usages.postes", "usages.charte"])
        #expect(try problems("max(default(usages.postes, 0), 1) > 2 and default(usages.charte, true)", usage: usage) == [])
        // The questions inside follow the rules of a question's condition.
        #expect(try problems("min(usages.bande, 1) > 0", usage: usage)
                == ["4: la condition de la question usages.bande ne peut pas dépendre de sa propre réponse"])
    }

    // MARK: - Located in the questionnaire

    @Test func aMissingArgumentAtItsLineAndColumn() {
        assertDiagnostics(ConditionDiagnosticsTests.question(when: "default(usages.postes1️⃣) > 1"),
                          [("1️⃣", .error, "condition invalide : il manque « , » et le second argument de default : default(x, y)")])
    }

    @Test func typesThatDifferAtTheCall() {
        assertDiagnostics(ConditionDiagnosticsTests.question(when: "usages.charte and 1️⃣default(usages.postes, 'aucun') == 1"),
                          [("1️⃣", .error, "default(x, y) attend deux valeurs du même type, pas un nombre et un texte")])
    }

    @Test func aNumberExpectedAtTheArgument() {
        assertDiagnostics(ConditionDiagnosticsTests.action(when: "max(1, 1️⃣usages.sponsor) > 0"),
                          [("1️⃣", .error, "max(x, y) prend deux nombres, pas un texte")])
    }

    @Test func typesThatDifferInEnglish() {
        assertDiagnostics(ConditionDiagnosticsTests.question(when: "1️⃣default(usages.charte, 0) == 0", language: "en"),
                          [("1️⃣", .error, "default(x, y) expects two values of the same type, not a condition (true/false) and a number")])
    }

    @Test func unknownFunctionWithHintAtItsColumn() {
        assertDiagnostics(ConditionDiagnosticsTests.question(when: "1️⃣defualt(usages.postes, 0) > 1"),
                          [("1️⃣", .error, "fonction inconnue « defualt » ; vouliez-vous dire « default » ?")])
    }

    // MARK: - Evaluator

    @Test(arguments: [
        ("default(t.u, 3)", ExpressionValue.number(3)),
        ("default(t.n, 3)", .number(4)),
        ("default(t.u, t.v)", .null),
        ("default(t.x, 'autre')", .text("libre")),
        ("default(t.u, 'autre')", .text("autre")),
        ("default(t.u, t.s)", .text("oui")),
        ("default(t.u, false)", .bool(false)),
        ("default(t.m, t.u)", .set(["a", "b"])),
        ("min(t.n, 2)", .number(2)),
        ("max(t.n, 2)", .number(4)),
        ("min(-1, -1.5)", .number(-1.5)),
        ("min(t.u, 2)", .null),
        ("max(2, t.u)", .null),
        ("min(t.s, 2)", .null),
        ("default(min(t.u, 2), 7)", .number(7)),
        ("max(default(t.u, 1), min(t.n, 3)) * 2", .number(6)),
        ("min(1, 0 / 0)", .null),
    ])
    func evaluates(text: String, value: ExpressionValue) throws {
        #expect(try evaluate(text, in: EvaluatorTests.answered) == value)
    }

    @Test func nullRulesInConditions() throws {
        #expect(try holds("min(t.u, 2) < 5", in: EvaluatorTests.answered) == false)
        #expect(try holds("default(t.u, 0) < 5", in: EvaluatorTests.answered))
        #expect(try holds("not default(t.u, false)", in: EvaluatorTests.answered))
        #expect(try holds("default(t.u, 'x') == 'x'", in: EvaluatorTests.answered))
    }

    @Test(arguments: [
        "default(t.n, 0) > 3", "min(t.u, score(t.m)) < 1", "max(count(t.m), t.n) == 4", "default(t.u, t.b)",
        "default(t.x, 'a') == 'libre' and min(score(t.s), score(t.n)) == 0.5", "default(na(t.v), answered(t.s))",
    ])
    func boundEvaluatesAsWritten(text: String) throws {
        let ids = ["t.s", "t.m", "t.b", "t.n", "t.x", "t.u", "t.v"]
        let e = try Expression.parse(text)
        let positions = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
        let bound = e.bound(to: positions)
        #expect(!render(bound).contains("t."), "every question bound: \(render(bound))")
        let positional = PositionalEnvironment(inner: EvaluatorTests.answered, ids: ids)
        #expect(ExpressionEvaluator(environment: positional).evaluate(bound)
                == ExpressionEvaluator(environment: EvaluatorTests.answered).evaluate(e.root))
    }

    @Test func questionsInsideAreReferences() throws {
        let e = try Expression.parse("min(t.a, default(t.b, t.c)) > max(1, t.a)")
        #expect(e.questionReferences == ["t.a", "t.b", "t.c"])
    }

    // MARK: - Gap and why

    @Test func theQuestionsInsideCountInTheGapAndTheWhy() throws {
        let card = try PlanTests.plan(
            // u.c: 1 × (1 − 1/4).
            PlanTests.action("f1", "low", "high", "default(u.c, 4) < 2"),
            // u.c 0.75 + u.d 3 × (1 − 0.5) + u.a 1: the gap counts every question named; the
            // why, only those of the operand that holds.
            PlanTests.action("f2", "low", "high", "min(u.c, score(u.d) * 4) < 2 or u.a == true"),
            // v.g is unanswered: nothing; u.a: 1.
            PlanTests.action("f3", "low", "high", "default(v.g, u.a) == false"),
            // Constants alone: no question, no gap.
            PlanTests.action("f4", "low", "high", "max(1, 2) == 2"))
        let items = Dictionary(uniqueKeysWithValues: card.plan.map { ($0.action.id, $0) })
        let gaps = items.mapValues(\.gap)
        let expected: [String: Double] = ["f1": 0.75, "f2": 3.25, "f3": 1, "f4": 0]
        for (id, gap) in expected {
            #expect(abs((gaps[id] ?? -1) - gap) <= 1e-9, "\(id): \(gaps[id] ?? -1)")
        }
        #expect(items["f1"]?.because.map(\.questionID) == ["u.c"])
        #expect(items["f2"]?.because.map(\.questionID) == ["u.c", "u.d"])
        #expect(items["f3"]?.because.map(\.questionID) == ["v.g", "u.a"])
        #expect(items["f4"]?.because.map(\.questionID) == [])
    }
}
