import SobreCore

/// Why a typed answer is refused, as `AnswerParser` says it.
extension InterviewMessages {
    static func oneAnswerOnly(_ l: Language) -> String {
        l.pick(fr: "une seule réponse à cette question : un numéro ou un identifiant", en: "one answer only to this question: a number or an id")
    }
    static func givenTwice(_ label: String, _ l: Language) -> String {
        l.pick(fr: "« \(label) » est donné deux fois", en: "'\(label)' is given twice")
    }
    static func mustBeAlone(_ label: String, _ l: Language) -> String {
        l.pick(fr: "« \(label) » se choisit seul, sans autre option", en: "'\(label)' must be picked alone, with no other option")
    }
    static func yesOrNoExpected(_ l: Language) -> String {
        l.pick(fr: "répondez oui ou non (o/n)", en: "answer yes or no (y/n)")
    }
    static func scaleRange(min: Int, max: Int, _ l: Language) -> String {
        l.pick(fr: "une note entière de \(min) à \(max)", en: "a whole number from \(min) to \(max)")
    }
    static func doesNotFit(_ input: String, _ range: String, _ l: Language) -> String {
        l.pick(fr: "« \(input) » ne convient pas : \(range)", en: "'\(input)' does not fit: \(range)")
    }
    static func offTheScale(_ input: String, _ range: String, _ l: Language) -> String {
        l.pick(fr: "\(input) est hors de l’échelle : \(range)", en: "\(input) is off the scale: \(range)")
    }
    static func notANumber(_ input: String, _ l: Language) -> String {
        l.pick(fr: "« \(input) » n’est pas un nombre (exemples : 12 ou 12,5)", en: "'\(input)' is not a number (e.g. 12 or 12.5)")
    }
    static func wholeNumberExpected(_ l: Language) -> String {
        l.pick(fr: "un nombre entier est attendu, sans virgule", en: "a whole number is expected, no fraction")
    }
    static func numberAtLeast(_ min: String, _ l: Language) -> String {
        l.pick(fr: "le nombre doit être au moins \(min)", en: "the number must be at least \(min)")
    }
    static func numberAtMost(_ max: String, _ l: Language) -> String {
        l.pick(fr: "le nombre doit être au plus \(max)", en: "the number must be at most \(max)")
    }
    static func noSuchOption(_ k: Int, count: Int, _ l: Language) -> String {
        l.pick(fr: "il n’y a pas d’option \(k) : de 1 à \(count)", en: "there is no option \(k): 1 to \(count)")
    }
    static func notAnOption(_ token: String, count: Int, ids: String, _ l: Language) -> String {
        l.pick(fr: "« \(token) » n’est pas une option : un numéro de 1 à \(count) ou un identifiant (\(ids))",
               en: "'\(token)' is not an option: a number from 1 to \(count) or an id (\(ids))")
    }
    static func typeAnAnswer(_ l: Language) -> String {
        l.pick(fr: "tapez une réponse, ou > pour passer la question", en: "type an answer, or > to skip the question")
    }
}
