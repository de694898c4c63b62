import Testing
@testable import SobreCore

/// The rules of SPEC §1.2 other than expressions, each with its full message at its place.
@Suite struct ValidationTests {
    // MARK: - Keys

    @Test func unknownKeyOneEditAwayGetsAHint() {
        assertDiagnostics(header() + """
            themes:
              - id: t
                title: T
                questions:
                  - id: q
                    text: Q ?
                    type: boolean
                    1️⃣hepl: Demander le compte rendu
            """, [("1️⃣", .error, "clé inconnue « hepl » dans la question « t.q » ; vouliez-vous dire « help » ?")])
    }

    @Test func unknownKeyFarFromAnyGetsNoHint() {
        assertDiagnostics(header() + """
            themes:
              - id: t
                title: T
                1️⃣couleur: vert
                questions:
                  - { id: q, text: Q, type: boolean }
            """, [("1️⃣", .error, "clé inconnue « couleur » dans le thème 1")])
    }

    @Test func unknownRootKeyAlsoReportsTheMissingOne() {
        // « titre » is one edit from « title »; « title » itself is then missing.
        assertDiagnostics("""
            1️⃣format: 1
            id: test
            version: "1"
            language: fr
            2️⃣titre: Test
            levels:
              - { id: 1, name: Bas, min: 0 }
              - { id: 2, name: Haut, min: 50 }

            """ + minimalThemes, [
                ("1️⃣", .error, "il manque la clé « title » dans le questionnaire"),
                ("2️⃣", .error, "clé inconnue « titre » dans le questionnaire ; vouliez-vous dire « title » ?"),
            ])
    }

    @Test func unknownKeyInEnglish() {
        assertDiagnostics(header(language: "en") + """
            themes:
              - id: t
                title: T
                questions:
                  - { id: q, text: Q, type: boolean, 1️⃣wieght: 2 }
            """, [("1️⃣", .error, "unknown key 'wieght' in question 't.q'; did you mean 'weight'?")])
    }

    @Test func ambiguousHintIsLeftOut() {
        // « mix » is one edit from both « min » and « max »: no hint rather than a guess.
        assertDiagnostics(header() + """
            themes:
              - id: t
                title: T
                questions:
                  - { id: q, text: Q, type: scale, min: 1, max: 5, 1️⃣mix: 3 }
            """, [("1️⃣", .error, "clé inconnue « mix » dans la question « t.q »")])
    }

    @Test func missingKeys() {
        assertDiagnostics(header() + """
            themes:
              - id: t
                title: T
                questions:
                  - 1️⃣id: q
                    type: boolean
              - 2️⃣id: u
                questions:
                  - { id: q, text: Q, type: boolean }
            actions:
              - 3️⃣id: a
                title: A
                when: t.q == false
            """, [
                ("1️⃣", .error, "il manque la clé « text » dans la question « t.q »"),
                ("2️⃣", .error, "il manque la clé « title » dans le thème 2"),
                ("3️⃣", .error, "il manque la clé « theme » dans l’action « a »"),
                ("3️⃣", .error, "il manque la clé « priority » dans l’action « a »"),
                ("3️⃣", .error, "il manque la clé « effort » dans l’action « a »"),
            ])
    }

    @Test func missingRootKeys() {
        assertDiagnostics("""
            1️⃣format: 1
            id: test
            title: Test
            """, [
                ("1️⃣", .error, "il manque la clé « version » dans le questionnaire"),
                ("1️⃣", .error, "il manque la clé « language » dans le questionnaire"),
                ("1️⃣", .error, "il manque la clé « levels » dans le questionnaire"),
                ("1️⃣", .error, "il manque la clé « themes » dans le questionnaire"),
            ])
    }

    @Test func missingKeyInEnglish() {
        assertDiagnostics(header(language: "en") + """
            themes:
              - id: t
                title: T
                questions:
                  - 1️⃣{ id: q, type: boolean }
            """, [("1️⃣", .error, "missing key 'text' in question 't.q'")])
    }

    // MARK: - Ids

    @Test func idSyntax() {
        assertDiagnostics("""
            format: 1
            id: 1️⃣Test_1
            version: "1"
            language: fr
            title: Test
            levels:
              - { id: 1, name: Bas, min: 0 }
              - { id: 2, name: Haut, min: 50 }
            themes:
              - id: 2️⃣Gouvernance
                title: G
                questions:
                  - { id: q, text: Q, type: boolean }
              - id: t
                title: T
                questions:
                  - { id: 3️⃣1q, text: Q, type: boolean }
                  - id: r
                    text: R
                    type: single
                    options:
                      - { id: 4️⃣Oui, label: Oui, score: 1 }
                      - { id: 5️⃣pas-du-tout, label: Non, score: 0 }
                  - { id: 6️⃣réseau, text: Q, type: boolean }
                  - { id: ok, text: Q, type: boolean }
            actions:
              - { id: 7️⃣a-b, title: A, theme: t, priority: high, effort: low, when: t.ok == false }
            """, [
                ("1️⃣", .error, "identifiant « Test_1 » invalide : il doit suivre le modèle [a-z0-9][a-z0-9-]* (minuscules sans accent, chiffres, tirets)"),
                ("2️⃣", .error, "identifiant « Gouvernance » invalide : il doit suivre le modèle [a-z][a-z0-9_]* (minuscules sans accent, chiffres, _)"),
                ("3️⃣", .error, "identifiant « 1q » invalide : il doit suivre le modèle [a-z][a-z0-9_]* (minuscules sans accent, chiffres, _)"),
                ("4️⃣", .error, "identifiant « Oui » invalide : il doit suivre le modèle [a-z0-9_]+ (minuscules sans accent, chiffres, _)"),
                ("5️⃣", .error, "identifiant « pas-du-tout » invalide : il doit suivre le modèle [a-z0-9_]+ (minuscules sans accent, chiffres, _)"),
                ("6️⃣", .error, "identifiant « réseau » invalide : il doit suivre le modèle [a-z][a-z0-9_]* (minuscules sans accent, chiffres, _)"),
                ("7️⃣", .error, "identifiant « a-b » invalide : il doit suivre le modèle [a-z][a-z0-9_]* (minuscules sans accent, chiffres, _)"),
            ])
    }

