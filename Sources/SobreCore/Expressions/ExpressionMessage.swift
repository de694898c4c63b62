/// The expression checker's messages, one named constructor each, in the questionnaire's
/// language: `ExpressionChecker` says which message, this catalogue says it.
enum ExpressionMessage {
    /// How a message names a value's type: "un nombre", "une condition (vrai/faux)"…
    static func typeName(_ type: ExpressionChecker.ValueType, in language: Language) -> String {
        switch type {
        case .number: language.pick(fr: "un nombre", en: "a number")
        case .bool: language.pick(fr: "une condition (vrai/faux)", en: "a condition (true/false)")
        case .text: language.pick(fr: "un texte", en: "a text")
        case .set: language.pick(fr: "une liste d’options", en: "a set of options")
        case .unknown: "?"
        }
    }

    static func conditionExpected(_ type: String, in language: Language) -> String {
        language.pick(fr: "une condition est attendue (vrai ou faux), pas \(type)",
                      en: "a condition (true or false) is expected, not \(type)")
    }

    static func negateNotNumber(_ type: String, in language: Language) -> String {
        language.pick(fr: "« - » s’applique à un nombre, pas à \(type)",
                      en: "'-' applies to a number, not to \(type)")
    }

    static func notNotCondition(_ type: String, in language: Language) -> String {
        language.pick(fr: "« not » s’applique à une condition, pas à \(type)",
                      en: "'not' applies to a condition, not to \(type)")
    }

    static func inOnMultiple(_ question: String, in language: Language) -> String {
        language.pick(fr: "« in » compare une réponse unique ; pour la question à choix multiples \(question), utilisez « contains »",
                      en: "'in' tests a single answer; for the multiple-choice question \(question), use 'contains'")
    }

    static func inNotText(_ type: String, in language: Language) -> String {
        language.pick(fr: "« in » s’applique à un texte, pas à \(type)",
                      en: "'in' applies to a text, not to \(type)")
    }

    static func unknownFunction(_ function: String, hint: String, in language: Language) -> String {
        language.pick(fr: "fonction inconnue « \(function) »\(hint)",
                      en: "unknown function '\(function)'\(hint)")
    }

    static func maturityInQuestion(_ function: String, in language: Language) -> String {
        language.pick(fr: "\(function)() n’est permise que dans le « when » d’une action, pas dans celui d’une question",
                      en: "\(function)() is allowed only in an action's 'when', not in a question's")
    }

    static func expectsQuestion(_ function: String, in language: Language) -> String {
        language.pick(fr: "\(function)() attend une question « thème.question »",
                      en: "\(function)() expects a question 'theme.question'")
    }

    static func scoreOfUnscored(_ argument: String, in language: Language) -> String {
        language.pick(fr: "score() porte sur une question notée ; \(argument) n’a pas de score",
                      en: "score() needs a scored question; \(argument) has no score")
    }

    static func countOfNotMultiple(_ argument: String, kind: String, in language: Language) -> String {
        language.pick(fr: "count() porte sur une question à choix multiples ; \(argument) est de type \(kind)",
                      en: "count() needs a multiple-choice question; \(argument) is of type \(kind)")
    }

    static func naNeverOffered(_ argument: String, in language: Language) -> String {
        language.pick(fr: "na() sera toujours faux : \(argument) ne propose pas « non applicable » (na: true)",
                      en: "na() is always false: \(argument) does not offer 'not applicable' (na: true)")
    }

    static func expectsTheme(_ function: String, in language: Language) -> String {
        language.pick(fr: "\(function)() attend un identifiant de thème",
                      en: "\(function)() expects a theme id")
    }

    static func unknownTheme(_ argument: String, hint: String, in language: Language) -> String {
        language.pick(fr: "thème inconnu « \(argument) »\(hint)",
                      en: "unknown theme '\(argument)'\(hint)")
    }

    static func takesNoArgument(_ function: String, in language: Language) -> String {
        language.pick(fr: "\(function)() ne prend pas d’argument",
                      en: "\(function)() takes no argument")
    }

    static func expectsTwoValues(_ function: String, in language: Language) -> String {
        language.pick(fr: "\(function)() prend deux arguments : \(function)(x, y)",
                      en: "\(function)() takes two arguments: \(function)(x, y)")
    }

    static func defaultTypesDiffer(_ first: String, _ second: String, in language: Language) -> String {
        language.pick(fr: "default(x, y) attend deux valeurs du même type, pas \(first) et \(second)",
                      en: "default(x, y) expects two values of the same type, not \(first) and \(second)")
    }

