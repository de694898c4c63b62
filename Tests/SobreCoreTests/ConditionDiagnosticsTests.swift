import Testing
@testable import SobreCore

/// Problems in `when` expressions, located at the exact column inside the YAML line.
@Suite struct ConditionDiagnosticsTests {
    /// One theme with a question of each type; tests add questions after them, or actions.
    static func fixture(language: String = "fr") -> String {
        header(language: language) + """
            themes:
              - id: usages
                title: Usages
                questions:
                  - id: sponsor
                    text: Portage ?
                    type: single
                    options:
                      - { id: non, label: Non, score: 0 }
                      - { id: oui, label: Oui, score: 1 }
                  - id: gestes
                    text: Gestes ?
                    type: multiple
                    options:
                      - { id: recto_verso, label: Recto-verso, score: 0.5 }
                      - { id: extinction, label: Extinction, score: 0.5 }
                      - { id: aucun, label: Aucun, score: 0, exclusive: true }
                  - { id: postes, text: Postes ?, type: number }
                  - { id: remarque, text: Remarques ?, type: text, required: false }
                  - { id: charte, text: Charte ?, type: boolean, na: true }
                  - { id: frequence, text: Fréquence ?, type: scale, min: 1, max: 5 }

            """
    }

    /// Adds a question `usages.z` with the given `when` (a plain scalar in a block mapping).
    static func question(when: String, language: String = "fr") -> String {
        fixture(language: language) + """
                  - id: z
                    text: Z ?
                    type: boolean
                    when: \(when)

            """
    }

    /// Adds an action with the given `when`.
    static func action(when: String) -> String {
        fixture() + """
            actions:
              - id: a
                title: A
                theme: usages
                priority: high
                effort: low
                when: \(when)

            """
    }

    // MARK: - The fixture itself

    @Test func fixtureIsValid() throws {
        let q = try loadValid(Self.question(when: "usages.sponsor == 'oui'"))
        #expect(q.questions.count == 7)
        #expect(q.question("usages.z")?.when?.text == "usages.sponsor == 'oui'")
    }

    // MARK: - Syntax

    @Test func syntaxErrorEndsTooEarly() {
        assertDiagnostics(Self.question(when: "usages.sponsor == 'oui' and1️⃣"),
                          [("1️⃣", .error, "condition invalide : l’expression se termine trop tôt")])
    }

    @Test func syntaxErrorSingleEquals() {
        assertDiagnostics(Self.question(when: "usages.sponsor 1️⃣= 'oui'"),
                          [("1️⃣", .error, "condition invalide : « = » seul n’existe pas : écrivez « == » pour comparer")])
    }

    @Test func syntaxErrorUnclosedParenthesis() {
        assertDiagnostics(Self.question(when: "(usages.postes > 3 or usages.charte == true1️⃣"),
                          [("1️⃣", .error, "condition invalide : il manque « ) »")])
    }

    @Test func syntaxErrorUnterminatedString() {
        assertDiagnostics(Self.question(when: "usages.sponsor == 1️⃣'oui"),
                          [("1️⃣", .error, "condition invalide : texte non terminé : il manque le guillemet fermant '")])
    }

    @Test func syntaxErrorTrailingToken() {
        assertDiagnostics(Self.question(when: "usages.postes > 3 1️⃣4"),
                          [("1️⃣", .error, "condition invalide : nombre « 4 » inattendu après la fin de l’expression")])
    }

    @Test func syntaxErrorBareName() {
        assertDiagnostics(Self.question(when: "1️⃣postes > 3"), [("1️⃣", .error,
            "condition invalide : « postes » seul ne désigne rien : écrivez « thème.question », ou une fonction « postes(…) »")])
    }

    @Test func syntaxErrorInEnglish() {
        assertDiagnostics(Self.question(when: "usages.sponsor == 'oui' 1️⃣&& true", language: "en"),
                          [("1️⃣", .error, "invalid condition: unexpected character '&'")])
    }

    // MARK: - Names

