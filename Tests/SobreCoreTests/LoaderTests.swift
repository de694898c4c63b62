import Testing
@testable import SobreCore

/// Reading the file: bytes, YAML syntax, the YAML 1.2 core schema, the bundled questionnaire.
@Suite struct LoaderTests {
    // MARK: - A valid file

    @Test func minimalFileLoadsIntoTheModel() throws {
        let q = try loadValid(header() + minimalThemes)
        #expect(q.id == "test")
        #expect(q.version == "1")
        #expect(q.language == .fr)
        #expect(q.title == "Test")
        #expect(q.levels.map(\.id) == [1, 2])
        #expect(q.levels.map(\.min) == [0, 50])
        #expect(q.themes.map(\.id) == ["t"])
        #expect(q.questions.map(\.fullID) == ["t.q"])
        #expect(q.questions[0].required)
        #expect(!q.questions[0].allowsNA)
        #expect(q.questions[0].weight == 1)
        #expect(q.themes[0].weight == 1)
        #expect(q.weakestLink == nil)
        #expect(q.path == testPath)
        #expect(q.sha256 == SHA256.hex(Array((header() + minimalThemes).utf8)))
    }

    /// The language of messages is read from the first `language:` line, before the YAML is parsed.
    @Test(arguments: [
        ("id: q\nlanguage: en\n", Language.en),
        ("id: q\r\nlanguage: \"en\" # anglais\r\n", .en),
        ("\n\nlanguage: fr\n", .fr),
        ("id: q\n", .fr),
        ("language: de\nlanguage: en\n", .fr),
        // A combining mark after the colon makes another character: not the key.
        ("language:\u{0301}x\nlanguage: en\n", .en),
        ("language:\u{200D}\nlanguage: en\n", .en),
        ("language:\u{0301}en\n", .fr),
    ])
    func languageOfMessages(_ source: String, _ expected: Language) {
        #expect(QuestionnaireLoader.sniffLanguage(source) == expected)
    }