    @Test func idSyntaxInEnglish() {
        assertDiagnostics(header(language: "en") + """
            themes:
              - id: 1️⃣Gouvernance
                title: G
                questions:
                  - { id: q, text: Q, type: boolean }
            """, [("1️⃣", .error, "invalid id 'Gouvernance': it must match [a-z][a-z0-9_]*")])
    }

    @Test func duplicateIds() {
        assertDiagnostics(header() + """
            themes:
              - id: t
                title: T
                questions:
                  - { id: q, text: Q, type: boolean }
                  - { id: 1️⃣q, text: Q bis, type: boolean }
                  - id: r
                    text: R
                    type: single
                    options:
                      - { id: oui, label: Oui, score: 1 }
                      - { id: 2️⃣oui, label: Oui bis, score: 0 }
              - id: 3️⃣t
                title: T bis
                questions:
                  - { id: q, text: Q, type: boolean }
            actions:
              - { id: a, title: A, theme: t, priority: high, effort: low, when: t.q == false }
              - { id: 4️⃣a, title: A bis, theme: t, priority: high, effort: low, when: t.q == false }
            """, [
                ("1️⃣", .error, "question « q » en double dans le thème « t »"),
                ("2️⃣", .error, "option « oui » en double dans la question « t.r »"),
                ("3️⃣", .error, "thème « t » en double"),
                ("4️⃣", .error, "action « a » en double"),
            ])
    }

    @Test func duplicateLevelID() {
        assertDiagnostics("""
            format: 1
            id: test
            version: "1"
            language: fr
            title: Test
            levels:
              - { id: 1, name: Bas, min: 0 }
              - { id: 1️⃣1, name: Haut, min: 50 }
            """ + "\n" + minimalThemes,
            [("1️⃣", .error, "niveau 1 en double")])
    }

    /// Beyond 2^53 a level id would come out of the JSON report as another number (or a
    /// float): refused where it is written. 2^53 itself is exact, and kept.
    @Test func levelIDBeyondTwoToThe53() {
        assertDiagnostics("""
            format: 1
            id: test
            version: "1"
            language: fr
            title: Test
            levels:
              - { id: -9007199254740992, name: Bas, min: 0 }
              - { id: 9007199254740992, name: Moyen, min: 40 }
              - { id: 1️⃣9007199254740993, name: Haut, min: 50 }
              - { id: 2️⃣-9007199254740993, name: Haut, min: 60 }
            """ + "\n" + minimalThemes, [
                ("1️⃣", .error, "l’id de niveau 9007199254740993 est trop grand : il doit rester entre -2^53 et 2^53 (9007199254740992), au-delà un nombre JSON ne le garde pas exactement"),
                ("2️⃣", .error, "l’id de niveau -9007199254740993 est trop grand : il doit rester entre -2^53 et 2^53 (9007199254740992), au-delà un nombre JSON ne le garde pas exactement"),
            ])
    }

    // MARK: - Options and scores

    @Test func optionScoreOutsideZeroOne() {
        assertDiagnostics(header() + """
            themes:
              - id: t
                title: T
                questions:
                  - id: q
                    text: Q
                    type: single
                    options:
                      - { id: a, label: A, score: 1️⃣1.5 }
                      - { id: b, label: B, score: 2️⃣-0.25 }
                      - { id: c, label: C, score: 3️⃣beaucoup }
                  - id: r
                    text: R
                    type: boolean
                    scores: { yes: 4️⃣2, no: 0 }
            """, [
                ("1️⃣", .error, "un score est compris entre 0 et 1 (ici 1.5)"),
                ("2️⃣", .error, "un score est compris entre 0 et 1 (ici -0.25)"),
                ("3️⃣", .error, "« score » doit être un nombre"),
                ("4️⃣", .error, "un score est compris entre 0 et 1 (ici 2)"),
            ])
    }