    static func takesNumbers(_ function: String, type: String, in language: Language) -> String {
        language.pick(fr: "\(function)(x, y) prend deux nombres, pas \(type)",
                      en: "\(function)(x, y) takes two numbers, not \(type)")
    }

    static func joinsConditions(_ op: String, type: String, in language: Language) -> String {
        language.pick(fr: "« \(op) » relie des conditions, pas \(type)",
                      en: "'\(op)' joins conditions, not \(type)")
    }

    static func computesWithNumbers(_ op: String, type: String, in language: Language) -> String {
        language.pick(fr: "« \(op) » calcule sur des nombres, pas sur \(type)",
                      en: "'\(op)' computes with numbers, not with \(type)")
    }

    static func containsExpectsOption(_ type: String, in language: Language) -> String {
        language.pick(fr: "« contains » attend un identifiant d’option entre guillemets, pas \(type)",
                      en: "'contains' expects a quoted option id, not \(type)")
    }

    static func containsOnNotMultiple(_ subject: String, in language: Language) -> String {
        language.pick(fr: "« contains » ne s’applique qu’à une question à choix multiples ; \(subject) n’en est pas une",
                      en: "'contains' applies only to a multiple-choice question; \(subject) is not one")
    }

    static func multipleCompared(_ question: String, op: String, in language: Language) -> String {
        language.pick(fr: "une question à choix multiples (\(question)) ne se compare pas avec « \(op) » : utilisez « contains » ou count()",
                      en: "a multiple-choice question (\(question)) cannot be compared with '\(op)': use 'contains' or count()")
    }

    static func booleanComparedWithText(_ subject: String, in language: Language) -> String {
        language.pick(fr: "\(subject) vaut vrai ou faux : comparez avec true ou false (\(subject) == true), pas avec un texte",
                      en: "\(subject) is true or false: compare with true or false (\(subject) == true), not with a text")
    }

    static func orderingNotNumbers(_ op: String, left: String, right: String, in language: Language) -> String {
        language.pick(fr: "« \(op) » compare des nombres, pas \(left) et \(right)",
                      en: "'\(op)' compares numbers, not \(left) and \(right)")
    }

    static func cannotCompare(_ left: String, right: String, in language: Language) -> String {
        language.pick(fr: "comparaison impossible entre \(left) et \(right)",
                      en: "cannot compare \(left) with \(right)")
    }

    static func alwaysFalse(_ range: ValueRange, in language: Language) -> String {
        language.pick(fr: "cette comparaison est toujours fausse : \(range.fr)",
                      en: "this comparison is always false: \(range.en)")
    }

    static func alwaysTrue(_ range: ValueRange, in language: Language) -> String {
        language.pick(fr: "cette comparaison est toujours vraie quand \(range.name) a une valeur : \(range.fr)",
                      en: "this comparison is always true when \(range.name) has a value: \(range.en)")
    }

    static func unknownQuestion(_ id: String, hint: String, in language: Language) -> String {
        language.pick(fr: "question inconnue « \(id) »\(hint)",
                      en: "unknown question '\(id)'\(hint)")
    }

    static func conditionOnItself(_ id: String, in language: Language) -> String {
        language.pick(fr: "la condition de la question \(id) ne peut pas dépendre de sa propre réponse",
                      en: "the condition of question \(id) cannot depend on its own answer")
    }

    static func conditionOnLaterQuestion(_ fullID: String, id: String, in language: Language) -> String {
        language.pick(fr: "la condition de \(fullID) dépend de \(id), posée plus tard dans l’entretien ; une condition ne peut porter que sur des questions déjà posées",
                      en: "the condition of \(fullID) depends on \(id), which is asked later; a condition can only use questions asked before")
    }

    static func associationConditionOnSiteQuestion(_ fullID: String, id: String, in language: Language) -> String {
        language.pick(fr: "la condition de \(fullID), question du siège (scope: association), dépend de \(id), question de chaque site : l’entretien du siège ne la pose pas ; ne nommez que des questions du siège, ou retirez « scope: association »",
                      en: "the condition of \(fullID), a head-office question (scope: association), depends on \(id), a question for each site: the head office's interview does not ask it; name head-office questions only, or remove 'scope: association'")
    }

    static func unknownOption(_ question: String, value: String, hint: String, in language: Language) -> String {
        language.pick(fr: "la question \(question) n’a pas d’option « \(value) »\(hint)",
                      en: "question \(question) has no option '\(value)'\(hint)")
    }
}
