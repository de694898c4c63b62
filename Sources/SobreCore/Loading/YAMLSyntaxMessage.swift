/// libyaml's syntax problems said in the questionnaire's language, with the likely fix.
///
/// libyaml describes what its grammar expected (« did not find expected key »); an author needs
/// to know what to change (quote a text holding « : », replace a tab, check the indentation).
/// The problems authors meet are catalogued here by libyaml's exact text (`scanner.c`,
/// `parser.c`, `reader.c`, and Yams' composer); any other keeps libyaml's words.
struct YAMLSyntaxMessage {
    /// libyaml's problem, e.g. « mapping values are not allowed in this context ».
    let problem: String
    /// What libyaml was reading, e.g. « while parsing a block mapping », and the line it began on.
    let context: (text: String, line: Int)?
    /// The text of the problem's line, when known.
    let line: [Unicode.Scalar]
    /// The problem's column, 1-based, in Unicode scalars.
    let column: Int
    let language: Language

    /// The catalogued message; nil for a problem not in the catalogue.
    var text: String? {
        let l = language
        switch problem {
        case "mapping values are not allowed in this context":
            if keyBefore {
                return l.pick(fr: "« : » inattendu dans une valeur : un texte qui contient « : » (deux-points suivi d’une espace) doit être entre guillemets doubles, par exemple text: \"Attention : …\"",
                              en: "unexpected ':' in a value: a text holding ': ' (a colon and a space) must be in double quotes, e.g. text: \"Note: …\"")
            }
            return l.pick(fr: "« : » inattendu : cette ligne est lue comme la suite de la valeur de la ligne précédente ; vérifiez son indentation (les clés d’un même bloc commencent à la même colonne)",
                          en: "unexpected ':': this line is read as the rest of the value on the line before; check its indentation (the keys of one block start in the same column)")
        case "found character that cannot start any token":
            guard let c = scalar(at: column), c != "\t" else { return tab }
            return l.pick(fr: "un texte ne peut pas commencer par « \(c) » : mettez-le entre guillemets doubles (\"\(c)…\")",
                          en: "a text cannot start with '\(c)': put it in double quotes (\"\(c)…\")")
        case "found a tab character that violates indentation", "found a tab character where an indentation space is expected":
            return tab
        case "did not find expected key", "did not find expected '-' indicator":
            switch lastBefore {
            case "'":
                return l.pick(fr: "texte après la fin d’une valeur entre guillemets simples : dans un tel texte une apostrophe se double ('L''établissement') ; plus simple, mettez le texte entre guillemets doubles",
                              en: "text after the end of a single-quoted value: inside one, an apostrophe is doubled ('It''s'); simpler, put the text in double quotes")
            case "\"", "]", "}":
                return l.pick(fr: "texte après la fin d’une valeur entre guillemets, crochets ou accolades : si c’est un seul texte, mettez-le tout entier entre guillemets doubles",
                              en: "text after the end of a value in quotes, brackets or braces: if it is one text, put all of it in double quotes")
            default:
                let en = context.map { " that begins on line \($0.line)" } ?? ""
                if problem == "did not find expected key" {
                    let fr = context.map { " commencé ligne \($0.line)" } ?? ""
                    return l.pick(fr: "indentation incohérente : cette ligne n’est alignée sur aucune clé du bloc\(fr) ; vérifiez le nombre d’espaces en début de ligne",
                                  en: "inconsistent indentation: this line is aligned with no key of the block\(en); check the spaces at the start of the line")
                }
                let fr = context.map { " commencée ligne \($0.line)" } ?? ""
                return l.pick(fr: "indentation incohérente : cette ligne n’est alignée ni sur les éléments (« - ») de la liste\(fr), ni sur une clé ; vérifiez le nombre d’espaces en début de ligne",
                              en: "inconsistent indentation: this line is aligned neither with the items ('- ') of the list\(en) nor with a key; check the spaces at the start of the line")
            }
        case "block sequence entries are not allowed in this context":
            return l.pick(fr: "« - » inattendu ici : les éléments d’une liste vont à la ligne, sous leur clé (« options: » puis « - … » sur les lignes suivantes), ou entre crochets ([a, b]) ; un texte qui commence par « - » doit être entre guillemets doubles",
                          en: "unexpected '-' here: the items of a list go on the next lines, under their key ('options:' then '- …' below), or in brackets ([a, b]); a text starting with '-' must be in double quotes")
        case "but found another document":
            return l.pick(fr: "le fichier contient un second document YAML, après « --- » : un questionnaire est un seul document ; supprimez « --- » et ce qui suit, ou faites-en un autre fichier",
                          en: "the file holds a second YAML document, after '---': a questionnaire is one document; delete '---' and what follows, or make it another file")
        case "found unknown escape character":
            return l.pick(fr: "entre guillemets doubles, « \\ » annonce un caractère spécial (\\n, \\\") : pour écrire une barre oblique inverse, doublez-la (\\\\) ou mettez le texte entre guillemets simples",
                          en: "inside double quotes, '\\' starts a special character (\\n, \\\"): to write a backslash, double it (\\\\) or put the text in single quotes")
        case "did not find expected ',' or '}'":
            let since = context.map { l.pick(fr: " ouvertes ligne \($0.line)", en: " opened on line \($0.line)") } ?? ""
            return l.pick(fr: "dans les accolades { … }\(since), il manque une virgule ou « } » ; un texte qui contient « : », une virgule, des crochets ou des accolades s’y écrit entre guillemets doubles",
                          en: "in the braces { … }\(since), a comma or '}' is missing; a text holding ': ', a comma, brackets or braces is written there in double quotes")
        case "did not find expected ',' or ']'":
            let since = context.map { l.pick(fr: " ouverts ligne \($0.line)", en: " opened on line \($0.line)") } ?? ""
            return l.pick(fr: "dans les crochets [ … ]\(since), il manque une virgule ou « ] » ; un texte qui contient une virgule ou des crochets s’y écrit entre guillemets doubles",
                          en: "in the brackets [ … ]\(since), a comma or ']' is missing; a text holding a comma or brackets is written there in double quotes")
        case "could not find expected ':'":
            let line = context.map { l.pick(fr: " de la ligne \($0.line)", en: " on line \($0.line)") } ?? ""
            return l.pick(fr: "il manque « : » après la clé\(line) (« clé: valeur ») ; un texte sur plusieurs lignes s’écrit après « > » (guide de l’auteur, section 3)",
                          en: "':' is missing after the key\(line) ('key: value'); a text on several lines is written after '>'")
        case "found unexpected end of stream" where context?.text == "while scanning a quoted scalar":
            let since = context.map { l.pick(fr: " ouvert ligne \($0.line)", en: " opened on line \($0.line)") } ?? ""
            return l.pick(fr: "le guillemet\(since) n’est jamais refermé : ajoutez le guillemet fermant à la fin du texte",
                          en: "the quote\(since) is never closed: add the closing quote at the end of the text")
        case "found undefined alias":
            return l.pick(fr: "un texte qui commence par « * » doit être entre guillemets doubles : YAML y lit un renvoi (*nom) vers une ancre (&nom) qui n’existe pas",
                          en: "a text starting with '*' must be in double quotes: YAML reads it as an alias (*name) of an anchor (&name) that does not exist")
        case "did not find expected alphabetic or numeric character" where context?.text == "while scanning an anchor":
            return l.pick(fr: "un texte qui commence par « & » doit être entre guillemets doubles : YAML y lit une ancre (&nom)",
                          en: "a text starting with '&' must be in double quotes: YAML reads it as an anchor (&name)")
        case "did not find expected alphabetic or numeric character" where context?.text == "while scanning an alias":
            return l.pick(fr: "un texte qui commence par « * » doit être entre guillemets doubles : YAML y lit un renvoi (*nom)",
                          en: "a text starting with '*' must be in double quotes: YAML reads it as an alias (*name)")
        case "did not find expected comment or line break" where context?.text == "while scanning a block scalar":
            return l.pick(fr: "après « | » ou « > », le texte commence à la ligne suivante ; un texte qui commence par « | » ou « > » doit être entre guillemets doubles",
                          en: "after '|' or '>', the text starts on the next line; a text starting with '|' or '>' must be in double quotes")
        case "mapping keys are not allowed in this context":
            return l.pick(fr: "un texte qui commence par « ? » doit être entre guillemets doubles : YAML y lit une clé",
                          en: "a text starting with '?' must be in double quotes: YAML reads it as a key")
        case "did not find expected node content":
            if let c = scalar(at: column), ",]}".unicodeScalars.contains(c) {
                return l.pick(fr: "une valeur est attendue ici : un texte qui commence par « \(c) » doit être entre guillemets doubles",
                              en: "a value is expected here: a text starting with '\(c)' must be in double quotes")
            }
            return nil
        default:
            return nil
        }
    }