    @Test func optionIDMadeOfDigitsOtherThanItsRankWarns() {
        // A number typed at the prompt picks by rank: « 30 » (3rd) and « 1 » (4th) cannot be
        // picked by id; « 1 » first, « 2 » second and « 3 » third name themselves.
        assertDiagnostics(header() + """
            option_sets:
              tranche:
                - { id: 1️⃣0, label: Aucun, score: 0 }
                - { id: 2, label: Deux, score: 1 }
            themes:
              - id: t
                title: T
                questions:
                  - id: q
                    text: Q
                    type: single
                    options:
                      - { id: 1, label: Un, score: 0 }
                      - { id: a, label: A, score: 0 }
                      - { id: 2️⃣30, label: Trente, score: 0.5 }
                      - { id: 3️⃣1, label: Un bis, score: 1 }
                  - id: r
                    text: R
                    type: multiple
                    options:
                      - { id: 1, label: Un, score: 0 }
                      - { id: 2, label: Deux, score: 0.5 }
                      - { id: 3, label: Trois, score: 0.5 }
                      - { id: 1e3, label: Mille, score: 1 }
                  - { id: s, text: S, type: single, options: tranche }
            """, [
                ("1️⃣", .warning, "l’option « 0 » ne peut pas être choisie par son identifiant pendant l’entretien : un nombre tapé choisit l’option de ce rang, et celle-ci est la 1re ; commencez l’identifiant par une lettre (par exemple « n0 »)"),
                ("2️⃣", .warning, "l’option « 30 » ne peut pas être choisie par son identifiant pendant l’entretien : un nombre tapé choisit l’option de ce rang, et celle-ci est la 3e ; commencez l’identifiant par une lettre (par exemple « n30 »)"),
                ("3️⃣", .error, "option « 1 » en double dans la question « t.q »"),
                ("3️⃣", .warning, "l’option « 1 » ne peut pas être choisie par son identifiant pendant l’entretien : un nombre tapé choisit l’option de ce rang, et celle-ci est la 4e ; commencez l’identifiant par une lettre (par exemple « n1 »)"),
            ])
    }

    @Test func optionIDMadeOfDigitsWarnsInEnglish() {
        assertDiagnostics(header(language: "en") + """
            themes:
              - id: t
                title: T
                questions:
                  - id: q
                    text: Q
                    type: single
                    options:
                      - { id: none, label: None, score: 0 }
                      - { id: 1️⃣1, label: One, score: 1 }
            """, [
                ("1️⃣", .warning, "option '1' cannot be picked by its id in the interview: a number typed picks the option at that rank, and this one is number 2; start the id with a letter (for example 'n1')"),
            ])
    }

    @Test func fewerThanTwoOptions() {
        assertDiagnostics(header() + """
            themes:
              - id: t
                title: T
                questions:
                  - id: q
                    text: Q
                    type: single
                    options:
                      1️⃣- { id: a, label: A, score: 1 }
            """, [("1️⃣", .error, "la question « t.q » doit proposer au moins 2 options")])
    }

    @Test func optionMessagesNameTheirOwner() {
        assertDiagnostics(header() + """
            option_sets:
              engagement:
                - 1️⃣{ id: non, score: 0 }
                - { id: oui, label: Oui, score: 1 }
              frequence: 2️⃣3
            themes:
              - id: t
                title: T
                questions:
                  - { id: q, text: Q, type: single, options: engagement }
                  - { id: r, text: R, type: single, options: frequence }
                  - { id: s, text: S, type: single, options: 3️⃣{ a: 1 } }
                  - id: u
                    text: U
                    type: multiple
                    options:
                      - { id: a, label: A, score: 1 }
                      - 4️⃣{ id: b, label: B }
            """, [
                ("1️⃣", .error, "il manque la clé « label » dans l’option 1 du jeu d’options « engagement »"),
                ("2️⃣", .error, "les options du jeu d’options « frequence » doivent être une liste (« - … »), pas un nombre"),
                ("3️⃣", .error, "les options de la question « t.s » doivent être une liste (« - … »), pas un tableau de clés"),
                ("4️⃣", .error, "il manque la clé « score » dans l’option 2 de la question « t.u »"),
            ])
    }

    @Test func optionMessagesInEnglish() {
        assertDiagnostics(header(language: "en") + """
            themes:
              - id: t
                title: T
                questions:
                  - id: q
                    text: Q
                    type: single
                    options:
                      - { id: a, label: A, score: 1 }
                      - { id: 1️⃣a, label: B, score: 0 }
                      - { id: c, label: C, score: 0, 2️⃣colour: red }
                  - { id: r, text: R, type: single, options: 3️⃣[{ id: a, label: A, score: 1 }] }
            """, [
                ("1️⃣", .error, "duplicate option 'a' in question 't.q'"),
                ("2️⃣", .error, "unknown key 'colour' in option 3 of question 't.q'"),
                ("3️⃣", .error, "question 't.r' must offer at least 2 options"),
            ])
    }

    @Test func singleAndMultipleNeedOptions() {
        assertDiagnostics(header() + """
            themes:
              - id: t
                title: T
                questions:
                  - 1️⃣{ id: q, text: Q, type: multiple }
            """, [("1️⃣", .error, "il manque la clé « options » dans la question « t.q »")])
    }

    @Test func unknownType() {
        assertDiagnostics(header() + """
            themes:
              - id: t
                title: T
                questions:
                  - { id: q, text: Q, type: 1️⃣bolean }
                  - { id: r, text: R, type: 2️⃣date }
            """, [
                ("1️⃣", .error, "type « bolean » inconnu : single, multiple, boolean, scale, number ou text ; vouliez-vous dire « boolean » ?"),
                ("2️⃣", .error, "type « date » inconnu : single, multiple, boolean, scale, number ou text"),
            ])
    }

    // MARK: - Levels