    @Test func unknownQuestionWithHint() {
        assertDiagnostics(Self.question(when: "1️⃣usages.sponsr == 'oui'"),
                          [("1️⃣", .error, "question inconnue « usages.sponsr » ; vouliez-vous dire « usages.sponsor » ?")])
    }

    @Test func unknownQuestionWithoutHint() {
        assertDiagnostics(Self.question(when: "usages.postes > 2 and 1️⃣achats.neuf == true"),
                          [("1️⃣", .error, "question inconnue « achats.neuf »")])
    }

    @Test func unknownQuestionInAFunction() {
        assertDiagnostics(Self.question(when: "score(1️⃣usages.chart) < 1"),
                          [("1️⃣", .error, "question inconnue « usages.chart » ; vouliez-vous dire « usages.charte » ?")])
    }

    @Test func unknownFunctionWithHint() {
        assertDiagnostics(Self.question(when: "1️⃣scor(usages.charte) < 1"),
                          [("1️⃣", .error, "fonction inconnue « scor » ; vouliez-vous dire « score » ?")])
    }

    @Test func unknownFunctionWithoutHint() {
        assertDiagnostics(Self.question(when: "usages.postes > 1 or 1️⃣moyenne(usages.postes) > 2"),
                          [("1️⃣", .error, "fonction inconnue « moyenne »")])
    }

    @Test func unknownQuestionInEnglish() {
        assertDiagnostics(Self.question(when: "not 1️⃣usages.sponsr == 'oui'", language: "en"),
                          [("1️⃣", .error, "unknown question 'usages.sponsr'; did you mean 'usages.sponsor'?")])
    }

    // MARK: - Options

    @Test func optionTheQuestionLacks() {
        assertDiagnostics(Self.question(when: "usages.sponsor == 1️⃣'oiu'"),
                          [("1️⃣", .error, "la question usages.sponsor n’a pas d’option « oiu » ; vouliez-vous dire « oui » ?")])
    }

    @Test func optionTheQuestionLacksOnTheLeft() {
        assertDiagnostics(Self.question(when: "\"1️⃣'peut_etre' != usages.sponsor\""),
                          [("1️⃣", .error, "la question usages.sponsor n’a pas d’option « peut_etre »")])
    }

    @Test func optionTheQuestionLacksInAList() {
        assertDiagnostics(Self.question(when: "usages.sponsor in ['oui', 1️⃣'nom', 2️⃣\"partiel\"]"), [
            ("1️⃣", .error, "la question usages.sponsor n’a pas d’option « nom » ; vouliez-vous dire « non » ?"),
            ("2️⃣", .error, "la question usages.sponsor n’a pas d’option « partiel »"),
        ])
    }

    @Test func optionTheMultipleLacks() {
        assertDiagnostics(Self.question(when: "usages.gestes contains 1️⃣'extinctoin'"), [
            ("1️⃣", .error, "la question usages.gestes n’a pas d’option « extinctoin » ; vouliez-vous dire « extinction » ?"),
        ])
    }

    // MARK: - Types

    @Test func numberComparedWithText() {
        assertDiagnostics(Self.question(when: "usages.postes 1️⃣== 'dix'"),
                          [("1️⃣", .error, "comparaison impossible entre un nombre et un texte")])
    }

    @Test func textOrderedWithNumber() {
        assertDiagnostics(Self.question(when: "usages.remarque 1️⃣> 3"),
                          [("1️⃣", .error, "« > » compare des nombres, pas un texte et un nombre")])
    }

    @Test func booleanComparedWithOptionText() {
        assertDiagnostics(Self.question(when: "usages.charte 1️⃣== 'oui'"),
                          [("1️⃣", .error, "usages.charte vaut vrai ou faux : comparez avec true ou false (usages.charte == true), pas avec un texte")])
    }

    @Test func multipleComparedWithEquals() {
        assertDiagnostics(Self.question(when: "usages.gestes 1️⃣== 'aucun'"), [("1️⃣", .error,
            "une question à choix multiples (usages.gestes) ne se compare pas avec « == » : utilisez « contains » ou count()")])
    }

