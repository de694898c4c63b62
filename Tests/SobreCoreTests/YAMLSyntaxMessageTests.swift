import Testing
@testable import SobreCore

/// YAML syntax errors in the questionnaire's language with the likely fix, at libyaml's place.
@Suite struct YAMLSyntaxMessageTests {
    /// A file whose one theme has these questions (already indented under `questions:`).
    static func file(_ questions: String, language: String = "fr") -> String {
        header(language: language) + "themes:\n  - id: t\n    title: T\n    questions:\n" + questions
    }

    static let cases: [(questions: String, message: String)] = [
        ("      - id: q\n        text: Attention 1️⃣: la question\n        type: boolean\n",
         "« : » inattendu dans une valeur : un texte qui contient « : » (deux-points suivi d’une espace) doit être entre guillemets doubles, par exemple text: \"Attention : …\""),
        ("      - id: q\n        text: Q\n         type1️⃣: boolean\n",
         "« : » inattendu : cette ligne est lue comme la suite de la valeur de la ligne précédente ; vérifiez son indentation (les clés d’un même bloc commencent à la même colonne)"),
        ("      - id: q\n1️⃣\ttext: Q\n        type: boolean\n",
         "tabulation dans l’indentation : YAML n’indente qu’avec des espaces ; remplacez-la par des espaces"),
        ("      - id: q\n        text: Q\n      1️⃣type: boolean\n",
         "indentation incohérente : cette ligne n’est alignée ni sur les éléments (« - ») de la liste commencée ligne 13, ni sur une clé ; vérifiez le nombre d’espaces en début de ligne"),
        ("      - id: q\n        text: Q\n        type: boolean\n     1️⃣- id: r\n        text: R\n        type: boolean\n",
         "indentation incohérente : cette ligne n’est alignée sur aucune clé du bloc commencé ligne 10 ; vérifiez le nombre d’espaces en début de ligne"),
        ("      - id: q\n        text: \"Oui\" 1️⃣ou non\n        type: boolean\n",
         "texte après la fin d’une valeur entre guillemets, crochets ou accolades : si c’est un seul texte, mettez-le tout entier entre guillemets doubles"),
        ("      - id: q\n        text: 'L'1️⃣établissement'\n        type: boolean\n",
         "texte après la fin d’une valeur entre guillemets simples : dans un tel texte une apostrophe se double ('L''établissement') ; plus simple, mettez le texte entre guillemets doubles"),
        ("      - id: q\n        text: 1️⃣@moi\n        type: boolean\n",
         "un texte ne peut pas commencer par « @ » : mettez-le entre guillemets doubles (\"@…\")"),
        ("      - id: q\n        text: 1️⃣*important\n        type: boolean\n",
         "un texte qui commence par « * » doit être entre guillemets doubles : YAML y lit un renvoi (*nom) vers une ancre (&nom) qui n’existe pas"),
        ("      - id: q\n        text: &1️⃣ co\n        type: boolean\n",
         "un texte qui commence par « & » doit être entre guillemets doubles : YAML y lit une ancre (&nom)"),
        ("      - id: q\n        text: \"C:1️⃣\\dossier\"\n        type: boolean\n",
         "entre guillemets doubles, « \\ » annonce un caractère spécial (\\n, \\\") : pour écrire une barre oblique inverse, doublez-la (\\\\) ou mettez le texte entre guillemets simples"),
        ("      - id: q\n        text: Q\n        type: 1️⃣- boolean\n",
         "« - » inattendu ici : les éléments d’une liste vont à la ligne, sous leur clé (« options: » puis « - … » sur les lignes suivantes), ou entre crochets ([a, b]) ; un texte qui commence par « - » doit être entre guillemets doubles"),
        ("      - { id: q, text: Q, type: boolean\n      - 1️⃣{ id: r, text: R, type: boolean }\n",
         "dans les accolades { … } ouvertes ligne 13, il manque une virgule ou « } » ; un texte qui contient « : », une virgule, des crochets ou des accolades s’y écrit entre guillemets doubles"),
        ("      - id: q\n        text: \"Q\n        type: boolean\n1️⃣",
         "le guillemet ouvert ligne 14 n’est jamais refermé : ajoutez le guillemet fermant à la fin du texte"),
        ("      - id: q\n        text: Q\n        type: boolean\n      plain text line\n1️⃣",
         "il manque « : » après la clé de la ligne 16 (« clé: valeur ») ; un texte sur plusieurs lignes s’écrit après « > » (guide de l’auteur, section 3)"),
        ("      - id: q\n        text: | 1️⃣x\n        type: boolean\n",
         "après « | » ou « > », le texte commence à la ligne suivante ; un texte qui commence par « | » ou « > » doit être entre guillemets doubles"),
        ("      - id: q\n        text: 1️⃣? x\n        type: boolean\n",
         "un texte qui commence par « ? » doit être entre guillemets doubles : YAML y lit une clé"),
        ("      - { id: q, text: Q, type: boolean, options: [a, 1️⃣, b] }\n",
         "une valeur est attendue ici : un texte qui commence par « , » doit être entre guillemets doubles"),
        ("      - id: q\n        text: Q\n        type: boolean\n1️⃣---\nfoo: 1\n",
         "le fichier contient un second document YAML, après « --- » : un questionnaire est un seul document ; supprimez « --- » et ce qui suit, ou faites-en un autre fichier"),
        // Not in the catalogue: libyaml's own words.
        ("      - id: q\n        text: \"a\n1️⃣...\n  b\"\n        type: boolean\n",
         "found unexpected document indicator (while scanning a quoted scalar, ligne 14)"),
    ]

    @Test(arguments: cases)
    func syntaxErrorSaysWhatToDo(_ item: (questions: String, message: String)) {
        assertDiagnostics(Self.file(item.questions), [("1️⃣", .error, "erreur de syntaxe YAML : \(item.message)")])
    }

    @Test func syntaxErrorsInEnglish() {
        assertDiagnostics(Self.file("      - id: q\n        text: Q\n        type:\n1️⃣\t boolean\n", language: "en"),
                          [("1️⃣", .error, "YAML syntax error: tab in the indentation: YAML indents with spaces only; replace it with spaces")])
        assertDiagnostics(Self.file("      - id: q\n        text: Q\n      1️⃣type: boolean\n", language: "en"),
                          [("1️⃣", .error, "YAML syntax error: inconsistent indentation: this line is aligned neither with the items ('- ') of the list that begins on line 13 nor with a key; check the spaces at the start of the line")])
    }

    @Test func controlCharacterIsReportedWhereItIs() {
        // Before: at 1:1, in libyaml's English.
        assertDiagnostics(Self.file("      - id: q\n        text: Q1️⃣\u{0}x\n        type: boolean\n"), [
            ("1️⃣", .error, "erreur de syntaxe YAML : le fichier contient un caractère de contrôle invisible (U+0000), interdit en YAML : supprimez-le (il vient souvent d’un copier-coller ou d’un autre logiciel)"),
        ])
        assertDiagnostics(Self.file("      - id: q\r\n        text: Q é1️⃣\u{1B}\n", language: "en"), [
            ("1️⃣", .error, "YAML syntax error: the file holds an invisible control character (U+001B), not allowed in YAML: delete it (it often comes from a copy and paste or another program)"),
        ])
    }
}