    @Test func levelsNotAscending() {
        assertDiagnostics("""
            format: 1
            id: test
            version: "1"
            language: fr
            title: Test
            levels:
              - { id: 1, name: A, min: 0 }
              - { id: 2, name: B, min: 50 }
              - { id: 3, name: C, min: 1️⃣40 }
              - { id: 4, name: D, min: 2️⃣40 }

            """ + minimalThemes, [
                ("1️⃣", .error, "les niveaux doivent être croissants : min 40 ne dépasse pas le min 50 du niveau précédent"),
                ("2️⃣", .error, "les niveaux doivent être croissants : min 40 ne dépasse pas le min 40 du niveau précédent"),
            ])
    }

    @Test func levelsNotAscendingInEnglish() {
        assertDiagnostics("""
            format: 1
            id: test
            version: "1"
            language: en
            title: Test
            levels:
              - { id: 1, name: A, min: 0 }
              - { id: 2, name: B, min: 1️⃣0 }

            """ + minimalThemes, [
                ("1️⃣", .error, "levels must be ascending: min 0 is not above the previous level's min 0"),
            ])
    }

    @Test func firstLevelMustStartAtZero() {
        assertDiagnostics("""
            format: 1
            id: test
            version: "1"
            language: fr
            title: Test
            levels:
              - { id: 1, name: A, min: 1️⃣10 }
              - { id: 2, name: B, min: 50 }
              - { id: 3, name: C, min: 2️⃣120 }

            """ + minimalThemes, [
                ("1️⃣", .error, "le premier niveau doit commencer à « min: 0 » (ici 10)"),
                ("2️⃣", .error, "« min » est un score entre 0 et 100 (ici 120)"),
            ])
    }

    @Test func fewerThanTwoLevels() {
        assertDiagnostics("""
            format: 1
            id: test
            version: "1"
            language: fr
            title: Test
            levels:
              1️⃣- { id: 1, name: Seul, min: 0 }

            """ + minimalThemes, [("1️⃣", .error, "il faut au moins 2 niveaux de maturité")])
    }

    @Test func levelIDsShouldGrowWithMin() {
        assertDiagnostics("""
            format: 1
            id: test
            version: "1"
            language: fr
            title: Test
            levels:
              - { id: 2, name: A, min: 0 }
              - { id: 1️⃣1, name: B, min: 50 }

            """ + minimalThemes, [
                ("1️⃣", .warning, "les ids de niveaux devraient croître avec « min » (1 après 2) : weakest_link compare les ids"),
            ])
    }

    @Test func weakestLinkMustBeNonNegative() {
        assertDiagnostics(header() + """
            scoring:
              weakest_link: 1️⃣-1
            """ + "\n" + minimalThemes,
            [("1️⃣", .error, "« weakest_link » doit être un entier positif ou nul")])
    }

    // MARK: - Bands

    @Test func bandsNotAscending() {
        assertDiagnostics(header() + """
            themes:
              - id: t
                title: T
                questions:
                  - id: q
                    text: Q
                    type: number
                    bands:
                      - { upto: 10, score: 1 }
                      - { upto: 1️⃣5, score: 0.5 }
                      - { upto: 2️⃣5, score: 0.2 }
                      - { upto: 7, score: 0.1 }
                      - { score: 0 }
            """, [
                ("1️⃣", .error, "les tranches doivent être croissantes : 5 ne dépasse pas 10"),
                ("2️⃣", .error, "les tranches doivent être croissantes : 5 ne dépasse pas 5"),
            ])
    }

    @Test func lastBandWithUptoAndMiddleBandWithout() {
        assertDiagnostics(header() + """
            themes:
              - id: t
                title: T
                questions:
                  - id: q
                    text: Q
                    type: number
                    bands:
                      - { upto: 10, score: 1 }
                      - 1️⃣{ score: 0.5 }
                      - { upto: 2️⃣20, score: 0 }
            """, [
                ("1️⃣", .error, "seule la dernière tranche peut omettre « upto »"),
                ("2️⃣", .error, "la dernière tranche ne doit pas avoir de « upto » : elle prend toutes les valeurs au-delà"),
            ])
    }

    @Test func emptyBands() {
        assertDiagnostics(header() + """
            themes:
              - id: t
                title: T
                questions:
                  - { id: q, text: Q, type: number, bands: 1️⃣[] }
                  - { id: r, text: R, type: boolean }
            """, [("1️⃣", .error, "« bands » doit contenir au moins une tranche")])
    }

    // MARK: - Scales and numbers

    @Test func scaleWithoutMinOrMax() {
        assertDiagnostics(header() + """
            themes:
              - id: t
                title: T
                questions:
                  - 1️⃣id: q
                    text: Q
                    type: scale
                    max: 5
                  - 2️⃣{ id: r, text: R, type: scale, min: 1 }
            """, [
                ("1️⃣", .error, "une échelle (scale) demande « min » et « max » entiers dans la question « t.q »"),
                ("2️⃣", .error, "une échelle (scale) demande « min » et « max » entiers dans la question « t.r »"),
            ])
    }