    @Test func containsOnANonMultiple() {
        assertDiagnostics(Self.question(when: "usages.sponsor 1️⃣contains 'oui'"), [("1️⃣", .error,
            "« contains » ne s’applique qu’à une question à choix multiples ; usages.sponsor n’en est pas une")])
    }

    @Test func inOnAMultiple() {
        assertDiagnostics(Self.question(when: "usages.gestes 1️⃣in ['aucun']"), [("1️⃣", .error,
            "« in » compare une réponse unique ; pour la question à choix multiples usages.gestes, utilisez « contains »")])
    }

    @Test func arithmeticOnText() {
        assertDiagnostics(Self.question(when: "1️⃣usages.remarque + 1 > 2"),
                          [("1️⃣", .error, "« + » calcule sur des nombres, pas sur un texte")])
    }

    @Test func conditionThatIsNotTrueOrFalse() {
        assertDiagnostics(Self.question(when: "1️⃣usages.postes + 1"),
                          [("1️⃣", .error, "une condition est attendue (vrai ou faux), pas un nombre")])
    }

    @Test func andJoinsConditions() {
        assertDiagnostics(Self.question(when: "usages.charte and 1️⃣usages.postes"),
                          [("1️⃣", .error, "« and » relie des conditions, pas un nombre")])
    }

    @Test func countOnANonMultiple() {
        assertDiagnostics(Self.question(when: "count(1️⃣usages.sponsor) > 1"), [("1️⃣", .error,
            "count() porte sur une question à choix multiples ; usages.sponsor est de type single")])
    }

    @Test func scoreOfAnUnscoredQuestion() {
        assertDiagnostics(Self.question(when: "score(1️⃣usages.postes) > 0"),
                          [("1️⃣", .error, "score() porte sur une question notée ; usages.postes n’a pas de score")])
    }

    @Test func naOfAQuestionWithoutNA() {
        assertDiagnostics(Self.question(when: "na(1️⃣usages.sponsor)"), [("1️⃣", .error,
            "na() sera toujours faux : usages.sponsor ne propose pas « non applicable » (na: true)")])
    }

    @Test func typeMismatchInEnglish() {
        assertDiagnostics(Self.question(when: "usages.postes 1️⃣!= 'dix'", language: "en"),
                          [("1️⃣", .error, "cannot compare a number with a text")])
    }

    // MARK: - What a question's condition may use

    @Test func questionConditionOnItself() {
        assertDiagnostics(Self.question(when: "answered(usages.postes) and not answered(1️⃣usages.z)"), [
            ("1️⃣", .error, "la condition de la question usages.z ne peut pas dépendre de sa propre réponse"),
        ])
    }

    @Test func questionConditionOnALaterQuestion() {
        assertDiagnostics(Self.question(when: "1️⃣usages.plus_tard == true") + """
                  - { id: plus_tard, text: Plus tard ?, type: boolean }
            """, [("1️⃣", .error,
                  "la condition de usages.z dépend de usages.plus_tard, posée plus tard dans l’entretien ; une condition ne peut porter que sur des questions déjà posées")])
    }

    @Test func questionConditionOnALaterTheme() {
        assertDiagnostics(Self.question(when: "1️⃣achats.neuf == true") + """
              - id: achats
                title: Achats
                questions:
                  - { id: neuf, text: Neuf ?, type: boolean }
            """, [("1️⃣", .error,
                  "la condition de usages.z dépend de achats.neuf, posée plus tard dans l’entretien ; une condition ne peut porter que sur des questions déjà posées")])
    }

    @Test func questionConditionUsingThemeScore() {
        assertDiagnostics(Self.question(when: "1️⃣theme_score(usages) < 50"), [("1️⃣", .error,
            "theme_score() n’est permise que dans le « when » d’une action, pas dans celui d’une question")])
    }

    @Test func questionConditionUsingOverallLevel() {
        assertDiagnostics(Self.question(when: "usages.charte == true or 1️⃣overall_level() == 1"), [("1️⃣", .error,
            "overall_level() n’est permise que dans le « when » d’une action, pas dans celui d’une question")])
    }

