import Testing
@testable import SobreCore

/// Static checks of expressions against a questionnaire: names, options, types, usage.
@Suite struct ExpressionCheckerTests {
    /// The questions of `ConditionDiagnosticsTests.fixture()`, plus a banded number `usages.bande`.
    static let index: QuestionnaireIndex = {
        let yaml = ConditionDiagnosticsTests.fixture() + """
                  - { id: bande, text: Bande ?, type: number, bands: [{ upto: 10, score: 1 }, { score: 0 }] }
            """
        let questionnaire = load(yaml).questionnaire!
        return QuestionnaireIndex(themes: questionnaire.themes)
    }()

    /// The problems as `offset: message`, for an action's condition unless said otherwise.
    func problems(_ text: String, usage: ExpressionChecker.Usage = .action, language: Language = .fr) throws -> [String] {
        let expression = try Expression.parse(text, language: language)
        var checker = ExpressionChecker(questionnaire: Self.index, usage: usage, language: language)
        checker.check(expression)
        return checker.problems.map { "\($0.offset): \($0.message)" }
    }

    @Test(arguments: [
        "usages.sponsor == 'oui'",
        "'oui' == usages.sponsor",
        "usages.sponsor != usages.remarque",
        "usages.sponsor in ['oui', 'non']",
        "usages.remarque in ['libre', 'texte']",
        "usages.remarque == 'n’importe quoi'",
        "usages.gestes contains 'aucun'",
        "usages.gestes contains usages.remarque",
        "count(usages.gestes) + 1 > 2",
        "usages.postes / 2 - 1 >= -3 * usages.frequence",
        "usages.charte == true and not usages.charte != false",
        "usages.charte",
        "not usages.charte or na(usages.charte)",
        "score(usages.bande) < 1 and score(usages.frequence) * 2 < 1",
        "answered(usages.remarque) and answered(usages.postes)",
        "theme_score(usages) < 50 or theme_level(usages) <= 1",
        "overall_score() + 10 < 80 or overall_level() == 1",
        "true",
        "1 < 2",
    ])
    func validConditions(text: String) throws {
        #expect(try problems(text) == [])
    }

    @Test func typeProblems() throws {
        #expect(try problems("-usages.remarque < 0") == ["0: « - » s’applique à un nombre, pas à un texte"])
        #expect(try problems("not usages.postes") == ["0: « not » s’applique à une condition, pas à un nombre"])
        #expect(try problems("usages.postes in ['1']") == ["14: « in » s’applique à un texte, pas à un nombre"])
        #expect(try problems("usages.gestes contains 1") == ["23: « contains » attend un identifiant d’option entre guillemets, pas un nombre"])
        #expect(try problems("usages.sponsor == usages.charte") == ["15: comparaison impossible entre un texte et une condition (vrai/faux)"])
        #expect(try problems("usages.sponsor < 'oui'") == ["15: « < » compare des nombres, pas un texte et un texte"])
        #expect(try problems("theme_level(usages) == 'un'") == ["20: comparaison impossible entre un nombre et un texte"])
        #expect(try problems("usages.gestes + 1 > 0") == ["0: « + » calcule sur des nombres, pas sur une liste d’options"])
        #expect(try problems("usages.charte or 1") == ["17: « or » relie des conditions, pas un nombre"])
        #expect(try problems("usages.remarque") == ["0: une condition est attendue (vrai ou faux), pas un texte"])
        #expect(try problems("count(usages.gestes)") == ["0: une condition est attendue (vrai ou faux), pas un nombre"])
        #expect(try problems("'oui'") == ["0: une condition est attendue (vrai ou faux), pas un texte"])
    }