    @Test func scaleMinNotBelowMax() {
        assertDiagnostics(header() + """
            themes:
              - id: t
                title: T
                questions:
                  - { id: q, text: Q, type: scale, min: 5, max: 1️⃣3 }
                  - { id: r, text: R, type: scale, min: 2, max: 2️⃣2 }
                  - { id: s, text: S, type: scale, min: 1, max: 3️⃣2.5 }
            """, [
                ("1️⃣", .error, "« max » (3) doit dépasser « min » (5)"),
                ("2️⃣", .error, "« max » (2) doit dépasser « min » (2)"),
                ("3️⃣", .error, "« max » doit être un nombre entier"),
            ])
    }

    @Test func scaleLabelsOutsideTheScale() {
        assertDiagnostics(header() + """
            themes:
              - id: t
                title: T
                questions:
                  - id: q
                    text: Q
                    type: scale
                    min: 1
                    max: 5
                    labels:
                      1️⃣0: Jamais
                      1: Rarement
                      5: Toujours
                      2️⃣6: Plus que toujours
            """, [
                ("1️⃣", .error, "la valeur 0 est hors de l’échelle 1–5"),
                ("2️⃣", .error, "la valeur 6 est hors de l’échelle 1–5"),
            ])
    }

    @Test func scaleLabelsAreRead() throws {
        let q = try loadValid(header() + """
            themes:
              - id: t
                title: T
                questions:
                  - { id: q, text: Q, type: scale, min: 0, max: 4, labels: { 0: Jamais, 4: Toujours } }
            """)
        guard case .scale(let min, let max, let labels) = q.questions[0].kind else {
            Issue.record("not a scale")
            return
        }
        #expect(min == 0)
        #expect(max == 4)
        #expect(labels == [0: "Jamais", 4: "Toujours"])
    }

    @Test func quotedScaleLabelKeysAreRead() throws {
        // The schema allows them (property names are texts); the loader reads them the same.
        let q = try loadValid(header() + """
            themes:
              - id: t
                title: T
                questions:
                  - id: q
                    text: Q
                    type: scale
                    min: -1
                    max: 4
                    labels:
                      "-1": Jamais
                      '0': Rarement
                      4: Toujours
            """)
        guard case .scale(_, _, let labels) = q.questions[0].kind else {
            Issue.record("not a scale")
            return
        }
        #expect(labels == [-1: "Jamais", 0: "Rarement", 4: "Toujours"])
    }

    @Test func scaleLabelKeyThatIsNotAWholeNumber() {
        assertDiagnostics(header() + """
            themes:
              - id: t
                title: T
                questions:
                  - id: q
                    text: Q
                    type: scale
                    min: 1
                    max: 5
                    labels:
                      1️⃣un: Jamais
                      2️⃣"2.5": Parfois
                      5: Toujours
            """, [
                ("1️⃣", .error, "une clé de « labels » est une valeur de l’échelle, un nombre entier (« 1: Jamais »), pas « un »"),
                ("2️⃣", .error, "une clé de « labels » est une valeur de l’échelle, un nombre entier (« 1: Jamais »), pas « 2.5 »"),
            ])
    }

    @Test func numberMaxBelowMin() {
        assertDiagnostics(header() + """
            themes:
              - id: t
                title: T
                questions:
                  - { id: q, text: Q, type: number, min: 10, max: 1️⃣5 }
                  - { id: r, text: R, type: boolean }
            """, [("1️⃣", .error, "« max » (5) est inférieur à « min » (10)")])
    }

    // MARK: - Option sets

    @Test func unknownOptionSetWithHint() {
        assertDiagnostics(header() + """
            option_sets:
              1️⃣engagement:
                - { id: non, label: Pas encore, score: 0 }
                - { id: oui, label: Réalisé, score: 1 }
            themes:
              - id: t
                title: T
                questions:
                  - { id: q, text: Q, type: single, options: 2️⃣engagment }
                  - { id: r, text: R, type: single, options: 3️⃣frequence }
            """, [
                ("1️⃣", .warning, "le jeu d’options « engagement » n’est utilisé par aucune question"),
                ("2️⃣", .error, "jeu d’options « engagment » inconnu (voir « option_sets ») ; vouliez-vous dire « engagement » ?"),
                ("3️⃣", .error, "jeu d’options « frequence » inconnu (voir « option_sets »)"),
            ])
    }

    @Test func optionSetIsSharedByQuestions() throws {
        let q = try loadValid(header() + """
            option_sets:
              engagement:
                - { id: non, label: Pas encore, score: 0 }
                - { id: oui, label: Réalisé, score: 1 }
            themes:
              - id: t
                title: T
                questions:
                  - { id: q, text: Q, type: single, options: engagement }
                  - { id: r, text: R, type: multiple, options: engagement }
            """)
        #expect(q.questions[0].options.map(\.id) == ["non", "oui"])
        #expect(q.questions[1].options.map(\.label) == ["Pas encore", "Réalisé"])
        guard case .multiple = q.questions[1].kind else {
            Issue.record("r should be multiple")
            return
        }
    }

    @Test func unusedOptionSetWarns() {
        let result = assertDiagnostics(header() + """
            option_sets:
              1️⃣frequence:
                - { id: jamais, label: Jamais, score: 0 }
                - { id: souvent, label: Souvent, score: 1 }
            """ + "\n" + minimalThemes, [
                ("1️⃣", .warning, "le jeu d’options « frequence » n’est utilisé par aucune question"),
            ])
        #expect(result.questionnaire != nil)
    }

    // MARK: - Keys for other types