    @Test func actionMayUseMaturityFunctionsAndAnyQuestion() throws {
        let q = try loadValid(Self.action(
            when: "theme_score(usages) < 50 and theme_level(usages) == 1 and overall_score() < 80 and overall_level() < 2 and usages.charte == false"))
        #expect(q.actions.count == 1)
    }

    @Test func maturityFunctionWithUnknownTheme() {
        assertDiagnostics(Self.action(when: "theme_score(1️⃣usage) < 50"),
                          [("1️⃣", .error, "thème inconnu « usage » ; vouliez-vous dire « usages » ?")])
    }

    @Test func overallScoreTakesNoArgument() {
        assertDiagnostics(Self.action(when: "overall_score(1️⃣usages) < 50"),
                          [("1️⃣", .error, "overall_score() ne prend pas d’argument")])
    }

    // MARK: - Places inside quoted and block scalars

    @Test func insideADoubleQuotedScalar() {
        assertDiagnostics(Self.question(when: "\"usages.sponsor == 1️⃣'oiu'\""), [
            ("1️⃣", .error, "la question usages.sponsor n’a pas d’option « oiu » ; vouliez-vous dire « oui » ?"),
        ])
    }

    @Test func insideASingleQuotedScalar() {
        assertDiagnostics(Self.question(when: "'usages.postes > 2 and 1️⃣usages.sponsr == \"oui\"'"), [
            ("1️⃣", .error, "question inconnue « usages.sponsr » ; vouliez-vous dire « usages.sponsor » ?"),
        ])
    }

    @Test func insideADoubleQuotedScalarWithEscapes() {
        assertDiagnostics(Self.question(when: #""usages.remarque == \"\u00e9t\xE9\" and usages.sponsor == 1️⃣\"oiu\"""#), [
            ("1️⃣", .error, "la question usages.sponsor n’a pas d’option « oiu » ; vouliez-vous dire « oui » ?"),
        ])
    }

    @Test func insideASingleQuotedScalarWithDoubledQuotes() {
        assertDiagnostics(Self.question(when: "'usages.remarque == ''l\\''été'' and usages.sponsor == 1️⃣''oiu'''"), [
            ("1️⃣", .error, "la question usages.sponsor n’a pas d’option « oiu » ; vouliez-vous dire « oui » ?"),
        ])
    }

    @Test func endOfAQuotedConditionIsItsClosingQuote() {
        assertDiagnostics(Self.question(when: #""usages.sponsor == \"oui\" and1️⃣""#), [
            ("1️⃣", .error, "condition invalide : l’expression se termine trop tôt"),
        ])
    }

    @Test func quotedConditionOverTwoLines() {
        assertDiagnostics(Self.question(when: """
            "usages.sponsor == 'oui' and
                      usages.postes 1️⃣== 'dix'"
            """), [("1️⃣", .error, "comparaison impossible entre un nombre et un texte")])
    }

    @Test func insideAPlainScalarOverTwoLines() {
        assertDiagnostics(Self.question(when: """
            usages.sponsor == 'oui'
                      and usages.postes 1️⃣== 'dix'
            """), [("1️⃣", .error, "comparaison impossible entre un nombre et un texte")])
    }

    @Test func commentAfterTheCondition() {
        assertDiagnostics(Self.question(when: "usages.postes 1️⃣== 'dix'  # à revoir"),
                          [("1️⃣", .error, "comparaison impossible entre un nombre et un texte")])
    }

    @Test func insideAFlowMapping() {
        assertDiagnostics(Self.fixture() + """
                  - { id: z, text: Z, type: boolean, when: usages.postes 1️⃣== 'dix' }
            """, [("1️⃣", .error, "comparaison impossible entre un nombre et un texte")])
    }

    @Test func insideAFoldedBlockScalar() {
        assertDiagnostics(Self.question(when: """
            >-
                      usages.sponsor == 'oui'
                      and usages.postes 1️⃣== 'dix'
                      or 2️⃣usages.sponsr == 'non'
            """), [
                ("1️⃣", .error, "comparaison impossible entre un nombre et un texte"),
                ("2️⃣", .error, "question inconnue « usages.sponsr » ; vouliez-vous dire « usages.sponsor » ?"),
            ])
    }