    /// libyaml's reader problem for a character YAML does not allow (a NUL, an escape…).
    static func controlCharacter(_ scalar: Unicode.Scalar?, language: Language) -> String {
        let code = scalar.map { scalar -> String in
            let hex = String(scalar.value, radix: 16, uppercase: true)
            return " (U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ")"
        } ?? ""
        return language.pick(fr: "le fichier contient un caractère de contrôle invisible\(code), interdit en YAML : supprimez-le (il vient souvent d’un copier-coller ou d’un autre logiciel)",
                             en: "the file holds an invisible control character\(code), not allowed in YAML: delete it (it often comes from a copy and paste or another program)")
    }

    private var tab: String {
        language.pick(fr: "tabulation dans l’indentation : YAML n’indente qu’avec des espaces ; remplacez-la par des espaces",
                      en: "tab in the indentation: YAML indents with spaces only; replace it with spaces")
    }

    /// The scalar at a 1-based column of the line.
    private func scalar(at column: Int) -> Unicode.Scalar? {
        column >= 1 && column <= line.count ? line[column - 1] : nil
    }

    /// The last character before the problem on its line that is not a space.
    private var lastBefore: Unicode.Scalar? {
        line.prefix(max(column - 1, 0)).last { $0 != " " && $0 != "\t" }
    }

    /// Whether a key (`word: `) comes before the problem on its line: the `:` then belongs to a value.
    private var keyBefore: Bool {
        let before = Array(line.prefix(max(column - 1, 0)))
        return zip(before, before.dropFirst()).contains { $0 == ":" && ($1 == " " || $1 == "\t") }
    }
}