    @Test func keysThatDoNotApplyToTheType() {
        assertDiagnostics(header() + """
            themes:
              - id: t
                title: T
                questions:
                  - id: q
                    text: Q
                    type: boolean
                    1️⃣options: [{ id: a, label: A, score: 1 }, { id: b, label: B, score: 0 }]
                  - id: r
                    text: R
                    type: single
                    options: [{ id: a, label: A, score: 1 }, { id: b, label: B, score: 0 }]
                    2️⃣min: 1
                    3️⃣unit: €
                  - { id: s, text: S, type: text, 4️⃣bands: [{ score: 1 }] }
                  - { id: u, text: U, type: scale, min: 1, max: 3, 5️⃣scores: { yes: 1, no: 0 } }
                  - { id: v, text: V, type: number, 6️⃣labels: { 1: Un } }
            """, [
                ("1️⃣", .error, "« options » ne s’applique pas à une question de type boolean"),
                ("2️⃣", .error, "« min » ne s’applique pas à une question de type single"),
                ("3️⃣", .error, "« unit » ne s’applique pas à une question de type single"),
                ("4️⃣", .error, "« bands » ne s’applique pas à une question de type text"),
                ("5️⃣", .error, "« scores » ne s’applique pas à une question de type scale"),
                ("6️⃣", .error, "« labels » ne s’applique pas à une question de type number"),
            ])
    }

    @Test func keyThatDoesNotApplyInEnglish() {
        assertDiagnostics(header(language: "en") + """
            themes:
              - id: t
                title: T
                questions:
                  - { id: q, text: Q, type: boolean, 1️⃣unit: kg }
            """, [("1️⃣", .error, "'unit' does not apply to a question of type boolean")])
    }

    // MARK: - Weights

    @Test func weights() {
        assertDiagnostics(header() + """
            themes:
              - id: t
                title: T
                weight: 1️⃣0
                questions:
                  - { id: q, text: Q, type: boolean, weight: 2️⃣-1 }
                  - { id: r, text: R, type: boolean, weight: 0 }
            """, [
                ("1️⃣", .error, "le poids d’un thème doit être strictement positif"),
                ("2️⃣", .error, "le poids d’une question doit être positif ou nul"),
            ])
    }

    // MARK: - Actions

    @Test func actionWithUnknownTheme() {
        assertDiagnostics(header() + """
            themes:
              - id: usages
                title: Usages
                questions:
                  - { id: q, text: Q, type: boolean }
            actions:
              - { id: a, title: A, theme: 1️⃣usage, priority: high, effort: low, when: usages.q == false }
              - { id: b, title: B, theme: 2️⃣achats, priority: high, effort: low, when: usages.q == false }
            """, [
                ("1️⃣", .error, "thème « usage » inconnu pour l’action « a » ; vouliez-vous dire « usages » ?"),
                ("2️⃣", .error, "thème « achats » inconnu pour l’action « b »"),
            ])
    }

    @Test func actionGrades() {
        assertDiagnostics(header() + """
            themes:
              - id: t
                title: T
                questions:
                  - { id: q, text: Q, type: boolean }
            actions:
              - { id: a, title: A, theme: t, priority: 1️⃣hihg, effort: 2️⃣facile, when: t.q == false }
            """, [
                ("1️⃣", .error, "« priority » vaut low, medium ou high, pas « hihg » ; vouliez-vous dire « high » ?"),
                ("2️⃣", .error, "« effort » vaut low, medium ou high, pas « facile »"),
            ])
    }

    @Test func actionOwnerIsOptionalText() throws {
        let q = try loadValid(header() + """
            themes:
              - id: t
                title: T
                questions:
                  - { id: q, text: Q, type: boolean }
            actions:
              - { id: a, title: A, theme: t, priority: high, effort: low, when: t.q == false, owner: Direction, source: GBPNR }
              - { id: b, title: B, theme: t, priority: high, effort: low, when: t.q == false }
            """)
        #expect(q.actions.map(\.owner) == ["Direction", nil])
        #expect(q.actions.map(\.source) == ["GBPNR", nil])
    }

    @Test func actionOwnerMustBeText() {
        assertDiagnostics(header() + """
            themes:
              - id: t
                title: T
                questions:
                  - { id: q, text: Q, type: boolean }
            actions:
              - { id: a, title: A, theme: t, priority: high, effort: low, when: t.q == false, owner: 1️⃣[Direction] }
              - { id: b, title: B, theme: t, priority: high, effort: low, when: t.q == false, 2️⃣ownr: DSI }
            """, [
                ("1️⃣", .error, "« owner » doit être un texte, pas une liste"),
                ("2️⃣", .error, "clé inconnue « ownr » dans l’action « b » ; vouliez-vous dire « owner » ?"),
            ])
    }

    @Test func unknownActionInAfter() {
        assertDiagnostics(header() + """
            themes:
              - id: t
                title: T
                questions:
                  - { id: q, text: Q, type: boolean }
            actions:
              - { id: nommer, title: A, theme: t, priority: high, effort: low, when: t.q == false }
              - { id: b, title: B, theme: t, priority: high, effort: low, when: t.q == false, after: [1️⃣nomer, 2️⃣former] }
              - { id: c, title: C, theme: t, priority: high, effort: low, when: t.q == false, after: [3️⃣c] }
            """, [
                ("1️⃣", .error, "action « nomer » inconnue dans « after » ; vouliez-vous dire « nommer » ?"),
                ("2️⃣", .error, "action « former » inconnue dans « after »"),
                ("3️⃣", .error, "l’action « c » ne peut pas venir après elle-même"),
            ])
    }

