/// The loader's messages, one named constructor each, in the questionnaire's language: the
/// checks say which message, this catalogue says it (the wording lives here only).
///
/// Split by part of the questionnaire: here the root, ids, levels, options and themes;
/// `LoaderMessage+Questions.swift` and `LoaderMessage+Actions.swift` hold the rest.
enum LoaderMessage {
    /// A number as the questionnaire wrote it: whole numbers without ".0".
    static func number(_ x: Double) -> String {
        x.rounded() == x && abs(x) < 1e15 ? String(Int(x)) : String(x)
    }

    // MARK: - Root

    static func unsupportedFormat(_ format: Int, in language: Language) -> String {
        language.pick(fr: "format \(format) non pris en charge : cette version de sobre lit le format 1",
                      en: "format \(format) is not supported: this version of sobre reads format 1")
    }

    static func unsupportedLanguage(_ value: String, in language: Language) -> String {
        language.pick(fr: "langue « \(value) » non prise en charge : fr ou en",
                      en: "language '\(value)' is not supported: fr or en")
    }

    static func negativeWeakestLink(in language: Language) -> String {
        language.pick(fr: "« weakest_link » doit être un entier positif ou nul",
                      en: "'weakest_link' must be a whole number >= 0")
    }

    // MARK: - IDs

    static func invalidID(_ value: String, pattern: QuestionnaireBuilder.IDPattern, in language: Language) -> String {
        language.pick(fr: "identifiant « \(value) » invalide : il doit suivre le modèle \(pattern.rule) (minuscules sans accent, chiffres\(pattern == .questionnaire ? ", tirets" : ", _"))",
                      en: "invalid id '\(value)': it must match \(pattern.rule)")
    }

    // MARK: - Levels

    static func tooFewLevels(in language: Language) -> String {
        language.pick(fr: "il faut au moins 2 niveaux de maturité",
                      en: "at least 2 maturity levels are needed")
    }

    static func levelIDTooLarge(_ id: Int, in language: Language) -> String {
        language.pick(fr: "l’id de niveau \(id) est trop grand : il doit rester entre -2^53 et 2^53 (9007199254740992), au-delà un nombre JSON ne le garde pas exactement",
                      en: "level id \(id) is too large: it must lie between -2^53 and 2^53 (9007199254740992); beyond, a JSON number does not keep it exactly")
    }

    static func duplicateLevel(_ id: Int, in language: Language) -> String {
        language.pick(fr: "niveau \(id) en double",
                      en: "duplicate level id \(id)")
    }

    static func levelIDsNotGrowing(_ id: Int, previous: Int, in language: Language) -> String {
        language.pick(fr: "les ids de niveaux devraient croître avec « min » (\(id) après \(previous)) : weakest_link compare les ids",
                      en: "level ids should grow with 'min' (\(id) after \(previous)): weakest_link compares ids")
    }

    static func firstLevelNotAtZero(_ min: Double, in language: Language) -> String {
        language.pick(fr: "le premier niveau doit commencer à « min: 0 » (ici \(number(min)))",
                      en: "the first level must start at 'min: 0' (here \(number(min)))")
    }

    static func levelsNotAscending(_ min: Double, previous: Double, in language: Language) -> String {
        language.pick(fr: "les niveaux doivent être croissants : min \(number(min)) ne dépasse pas le min \(number(previous)) du niveau précédent",
                      en: "levels must be ascending: min \(number(min)) is not above the previous level's min \(number(previous))")
    }

    static func levelMinOutOfRange(_ min: Double, in language: Language) -> String {
        language.pick(fr: "« min » est un score entre 0 et 100 (ici \(number(min)))",
                      en: "'min' is a score from 0 to 100 (here \(number(min)))")
    }

    // MARK: - Options

    static func optionSetsNotMapping(in language: Language) -> String {
        language.pick(fr: "« option_sets » doit associer un nom à une liste d’options",
                      en: "'option_sets' must map a name to a list of options")
    }

    static func optionsNotList(_ owner: (fr: String, frOf: String, en: String), kind: (fr: String, en: String), in language: Language) -> String {
        language.pick(fr: "les options \(owner.frOf) doivent être une liste (« - … »), pas \(kind.fr)",
                      en: "the options of \(owner.en) must be a list ('- …'), not \(kind.en)")
    }

    static func tooFewOptions(_ owner: (fr: String, frOf: String, en: String), in language: Language) -> String {
        language.pick(fr: "\(owner.fr) doit proposer au moins 2 options",
                      en: "\(owner.en) must offer at least 2 options")
    }

    static func duplicateOption(_ id: String, owner: (fr: String, frOf: String, en: String), in language: Language) -> String {
        language.pick(fr: "option « \(id) » en double dans \(owner.fr)",
                      en: "duplicate option '\(id)' in \(owner.en)")
    }

    static func digitOptionID(_ id: String, position: Int, in language: Language) -> String {
        language.pick(fr: "l’option « \(id) » ne peut pas être choisie par son identifiant pendant l’entretien : un nombre tapé choisit l’option de ce rang, et celle-ci est la \(position == 1 ? "1re" : "\(position)e") ; commencez l’identifiant par une lettre (par exemple « n\(id) »)",
                      en: "option '\(id)' cannot be picked by its id in the interview: a number typed picks the option at that rank, and this one is number \(position); start the id with a letter (for example 'n\(id)')")
    }

    static func scoreOutOfRange(_ score: Double, in language: Language) -> String {
        language.pick(fr: "un score est compris entre 0 et 1 (ici \(number(score)))",
                      en: "a score lies between 0 and 1 (here \(number(score)))")
    }

    // MARK: - Themes

    static func noTheme(in language: Language) -> String {
        language.pick(fr: "il faut au moins un thème",
                      en: "at least one theme is needed")
    }

    static func duplicateTheme(_ id: String, in language: Language) -> String {
        language.pick(fr: "thème « \(id) » en double",
                      en: "duplicate theme '\(id)'")
    }

    static func themeWeightNotPositive(in language: Language) -> String {
        language.pick(fr: "le poids d’un thème doit être strictement positif",
                      en: "a theme's weight must be > 0")
    }

    static func themeWithoutQuestions(_ theme: String, in language: Language) -> String {
        language.pick(fr: "le thème « \(theme) » n’a aucune question",
                      en: "theme '\(theme)' has no question")
    }

    static func duplicateQuestion(_ question: String, theme: String, in language: Language) -> String {
        language.pick(fr: "question « \(question) » en double dans le thème « \(theme) »",
                      en: "duplicate question '\(question)' in theme '\(theme)'")
    }

    static func themeNeverAssessed(_ theme: String, in language: Language) -> String {
        language.pick(fr: "le thème « \(theme) » n’a aucune question notée : il ne sera jamais évalué",
                      en: "theme '\(theme)' has no scored question: it will never be assessed")
    }
}
