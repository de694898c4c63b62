/// The checker's messages about factors, indicators and savings (SPEC §8).
extension ExpressionMessage {
    static func numberExpected(_ type: String, in language: Language) -> String {
        language.pick(fr: "un nombre est attendu, pas \(type)",
                      en: "a number is expected, not \(type)")
    }

    static func maturityInEstimate(_ function: String, in language: Language) -> String {
        language.pick(fr: "\(function)() n’est permise que dans le « when » d’une action, pas dans une valeur d’indicateur ni dans « saves »",
                      en: "\(function)() is allowed only in an action's 'when', not in an indicator's value or in 'saves'")
    }

    static func expectsEstimateName(_ function: String, in language: Language) -> String {
        language.pick(fr: "\(function)() attend un nom déclaré dans « \(function == "factor" ? "factors" : "indicators") », sans point",
                      en: "\(function)() expects a name declared in '\(function == "factor" ? "factors" : "indicators")', without a dot")
    }

    static func unknownFactor(_ name: String, hint: String, in language: Language) -> String {
        language.pick(fr: "facteur « \(name) » inconnu : déclarez-le dans « factors »\(hint)",
                      en: "unknown factor '\(name)': declare it under 'factors'\(hint)")
    }

    static func unknownIndicator(_ id: String, hint: String, in language: Language) -> String {
        language.pick(fr: "indicateur « \(id) » inconnu : déclarez-le dans « indicators »\(hint)",
                      en: "unknown indicator '\(id)': declare it under 'indicators'\(hint)")
    }

    static func indicatorInQuestion(in language: Language) -> String {
        language.pick(fr: "indicator() n’est pas permise dans le « when » d’une question (les indicateurs se calculent après l’entretien) ; utilisez les questions elles-mêmes",
                      en: "indicator() is not allowed in a question's 'when' (indicators are computed after the interview); use the questions themselves")
    }

    static func indicatorOnItself(_ id: String, in language: Language) -> String {
        language.pick(fr: "l’indicateur « \(id) » ne peut pas se calculer à partir de lui-même",
                      en: "indicator '\(id)' cannot be computed from itself")
    }

    static func indicatorOnLater(_ id: String, own: String, in language: Language) -> String {
        language.pick(fr: "l’indicateur « \(own) » ne peut utiliser que des indicateurs déclarés avant lui ; « \(id) » vient après : déplacez « \(id) » plus haut",
                      en: "indicator '\(own)' may use only indicators declared before it; '\(id)' comes later: move '\(id)' up")
    }
}