    @Test func cycleInAfter() {
        assertDiagnostics(header() + """
            themes:
              - id: t
                title: T
                questions:
                  - { id: q, text: Q, type: boolean }
            actions:
              - { id: x, title: X, theme: t, priority: high, effort: low, when: t.q == false }
              - { id: b, title: B, theme: t, priority: high, effort: low, when: t.q == false, after: 1️⃣[x, a] }
              - { id: a, title: A, theme: t, priority: high, effort: low, when: t.q == false, after: [b] }
            """, [("1️⃣", .error, "cycle dans « after » : b → a → b")])
    }

    @Test func threeCycleInAfter() {
        assertDiagnostics(header() + """
            themes:
              - id: t
                title: T
                questions:
                  - { id: q, text: Q, type: boolean }
            actions:
              - id: a
                title: A
                theme: t
                priority: high
                effort: low
                when: t.q == false
                after:
                  1️⃣- c
              - { id: b, title: B, theme: t, priority: high, effort: low, when: t.q == false, after: [a] }
              - { id: c, title: C, theme: t, priority: high, effort: low, when: t.q == false, after: [b] }
            """, [("1️⃣", .error, "cycle dans « after » : a → c → b → a")])
    }

    @Test func cycleInEnglish() {
        assertDiagnostics(header(language: "en") + """
            themes:
              - id: t
                title: T
                questions:
                  - { id: q, text: Q, type: boolean }
            actions:
              - { id: a, title: A, theme: t, priority: high, effort: low, when: t.q == false, after: 1️⃣[b] }
              - { id: b, title: B, theme: t, priority: high, effort: low, when: t.q == false, after: [a] }
            """, [("1️⃣", .error, "cycle in 'after': a → b → a")])
    }

    @Test func afterWithoutCycleIsValid() throws {
        let q = try loadValid(header() + """
            themes:
              - id: t
                title: T
                questions:
                  - { id: q, text: Q, type: boolean }
            actions:
              - { id: a, title: A, theme: t, priority: high, effort: low, when: t.q == false, after: [b, c] }
              - { id: b, title: B, theme: t, priority: high, effort: low, when: t.q == false, after: [c] }
              - { id: c, title: C, theme: t, priority: high, effort: low, when: t.q == false }
            """)
        #expect(q.actions.map(\.after) == [["b", "c"], ["c"], []])
    }

    // MARK: - Warnings

    @Test func themeWithoutScoredQuestionWarns() {
        assertDiagnostics(header() + """
            themes:
              - id: t
                title: T
                questions:
                  - { id: q, text: Q, type: boolean }
              - id: notes
                title: Notes
                1️⃣questions:
                  - { id: remarque, text: Remarques ?, type: text }
                  - { id: postes, text: Combien ?, type: number }
            """, [
                ("1️⃣", .warning, "le thème « notes » n’a aucune question notée : il ne sera jamais évalué"),
            ])
    }

    @Test func allWeightZeroInventoryThemeDoesNotWarn() throws {
        let q = try loadValid(header() + """
            themes:
              - id: parc
                title: Inventaire
                questions:
                  - { id: postes, text: Combien de postes ?, type: number, weight: 0 }
                  - { id: ecrans, text: Combien d’écrans ?, type: number, weight: 0, bands: [{ upto: 10, score: 1 }, { score: 0 }] }
                  - { id: remarque, text: Remarques ?, type: text, weight: 0 }
              - id: t
                title: T
                questions:
                  - { id: q, text: Q, type: boolean }
            """)
        #expect(q.themes[0].questions.map(\.weight) == [0, 0, 0])
    }

    @Test func actionThatNoAnswerCanTriggerWarns() {
        assertDiagnostics(header() + """
            themes:
              - id: t
                title: T
                questions:
                  - { id: q, text: Q, type: boolean }
                  - { id: n, text: N, type: scale, min: 1, max: 5 }
            actions:
              - { id: a, title: A, theme: t, priority: high, effort: low, when: 1️⃣t.q == true and t.q == false }
              - { id: b, title: B, theme: t, priority: high, effort: low, when: t.n 2️⃣> 5 }
              - { id: c, title: C, theme: t, priority: high, effort: low, when: t.n >= 5 }
              - { id: d, title: D, theme: t, priority: high, effort: low, when: not answered(t.q) }
              - { id: e, title: E, theme: t, priority: high, effort: low, when: overall_score() 3️⃣> 200 }
            """, [
                ("1️⃣", .warning, "l’action « a » ne peut être déclenchée par aucune réponse"),
                // One mistake, one warning: the comparison says why, not the action too.
                ("2️⃣", .warning, "cette comparaison est toujours fausse : t.n va de 1 à 5 (son échelle)"),
                // The search for answers gives up on maturity functions; the range does not.
                ("3️⃣", .warning, "cette comparaison est toujours fausse : overall_score() va de 0 à 100"),
            ])
    }