    @Test func byteOrderMarkIsSkipped() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array((header() + minimalThemes).utf8)
        let result = QuestionnaireLoader.load(bytes: bytes, path: testPath)
        #expect(result.diagnostics.isEmpty)
        #expect(result.questionnaire?.id == "test")
    }

    // MARK: - Unusable files

    @Test func emptyFile() {
        assertDiagnostics("1️⃣", [("1️⃣", .error, "le fichier est vide")])
    }

    @Test func fileWithOnlyComments() {
        assertDiagnostics("1️⃣# rien d’autre\n# ici\n", [("1️⃣", .error, "le fichier est vide")])
    }

    @Test func invalidUTF8IsLocatedAtTheBadByte() {
        // "format: 1\nid: té" with é cut after its first byte, then more text.
        var bytes = Array("format: 1\nid: t".utf8)
        bytes += [0xC3, 0x28]
        bytes += Array("\n".utf8)
        let result = QuestionnaireLoader.load(bytes: bytes, path: testPath)
        #expect(result.questionnaire == nil)
        #expect(result.diagnostics.map(\.description) == [
            "test.yaml:2:6: error: the file is not valid UTF-8 text (le fichier n’est pas un texte UTF-8 valide)",
        ])
    }

    @Test func invalidUTF8AfterMultibyteCharacters() {
        // Columns count characters, not bytes: « é » and « œ » are one column each.
        var bytes = Array("title: éœ".utf8)
        bytes += [0xFF]
        let result = QuestionnaireLoader.load(bytes: bytes, path: testPath)
        #expect(result.diagnostics.map(\.description) == [
            "test.yaml:1:10: error: the file is not valid UTF-8 text (le fichier n’est pas un texte UTF-8 valide)",
        ])
    }

    @Test func yamlSyntaxErrorHasItsLineAndColumn() {
        assertDiagnostics(header() + """
            themes:
              - id: t
                title: [T
            questions1️⃣:
            """, [("1️⃣", .error,
                  "erreur de syntaxe YAML : dans les crochets [ … ] ouverts ligne 11, il manque une virgule ou « ] » ; un texte qui contient une virgule ou des crochets s’y écrit entre guillemets doubles")])
    }

    @Test func yamlSyntaxErrorInEnglish() {
        assertDiagnostics(header(language: "en") + """
            themes:
              - id: t
                title: T1️⃣: x
                questions: []
            """, [("1️⃣", .error, "YAML syntax error: unexpected ':' in a value: a text holding ': ' (a colon and a space) must be in double quotes, e.g. text: \"Note: …\"")])
    }

    @Test func duplicateKeyInOneMapping() {
        // Yams names the first of the two keys.
        assertDiagnostics("""
            format: 1
            id: test
            version: "1"
            language: fr
            1️⃣title: Test
            levels:
              - { id: 1, name: Bas, min: 0 }
              - { id: 2, name: Haut, min: 50 }

            """ + minimalThemes + """
            title: Encore
            """, [("1️⃣", .error, "clé en double dans un même tableau : « title »")])
    }

    @Test func rootMustBeAMapping() {
        assertDiagnostics("1️⃣- a\n- b\n", [("1️⃣", .error,
            "le questionnaire doit être un tableau de clés (« clé: valeur »), pas une liste")])
    }

    @Test func crlfLineEndings() {
        // Same places as with "\n"; the language is still read, so the messages are English.
        let marked = header(language: "en") + """
            themes:
              - id: t
                title: T
                questions:
                  - { id: q, text: Q, type: boolean, 1️⃣colour: red }
                  - id: r
                    text: R
                    type: number
                    when: t.q == true and 2️⃣t.x > 1
                  - { id: s, text: S, type: boolean, when: "t.r 3️⃣== 'a'" }
            """
        assertDiagnostics(marked.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\r\n"), [
            ("1️⃣", .error, "unknown key 'colour' in question 't.q'"),
            ("2️⃣", .error, "unknown question 't.x'"),
            ("3️⃣", .error, "cannot compare a number with a text"),
        ])
    }

    @Test func crlfFileLoads() throws {
        let text = (header() + minimalThemes).split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\r\n")
        let q = try loadValid(text)
        #expect(q.title == "Test")
    }

    // MARK: - format

    @Test func formatTwoIsRefused() {
        assertDiagnostics("""
            format: 1️⃣2
            id: test
            version: "1"
            language: fr
            title: Test
            levels:
              - { id: 1, name: Bas, min: 0 }
              - { id: 2, name: Haut, min: 50 }

            """ + minimalThemes,
            [("1️⃣", .error, "format 2 non pris en charge : cette version de sobre lit le format 1")])
    }

    @Test func formatTwoIsRefusedInEnglish() {
        assertDiagnostics("""
            format: 1️⃣2
            id: test
            version: "1"
            language: en
            title: Test
            levels:
              - { id: 1, name: Low, min: 0 }
              - { id: 2, name: High, min: 50 }

            """ + minimalThemes,
            [("1️⃣", .error, "format 2 is not supported: this version of sobre reads format 1")])
    }

    @Test func formatMustBeANumber() {
        assertDiagnostics("""
            format: 1️⃣un
            id: test
            version: "1"
            language: fr
            title: Test
            levels:
              - { id: 1, name: Bas, min: 0 }
              - { id: 2, name: Haut, min: 50 }

            """ + minimalThemes,
            [("1️⃣", .error, "« format » doit être un nombre entier")])
    }

    @Test func unsupportedLanguage() {
        assertDiagnostics("""
            format: 1
            id: test
            version: "1"
            language: 1️⃣de
            title: Test
            levels:
              - { id: 1, name: Bas, min: 0 }
              - { id: 2, name: Haut, min: 50 }

            """ + minimalThemes,
            [("1️⃣", .error, "langue « de » non prise en charge : fr ou en")])
    }

    // MARK: - YAML 1.2 core schema

    @Test func yesNoOnOffStayText() throws {
        let q = try loadValid(header() + """
            themes:
              - id: t
                title: T
                questions:
                  - id: q
                    text: Q ?
                    type: single
                    options:
                      - { id: no, label: no, score: 0 }
                      - { id: yes, label: yes, score: 1 }
                      - { id: on, label: on, score: 0.5 }
                      - { id: off, label: off, score: 0.5 }
                      - { id: n, label: N, score: 0 }
                      - { id: y, label: Y, score: 1 }
                  - id: r
                    text: R ?
                    type: boolean
                    when: t.q in ['no', 'on'] or t.q == 'yes'
            """)
        let options = q.questions[0].options
        #expect(options.map(\.id) == ["no", "yes", "on", "off", "n", "y"])
        #expect(options.map(\.label) == ["no", "yes", "on", "off", "N", "Y"])
    }

    @Test func trueAndFalseAreBooleans() throws {
        let q = try loadValid(header() + """
            themes:
              - id: t
                title: T
                questions:
                  - { id: a, text: A, type: boolean, required: true, na: true }
                  - { id: b, text: B, type: boolean, required: false, na: false }
                  - { id: c, text: C, type: multiple, options: [{ id: x, label: X, score: 1, exclusive: true }, { id: z, label: Z, score: 0 }] }
            """)
        #expect(q.questions.map(\.required) == [true, false, true])
        #expect(q.questions.map(\.allowsNA) == [true, false, false])
        #expect(q.questions[2].options.map(\.exclusive) == [true, false])
    }

    @Test func yesIsNotABoolean() {
        assertDiagnostics(header() + """
            themes:
              - id: t
                title: T
                questions:
                  - id: q
                    text: Q ?
                    type: boolean
                    required: 1️⃣yes
                    na: 2️⃣on
            """, [
                ("1️⃣", .error, "« required » doit valoir true ou false (« yes » n’en est pas un)"),
                ("2️⃣", .error, "« na » doit valoir true ou false (« on » n’en est pas un)"),
            ])
    }

    @Test func yesIsNotABooleanInEnglish() {
        assertDiagnostics(header(language: "en") + """
            themes:
              - id: t
                title: T
                questions:
                  - { id: q, text: Q, type: boolean, required: 1️⃣no }
            """, [("1️⃣", .error, "'required' must be true or false ('no' is not one)")])
    }

    @Test func idsThatLookLikeNumbersStayText() throws {
        let q = try loadValid("""
            format: 1
            id: 2026
            version: 2026.10
            language: fr
            title: 1984
            levels:
              - { id: 1, name: 1, min: 0 }
              - { id: 2, name: 2.0, min: 50 }
            themes:
              - id: t
                title: 0x10
                questions:
                  - id: q
                    text: 1e3
                    type: single
                    options:
                      - { id: 1, label: 1, score: 0 }
                      - { id: 1e3, label: 1.50, score: 0.5 }
                      - { id: 003, label: 010, score: 1 }
                  - id: r
                    text: R
                    type: boolean
                    when: t.q == '003' or t.q in ['1', '1e3']
            """)
        #expect(q.id == "2026")
        #expect(q.version == "2026.10")
        #expect(q.title == "1984")
        #expect(q.levels.map(\.name) == ["1", "2.0"])
        #expect(q.themes[0].title == "0x10")
        #expect(q.questions[0].text == "1e3")
        #expect(q.questions[0].options.map(\.id) == ["1", "1e3", "003"])
        #expect(q.questions[0].options.map(\.label) == ["1", "1.50", "010"])
    }

    @Test func nullIsAMissingValue() {
        assertDiagnostics(header() + """
            themes:
              - id: t
                title: 1️⃣~
                questions:
                  - { id: q, text: 2️⃣null, type: boolean }
            """, [
                ("1️⃣", .error, "« title » est vide"),
                ("2️⃣", .error, "« text » est vide"),
            ])
    }

    // MARK: - Language of the messages

    @Test func languageIsSniffedBeforeTheKeyIsRead() {
        // The message about a problem *before* « language: en » is still in English.
        assertDiagnostics("""
            format: 1
            1️⃣colour: blue
            id: test
            version: "1"
            language: en
            title: Test
            levels:
              - { id: 1, name: Low, min: 0 }
              - { id: 2, name: High, min: 50 }

            """ + minimalThemes,
            [("1️⃣", .error, "unknown key 'colour' in the questionnaire")])
    }

    // MARK: - The bundled questionnaire

    @Test func bundledQuestionnaireHasNoDiagnostic() throws {
        let path = bundledQuestionnairePath()
        let result = QuestionnaireLibrary.load(path)
        #expect(result.diagnostics.map(\.description) == [])
        let q = try #require(result.questionnaire)
        #expect(q.id == "essms-sobriete")
        #expect(q.language == .fr)
        #expect(q.levels.count >= 2)
        #expect(!q.themes.isEmpty)
        #expect(!q.actions.isEmpty)
    }
}

/// `Questionnaires/essms-sobriete.fr.yaml` at the package root.
func bundledQuestionnairePath() -> String {
    Repository.path("Questionnaires/essms-sobriete.fr.yaml")
}