    @Test func insideALiteralBlockScalar() {
        assertDiagnostics(Self.question(when: """
            |
                      usages.charte == true
                      and usages.sponsor == 1️⃣'oiu'
            """), [
                ("1️⃣", .error, "la question usages.sponsor n’a pas d’option « oiu » ; vouliez-vous dire « oui » ?"),
            ])
    }

    @Test func syntaxErrorInsideABlockScalar() {
        assertDiagnostics(Self.question(when: """
            >-
                      usages.charte == true
                      and (usages.postes > 3 1️⃣]
            """), [("1️⃣", .error, "condition invalide : il manque « ) »")])
    }

    @Test func sameWordTwiceFindsTheRightOne() {
        // The second « usages.remarque » is the one used in a sum.
        assertDiagnostics(Self.question(when: """
            >-
                      usages.remarque == 'usages.remarque' and
                      1️⃣usages.remarque + 1 > 2
            """), [("1️⃣", .error, "« + » calcule sur des nombres, pas sur un texte")])
    }

    @Test func severalProblemsInOneCondition() {
        assertDiagnostics(Self.question(when: "1️⃣usages.sponsr == 'oui' or usages.postes 2️⃣== 'dix' or 3️⃣scor(usages.postes) > 1"), [
            ("1️⃣", .error, "question inconnue « usages.sponsr » ; vouliez-vous dire « usages.sponsor » ?"),
            ("2️⃣", .error, "comparaison impossible entre un nombre et un texte"),
            ("3️⃣", .error, "fonction inconnue « scor » ; vouliez-vous dire « score » ?"),
        ])
    }

    @Test func actionConditionProblemIsLocated() {
        assertDiagnostics(Self.action(when: "usages.gestes contains 'aucun' and usages.charte 1️⃣>= true"),
                          [("1️⃣", .error, "« >= » compare des nombres, pas une condition (vrai/faux) et une condition (vrai/faux)")])
    }

    @Test func nonASCIIBeforeTheProblem() {
        // « é » and « ’ » are one column each.
        assertDiagnostics(Self.fixture() + """
                  - { id: z, text: Z, type: boolean, when: "usages.remarque == 'été’' and 1️⃣usages.sponsr == 'oui'" }
            """, [("1️⃣", .error, "question inconnue « usages.sponsr » ; vouliez-vous dire « usages.sponsor » ?")])
    }
}

/// Comparisons that the bounds of what they compare settle in advance.
@Suite struct ComparisonRangeTests {
    static func fixture(_ actions: String, language: String = "fr") -> String {
        """
        format: 1
        id: test
        version: "1"
        language: \(language)
        title: Test
        levels:
          - { id: 1, name: A, min: 0 }
          - { id: 2, name: B, min: 30 }
          - { id: 3, name: C, min: 55 }
          - { id: 4, name: D, min: 80 }
        themes:
          - id: t
            title: T
            questions:
              - { id: pct, text: Part ?, type: number, min: 0, max: 100, bands: [{ upto: 50, score: 0 }, { score: 1 }] }
              - { id: postes, text: Postes ?, type: number, integer: true, min: 0 }
              - { id: note, text: Note ?, type: scale, min: 1, max: 5 }
              - { id: libre, text: Libre ?, type: number }
        actions:

        """ + actions
    }

    static func action(_ id: String, _ when: String) -> String {
        "  - { id: \(id), title: A, theme: t, priority: high, effort: low, when: \"\(when)\" }\n"
    }

