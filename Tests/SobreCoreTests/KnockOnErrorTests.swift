import Testing
@testable import SobreCore

/// One mistake, one error: what is wrong where a question or theme is defined is not reported
/// again wherever it is used.
@Suite struct KnockOnErrorTests {
    @Test func questionWithAnUnknownTypeIsNotUnknownWhereItIsUsed() {
        assertDiagnostics(header() + """
            themes:
              - id: t
                title: T
                questions:
                  - { id: q, text: Q, type: 1️⃣bolean }
                  - { id: r, text: R, type: boolean, when: t.q == true }
            actions:
              - { id: a, title: A, theme: t, priority: high, effort: low, when: t.q == false or score(t.q) < 1 }
            """, [
                ("1️⃣", .error, "type « bolean » inconnu : single, multiple, boolean, scale, number ou text ; vouliez-vous dire « boolean » ?"),
            ])
    }

    @Test func questionWithAnUnknownOptionSetIsNotUnknownWhereItIsUsed() {
        assertDiagnostics(header() + """
            option_sets:
              engagement:
                - { id: non, label: Non, score: 0 }
                - { id: oui, label: Oui, score: 1 }
            themes:
              - id: t
                title: T
                questions:
                  - { id: q, text: Q, type: single, options: 1️⃣engagment }
                  - { id: u, text: U, type: single, options: engagement, when: t.q == 'oui' }
            actions:
              - { id: a, title: A, theme: t, priority: high, effort: low, when: "t.q in ['non']" }
            """, [
                ("1️⃣", .error, "jeu d’options « engagment » inconnu (voir « option_sets ») ; vouliez-vous dire « engagement » ?"),
            ])
    }

    @Test func otherMistakesInTheSameConditionAreStillReported() {
        assertDiagnostics(header() + """
            themes:
              - id: t
                title: T
                questions:
                  - { id: q, text: Q, type: 1️⃣bolean }
                  - { id: r, text: R, type: boolean }
            actions:
              - { id: a, title: A, theme: t, priority: high, effort: low, when: t.q == false or 2️⃣t.x == true }
            """, [
                ("1️⃣", .error, "type « bolean » inconnu : single, multiple, boolean, scale, number ou text ; vouliez-vous dire « boolean » ?"),
                ("2️⃣", .error, "question inconnue « t.x » ; vouliez-vous dire « t.r » ?"),
            ])
    }

    @Test func themeIDWithADashIsOneError() {
        // Before: the id, the action's theme, and each condition naming the theme (`fin` alone
        // names nothing, `theme_level(fin` misses its parenthesis) were each reported.
        assertDiagnostics(header() + """
            themes:
              - id: gouvernance
                title: Gouvernance
                questions:
                  - { id: referent, text: Référent ?, type: boolean }
              - id: 1️⃣fin-de-vie
                title: Fin de vie
                questions:
                  - { id: deee, text: DEEE ?, type: boolean }
                  - { id: filiere, text: Filière ?, type: boolean, when: fin-de-vie.deee == true }
              - id: usages
                title: Usages
                questions:
                  - { id: postes, text: Postes ?, type: boolean, when: fin-de-vie.deee == false }
            actions:
              - { id: a, title: A, theme: fin-de-vie, priority: high, effort: low, when: fin-de-vie.deee == false }
              - { id: b, title: B, theme: fin-de-vie, priority: high, effort: low, when: "score(fin-de-vie.deee) < 1" }
              - { id: c, title: C, theme: gouvernance, priority: high, effort: low, when: "theme_level(fin-de-vie) == 1" }
            """, [
                ("1️⃣", .error, "identifiant « fin-de-vie » invalide : il doit suivre le modèle [a-z][a-z0-9_]* (minuscules sans accent, chiffres, _)"),
            ])
    }

    @Test func themeIDWithCapitalsIsOneError() {
        assertDiagnostics(header(language: "en") + """
            themes:
              - id: 1️⃣Usages
                title: Usages
                questions:
                  - { id: q, text: Q, type: boolean }
            actions:
              - { id: a, title: A, theme: Usages, priority: high, effort: low, when: Usages.q == false and theme_score(Usages) < 50 }
            """, [
                ("1️⃣", .error, "invalid id 'Usages': it must match [a-z][a-z0-9_]*"),
            ])
    }

    @Test func aNameThatOnlyContainsTheBrokenThemeIsStillChecked() {
        // « vie » is a theme id refused elsewhere; « vie_pro.x » is another name, still unknown.
        assertDiagnostics(header() + """
            themes:
              - id: 1️⃣Vie
                title: Vie
                questions:
                  - { id: q, text: Q, type: boolean }
              - id: t
                title: T
                questions:
                  - { id: q, text: Q, type: boolean }
            actions:
              - { id: a, title: A, theme: t, priority: high, effort: low, when: 2️⃣Vie_pro.x == false }
            """, [
                ("1️⃣", .error, "identifiant « Vie » invalide : il doit suivre le modèle [a-z][a-z0-9_]* (minuscules sans accent, chiffres, _)"),
                ("2️⃣", .error, "question inconnue « Vie_pro.x »"),
            ])
    }
}