    @Test func booleanScoresWithOneValueWarn() {
        assertDiagnostics(header() + """
            themes:
              - id: t
                title: T
                questions:
                  - { id: q, text: Q, type: boolean, scores: 1️⃣{ yes: 0 } }
                  - { id: r, text: R, type: boolean, scores: 2️⃣{ no: 0.5 } }
                  - { id: s, text: S, type: boolean, scores: { yes: 0, no: 1 } }
            """, [
                ("1️⃣", .warning, "« scores » ne donne que « yes » : « no » garde sa valeur par défaut, 0 ; donnez les deux valeurs"),
                ("2️⃣", .warning, "« scores » ne donne que « no » : « yes » garde sa valeur par défaut, 1 ; donnez les deux valeurs"),
            ])
    }

    @Test func booleanScoresWithOneValueWarnInEnglish() {
        assertDiagnostics(header(language: "en") + """
            themes:
              - id: t
                title: T
                questions:
                  - { id: q, text: Q, type: boolean, scores: 1️⃣{ yes: 0 } }
            """, [("1️⃣", .warning, "'scores' gives only 'yes': 'no' keeps its default, 0; give both values")])
    }

    @Test func wholeNumberWithBoundsThatAreNot() {
        // A warning: the question works, from 1 to 10; an error when no whole number fits.
        assertDiagnostics(header() + """
            themes:
              - id: t
                title: T
                questions:
                  - { id: q, text: Q, type: number, integer: true, min: 1️⃣0.5, max: 2️⃣10.5 }
                  - { id: r, text: R, type: number, integer: true, min: 0.2, max: 3️⃣0.7 }
                  - { id: s, text: S, type: number, integer: true, min: -2, max: 1e3 }
                  - { id: u, text: U, type: number, min: 0.5, max: 10.5 }
                  - { id: v, text: V, type: boolean }
            """, [
                ("1️⃣", .warning, "« min » vaut 0.5 mais la réponse est un nombre entier (integer: true) : la plus petite réponse acceptée est 1 ; écrivez « min: 1 »"),
                ("2️⃣", .warning, "« max » vaut 10.5 mais la réponse est un nombre entier (integer: true) : la plus grande réponse acceptée est 10 ; écrivez « max: 10 »"),
                ("3️⃣", .error, "aucun nombre entier n’est compris entre « min » (0.2) et « max » (0.7) : avec « integer: true », aucune réponse ne serait acceptée"),
            ])
    }

    @Test func weightAndNAWithoutEffectWarn() {
        assertDiagnostics(header() + """
            themes:
              - id: t
                title: T
                questions:
                  - { id: q, text: Q, type: boolean }
                  - { id: remarque, text: Remarques ?, type: text, 1️⃣weight: 2, 2️⃣na: true }
                  - { id: postes, text: Postes ?, type: number, 3️⃣weight: 1 }
                  - { id: autre, text: Autre ?, type: text, weight: 0, na: false }
                  - { id: poids, text: Poids ?, type: text, weight: 4️⃣-1 }
                  - { id: ecrans, text: Écrans ?, type: number, weight: 2, bands: [{ upto: 10, score: 1 }, { score: 0 }] }
            """, [
                ("1️⃣", .warning, "« weight » n’a pas d’effet sur une question de type text, qui n’a jamais de score (seul « weight: 0 » a un sens : il la marque comme informative)"),
                ("2️⃣", .warning, "« na: true » n’a pas d’effet sur le score d’une question de type text, qui n’en a jamais ; pour une réponse facultative, écrivez « required: false »"),
                ("3️⃣", .warning, "« weight » n’a pas d’effet sur une question number sans « bands », qui n’a jamais de score (seul « weight: 0 » a un sens : il la marque comme informative)"),
                // A weight already refused is not warned about as well.
                ("4️⃣", .error, "le poids d’une question doit être positif ou nul"),
            ])
    }

    @Test func weightWithoutEffectWarnsInEnglish() {
        assertDiagnostics(header(language: "en") + """
            themes:
              - id: t
                title: T
                questions:
                  - { id: q, text: Q, type: boolean }
                  - { id: notes, text: Notes?, type: text, 1️⃣weight: 3 }
            """, [("1️⃣", .warning, "'weight' has no effect on a question of type text, which never has a score (only 'weight: 0' means something: it marks the question as informational)")])
    }

    @Test func warningsDoNotPreventLoading() throws {
        let result = load(header() + """
            option_sets:
              inutile:
                - { id: a, label: A, score: 0 }
                - { id: b, label: B, score: 1 }
            """ + "\n" + minimalThemes)
        #expect(result.diagnostics.map(\.severity) == [.warning])
        #expect(result.questionnaire != nil)
    }

    @Test func allProblemsOfAFileInOneRun() {
        assertDiagnostics("""
            format: 1️⃣3
            id: test
            version: "1"
            language: fr
            title: Test
            levels:
              - { id: 1, name: A, min: 2️⃣5 }
              - { id: 2, name: B, min: 50 }
            themes:
              - id: t
                title: T
                questions:
                  - { id: q, text: Q, type: 3️⃣bool }
                  - { id: reponse, text: R, type: boolean, when: 4️⃣t.x }
            """, [
                ("1️⃣", .error, "format 3 non pris en charge : cette version de sobre lit le format 1"),
                ("2️⃣", .error, "le premier niveau doit commencer à « min: 0 » (ici 5)"),
                ("3️⃣", .error, "type « bool » inconnu : single, multiple, boolean, scale, number ou text"),
                ("4️⃣", .error, "question inconnue « t.x »"),
            ])
    }
}