    @Test func numberComparedBeyondItsBounds() {
        assertDiagnostics(Self.fixture(
            Self.action("a", "t.pct 1️⃣> 150")
            + Self.action("b", "t.pct 2️⃣<= 100")
            + Self.action("c", "150 3️⃣< t.pct or t.pct < 10")
            + Self.action("d", "t.postes 4️⃣== 2.5")
            + Self.action("e", "t.postes 5️⃣>= -1")
            + Self.action("f", "t.note 6️⃣!= 0")
            + Self.action("g", "t.pct > 99.5 and t.postes > 0 and t.note >= 5 and t.libre > 1000000 and t.pct == 100")
        ), [
            ("1️⃣", .warning, "cette comparaison est toujours fausse : t.pct va de 0 à 100 (min et max de la question)"),
            ("2️⃣", .warning, "cette comparaison est toujours vraie quand t.pct a une valeur : t.pct va de 0 à 100 (min et max de la question)"),
            ("3️⃣", .warning, "cette comparaison est toujours fausse : t.pct va de 0 à 100 (min et max de la question)"),
            ("4️⃣", .warning, "cette comparaison est toujours fausse : t.postes vaut au moins 0 (min: 0, nombre entier)"),
            ("5️⃣", .warning, "cette comparaison est toujours vraie quand t.postes a une valeur : t.postes vaut au moins 0 (min: 0, nombre entier)"),
            ("6️⃣", .warning, "cette comparaison est toujours vraie quand t.note a une valeur : t.note va de 1 à 5 (son échelle)"),
        ])
    }

    @Test func levelComparedBeyondTheLevels() {
        assertDiagnostics(Self.fixture(
            Self.action("a", "overall_level() 1️⃣>= 7")
            + Self.action("b", "theme_level(t) 2️⃣< 5")
            + Self.action("c", "theme_level(t) 3️⃣== 0")
            + Self.action("d", "overall_level() >= 4 or theme_level(t) < 2 or overall_level() != 3")
        ), [
            ("1️⃣", .warning, "cette comparaison est toujours fausse : overall_level() vaut l’id d’un niveau : 1, 2, 3 ou 4"),
            ("2️⃣", .warning, "cette comparaison est toujours vraie quand theme_level(t) a une valeur : theme_level(t) vaut l’id d’un niveau : 1, 2, 3 ou 4"),
            ("3️⃣", .warning, "cette comparaison est toujours fausse : theme_level(t) vaut l’id d’un niveau : 1, 2, 3 ou 4"),
        ])
    }

    @Test func scoresAndCountsComparedBeyondTheirRange() {
        assertDiagnostics(header() + """
            themes:
              - id: t
                title: T
                questions:
                  - id: m
                    text: M ?
                    type: multiple
                    options:
                      - { id: a, label: A, score: 0.5 }
                      - { id: b, label: B, score: 0.5 }
            actions:
              - { id: a, title: A, theme: t, priority: high, effort: low, when: score(t.m) 1️⃣> 1 }
              - { id: b, title: B, theme: t, priority: high, effort: low, when: theme_score(t) 2️⃣>= 0 }
              - { id: c, title: C, theme: t, priority: high, effort: low, when: count(t.m) 3️⃣== 3 }
              - { id: d, title: D, theme: t, priority: high, effort: low, when: score(t.m) < 1 and count(t.m) < 2 and overall_score() >= 100 }
            """, [
                ("1️⃣", .warning, "cette comparaison est toujours fausse : score(t.m) va de 0 à 1"),
                ("2️⃣", .warning, "cette comparaison est toujours vraie quand theme_score(t) a une valeur : theme_score(t) va de 0 à 100"),
                ("3️⃣", .warning, "cette comparaison est toujours fausse : count(t.m) va de 0 à 2 (ses options)"),
            ])
    }

    @Test func rangeWarningsInEnglish() {
        assertDiagnostics(Self.fixture(
            Self.action("a", "t.pct 1️⃣> 150") + Self.action("b", "overall_level() 2️⃣> 4"), language: "en"
        ), [
            ("1️⃣", .warning, "this comparison is always false: t.pct goes from 0 to 100 (the question's min and max)"),
            ("2️⃣", .warning, "this comparison is always false: overall_level() is the id of a level: 1, 2, 3 or 4"),
        ])
    }

    @Test func questionConditionBeyondBoundsWarnsToo() {
        assertDiagnostics(header() + """
            themes:
              - id: t
                title: T
                questions:
                  - { id: pct, text: Part ?, type: number, max: 100 }
                  - { id: q, text: Q, type: boolean, when: t.pct 1️⃣> 150 }
            """, [
                ("1️⃣", .warning, "cette comparaison est toujours fausse : t.pct vaut au plus 100 (max: 100)"),
            ])
    }
}