    @Test func typeProblemsInEnglish() throws {
        #expect(try problems("usages.postes == 'x'", language: .en) == ["14: cannot compare a number with a text"])
        #expect(try problems("usages.sponsor contains 'oui'", language: .en) == [
            "15: 'contains' applies only to a multiple-choice question; usages.sponsor is not one",
        ])
        #expect(try problems("usages.gestes == 'aucun'", language: .en) == [
            "14: a multiple-choice question (usages.gestes) cannot be compared with '==': use 'contains' or count()",
        ])
        #expect(try problems("usages.postes", language: .en) == ["0: a condition (true or false) is expected, not a number"])
    }

    @Test func oneMistakeReportsOnce() throws {
        // The unknown question makes its comparisons unknown, not wrong.
        #expect(try problems("usages.x == 'a' and usages.x > 1 and -usages.x < 0") == [
            "0: question inconnue « usages.x »",
            "20: question inconnue « usages.x »",
            "38: question inconnue « usages.x »",
        ])
        #expect(try problems("nope(usages.postes) > 1 and nope(usages.postes)") == [
            "0: fonction inconnue « nope »",
            "28: fonction inconnue « nope »",
        ])
    }

    @Test func functionArguments() throws {
        #expect(try problems("theme_score(usages.postes) > 1") == ["12: theme_score() attend un identifiant de thème"])
        #expect(try problems("theme_level() > 1") == ["12: theme_level() attend un identifiant de thème"])
        #expect(try problems("score(usages) > 0") == ["6: score() attend une question « thème.question »"])
        #expect(try problems("answered()") == ["9: answered() attend une question « thème.question »"])
        #expect(try problems("overall_level(usages) > 1") == ["14: overall_level() ne prend pas d’argument"])
        #expect(try problems("theme_score(achats) > 1") == ["12: thème inconnu « achats »"])
        #expect(try problems("score(usages.remarque) > 0") == ["6: score() porte sur une question notée ; usages.remarque n’a pas de score"])
        #expect(try problems("count(usages.frequence) > 0") == [
            "6: count() porte sur une question à choix multiples ; usages.frequence est de type scale",
        ])
        #expect(try problems("na(usages.postes)") == [
            "3: na() sera toujours faux : usages.postes ne propose pas « non applicable » (na: true)",
        ])
    }

    @Test func unknownOptionsEverywhere() throws {
        #expect(try problems("usages.sponsor == 'x' or 'y' == usages.sponsor or usages.sponsor in ['oui', 'z']") == [
            "18: la question usages.sponsor n’a pas d’option « x »",
            "25: la question usages.sponsor n’a pas d’option « y »",
            "76: la question usages.sponsor n’a pas d’option « z »",
        ])
        #expect(try problems("usages.gestes contains 'recto'") == ["23: la question usages.gestes n’a pas d’option « recto »"])
    }

    // MARK: - A question's condition

    @Test func questionConditionMayUseEarlierQuestionsOnly() throws {
        let usage = ExpressionChecker.Usage.question(fullID: "usages.postes", earlier: ["usages.sponsor", "usages.gestes"])
        #expect(try problems("usages.sponsor == 'oui' and usages.gestes contains 'aucun'", usage: usage) == [])
        #expect(try problems("usages.postes > 1", usage: usage) == [
            "0: la condition de la question usages.postes ne peut pas dépendre de sa propre réponse",
        ])
        #expect(try problems("usages.charte == true", usage: usage) == [
            "0: la condition de usages.postes dépend de usages.charte, posée plus tard dans l’entretien ; une condition ne peut porter que sur des questions déjà posées",
        ])
        #expect(try problems("na(usages.charte)", usage: usage, language: .en) == [
            "3: the condition of usages.postes depends on usages.charte, which is asked later; a condition can only use questions asked before",
        ])
        #expect(try problems("overall_score() > 1", usage: usage) == [
            "0: overall_score() n’est permise que dans le « when » d’une action, pas dans celui d’une question",
        ])
        #expect(try problems("theme_level(usages) > 1", usage: usage, language: .en) == [
            "0: theme_level() is allowed only in an action's 'when', not in a question's",
        ])
    }
}
