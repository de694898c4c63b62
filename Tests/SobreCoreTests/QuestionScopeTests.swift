import Testing
@testable import SobreCore

/// `scope: association | site` (SPEC §12): a theme's scope is its questions' default, and the
/// `when` of a head-office question may name head-office questions only.
@Suite struct QuestionScopeTests {
    /// A site theme and a head-office theme; `extra` goes into the head-office theme's questions.
    static func source(_ extra: String = "", language: String = "fr") -> String {
        header(language: language) + """
            themes:
              - id: site
                title: Site
                questions:
                  - { id: postes, text: Postes ?, type: number }
                  - { id: charte, text: Charte ?, type: boolean, scope: association }
              - id: achats
                title: Achats
                scope: association
                questions:
                  - { id: criteres, text: Critères ?, type: boolean }
                  - { id: local, text: Local ?, type: boolean, scope: site }
                  - { id: clauses, text: Clauses ?, type: boolean, when: achats.criteres }
            \(extra)
            """
    }

    @Test func themeScopeIsItsQuestionsDefault() throws {
        let questionnaire = try loadValid(Self.source())
        let scopes = questionnaire.questions.map { "\($0.fullID)=\($0.scope.rawValue)" }
        #expect(scopes == ["site.postes=site", "site.charte=association", "achats.criteres=association",
                           "achats.local=site", "achats.clauses=association"])
    }

    @Test func headOfficeConditionOnHeadOfficeQuestionsIsValid() throws {
        let questionnaire = try loadValid(Self.source("      - { id: suite, text: Suite ?, type: boolean, when: site.charte and achats.criteres }"))
        #expect(questionnaire.question("achats.suite")?.when != nil)
    }

    @Test func headOfficeConditionOnSiteQuestionIsAnError() {
        assertDiagnostics(
            Self.source("      - { id: suite, text: Suite ?, type: boolean, when: achats.criteres and 1️⃣site.postes > 3 }"),
            [("1️⃣", .error, "la condition de achats.suite, question du siège (scope: association), dépend de site.postes, question de chaque site : l’entretien du siège ne la pose pas ; ne nommez que des questions du siège, ou retirez « scope: association »")])
    }

    @Test func headOfficeConditionOnSiteQuestionInAFunctionInEnglish() {
        assertDiagnostics(
            Self.source("      - { id: suite, text: Suite ?, type: boolean, when: answered(1️⃣achats.local) }", language: "en"),
            [("1️⃣", .error, "the condition of achats.suite, a head-office question (scope: association), depends on achats.local, a question for each site: the head office's interview does not ask it; name head-office questions only, or remove 'scope: association'")])
    }

    @Test func siteConditionMayNameHeadOfficeQuestions() throws {
        let questionnaire = try loadValid(Self.source("      - { id: suite, text: Suite ?, type: boolean, scope: site, when: achats.criteres and site.postes > 3 }"))
        #expect(questionnaire.question("achats.suite")?.scope == .site)
    }

    @Test func unknownScopeIsAnErrorWithAHint() {
        let marked = header() + """
            themes:
              - id: t
                title: T
                scope: 1️⃣associaton
                questions:
                  - { id: q, text: Q ?, type: boolean, scope: 2️⃣siege }

            """
        assertDiagnostics(marked, [
            ("1️⃣", .error, "« scope » vaut site ou association, pas « associaton » ; vouliez-vous dire « association » ?"),
            ("2️⃣", .error, "« scope » vaut site ou association, pas « siege »"),
        ])
    }
}
