/// The loader's messages about questions, their kinds, bands and conditions.
extension LoaderMessage {
    // MARK: - Questions

    static func unknownType(_ type: String, hint: String, in language: Language) -> String {
        language.pick(fr: "type « \(type) » inconnu : single, multiple, boolean, scale, number ou text\(hint)",
                      en: "unknown type '\(type)': single, multiple, boolean, scale, number or text\(hint)")
    }

    static func keyNotForType(_ key: String, type: String, in language: Language) -> String {
        language.pick(fr: "« \(key) » ne s’applique pas à une question de type \(type)",
                      en: "'\(key)' does not apply to a question of type \(type)")
    }

    static func negativeQuestionWeight(in language: Language) -> String {
        language.pick(fr: "le poids d’une question doit être positif ou nul",
                      en: "a question's weight must be >= 0")
    }

    static func missingOptions(_ what: (fr: String, en: String), in language: Language) -> String {
        language.pick(fr: "il manque la clé « options » dans \(what.fr)",
                      en: "missing key 'options' in \(what.en)")
    }

    static func unknownOptionSet(_ set: String, hint: String, in language: Language) -> String {
        language.pick(fr: "jeu d’options « \(set) » inconnu (voir « option_sets »)\(hint)",
                      en: "unknown option set '\(set)' (see 'option_sets')\(hint)")
    }

    static func exclusiveInSingle(in language: Language) -> String {
        language.pick(fr: "« exclusive » n’a d’effet que dans une question « multiple »",
                      en: "'exclusive' has an effect only in a 'multiple' question")
    }

    static func scoresOnlyNo(in language: Language) -> String {
        language.pick(fr: "« scores » ne donne que « no » : « yes » garde sa valeur par défaut, 1 ; donnez les deux valeurs",
                      en: "'scores' gives only 'no': 'yes' keeps its default, 1; give both values")
    }

    static func scoresOnlyYes(in language: Language) -> String {
        language.pick(fr: "« scores » ne donne que « yes » : « no » garde sa valeur par défaut, 0 ; donnez les deux valeurs",
                      en: "'scores' gives only 'yes': 'no' keeps its default, 0; give both values")
    }

    static func scaleNeedsBounds(_ what: (fr: String, en: String), in language: Language) -> String {
        language.pick(fr: "une échelle (scale) demande « min » et « max » entiers dans \(what.fr)",
                      en: "a scale needs whole-number 'min' and 'max' in \(what.en)")
    }

    static func scaleMaxNotAboveMin(_ max: Int, min: Int, in language: Language) -> String {
        language.pick(fr: "« max » (\(max)) doit dépasser « min » (\(min))",
                      en: "'max' (\(max)) must be above 'min' (\(min))")
    }

    static func scaleTooLong(in language: Language) -> String {
        language.pick(fr: "une échelle de plus de 1000 crans n’est pas une échelle : utilisez « number »",
                      en: "a scale of more than 1000 steps is not a scale: use 'number'")
    }

    static func labelOutsideScale(_ value: Int, min: Int, max: Int, in language: Language) -> String {
        language.pick(fr: "la valeur \(value) est hors de l’échelle \(min)–\(max)",
                      en: "value \(value) is outside the scale \(min)–\(max)")
    }

    static func labelsNotMapping(in language: Language) -> String {
        language.pick(fr: "« labels » associe une valeur de l’échelle à son libellé (« 1: Jamais »)",
                      en: "'labels' maps a scale value to its label ('1: Never')")
    }

    static func numberMaxBelowMin(_ high: Double, low: Double, in language: Language) -> String {
        language.pick(fr: "« max » (\(number(high))) est inférieur à « min » (\(number(low)))",
                      en: "'max' (\(number(high))) is below 'min' (\(number(low)))")
    }

    static func noWholeNumberInBounds(_ min: Double, max: Double, in language: Language) -> String {
        language.pick(fr: "aucun nombre entier n’est compris entre « min » (\(number(min))) et « max » (\(number(max))) : avec « integer: true », aucune réponse ne serait acceptée",
                      en: "no whole number lies between 'min' (\(number(min))) and 'max' (\(number(max))): with 'integer: true', no answer would be accepted")
    }

    static func minNotWhole(_ min: Double, low: Double, in language: Language) -> String {
        language.pick(fr: "« min » vaut \(number(min)) mais la réponse est un nombre entier (integer: true) : la plus petite réponse acceptée est \(number(low)) ; écrivez « min: \(number(low)) »",
                      en: "'min' is \(number(min)) but the answer is a whole number (integer: true): the smallest answer accepted is \(number(low)); write 'min: \(number(low))'")
    }

    static func maxNotWhole(_ max: Double, high: Double, in language: Language) -> String {
        language.pick(fr: "« max » vaut \(number(max)) mais la réponse est un nombre entier (integer: true) : la plus grande réponse acceptée est \(number(high)) ; écrivez « max: \(number(high)) »",
                      en: "'max' is \(number(max)) but the answer is a whole number (integer: true): the largest answer accepted is \(number(high)); write 'max: \(number(high))'")
    }

    static func weightWithoutEffect(_ what: (fr: String, en: String), in language: Language) -> String {
        language.pick(fr: "« weight » n’a pas d’effet sur \(what.fr), qui n’a jamais de score (seul « weight: 0 » a un sens : il la marque comme informative)",
                      en: "'weight' has no effect on \(what.en), which never has a score (only 'weight: 0' means something: it marks the question as informational)")
    }

    static func naWithoutEffect(in language: Language) -> String {
        language.pick(fr: "« na: true » n’a pas d’effet sur le score d’une question de type text, qui n’en a jamais ; pour une réponse facultative, écrivez « required: false »",
                      en: "'na: true' has no effect on the score of a question of type text, which never has one; for an optional answer, write 'required: false'")
    }

    // MARK: - Bands

    static func noBand(in language: Language) -> String {
        language.pick(fr: "« bands » doit contenir au moins une tranche",
                      en: "'bands' needs at least one band")
    }

    static func lastBandWithUpto(in language: Language) -> String {
        language.pick(fr: "la dernière tranche ne doit pas avoir de « upto » : elle prend toutes les valeurs au-delà",
                      en: "the last band must not have an 'upto': it takes every value above")
    }

    static func bandsNotAscending(_ upto: Double, previous: Double, in language: Language) -> String {
        language.pick(fr: "les tranches doivent être croissantes : \(number(upto)) ne dépasse pas \(number(previous))",
                      en: "bands must be ascending: \(number(upto)) is not above \(number(previous))")
    }

    static func bandWithoutUpto(in language: Language) -> String {
        language.pick(fr: "seule la dernière tranche peut omettre « upto »",
                      en: "only the last band may omit 'upto'")
    }

    // MARK: - Conditions

    static func invalidCondition(_ reason: String, in language: Language) -> String {
        language.pick(fr: "condition invalide : \(reason)",
                      en: "invalid condition: \(reason)")
    }
}

extension LoaderMessage {
    static func unknownScope(_ value: String, hint: String, in language: Language) -> String {
        language.pick(fr: "« scope » vaut site ou association, pas « \(value) »\(hint)",
                      en: "'scope' is site or association, not '\(value)'\(hint)")
    }
}
