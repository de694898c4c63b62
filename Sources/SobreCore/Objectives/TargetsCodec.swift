import SobreJSON

/// Reads and writes the `targets` object of an assessment file (SPEC §9), keeping keys it does
/// not know. Only the shape is checked here; `TargetsCheck` checks the ids against the questionnaire.
package enum TargetsCodec {
    /// The targets of `value`, or why they cannot be read, naming the key at fault.
    package static func decode(_ value: JSONValue, language: Language) throws(AssessmentCodec.ReadError) -> Targets {
        func fail(_ fr: String, _ en: String) -> AssessmentCodec.ReadError {
            AssessmentCodec.ReadError(message: language.pick(fr: fr, en: en))
        }
        guard case .object(var root) = value else {
            throw fail("« targets » doit être un objet { \"by\": année, … }", "'targets' must be an object { \"by\": year, … }")
        }
        guard let byValue = root["by"], byValue != .null else {
            throw fail("il manque « targets.by » : l’année où les objectifs doivent être atteints",
                       "missing 'targets.by': the year by which the objectives should be reached")
        }
        guard let by = integer(byValue), TargetsCheck.years.contains(by) else {
            throw fail("« targets.by » doit être une année (un entier, par exemple 2029)",
                       "'targets.by' must be a year (a whole number, e.g. 2029)")
        }
        root["by"] = nil
        var overall: Int?
        if let raw = root["overall"], raw != .null {
            guard let level = integer(raw) else {
                throw fail("« targets.overall » doit être un identifiant de niveau (un entier)",
                           "'targets.overall' must be a level id (a whole number)")
            }
            overall = level
        }
        root["overall"] = nil
        var themes: [Targets.ThemeTarget] = []
        if let raw = root["themes"], raw != .null {
            guard case .object(let object) = raw else {
                throw fail("« targets.themes » doit être un objet { \"thème\": niveau }", "'targets.themes' must be an object { \"theme\": level }")
            }
            for (id, item) in object {
                guard let level = integer(item) else {
                    throw fail("« targets.themes.\(shown(id)) » doit être un identifiant de niveau (un entier)",
                               "'targets.themes.\(shown(id))' must be a level id (a whole number)")
                }
                themes.append(.init(id: id, level: level))
            }
        }
        root["themes"] = nil
        var indicators: [Targets.IndicatorTarget] = []
        if let raw = root["indicators"], raw != .null {
            guard case .object(let object) = raw else {
                throw fail("« targets.indicators » doit être un objet { \"indicateur\": pourcentage }",
                           "'targets.indicators' must be an object { \"indicator\": percent }")
            }
            for (id, item) in object {
                guard let percent = item.numberValue, percent.isFinite else {
                    throw fail("« targets.indicators.\(shown(id)) » doit être un pourcentage (un nombre, −20 pour un cinquième de moins)",
                               "'targets.indicators.\(shown(id))' must be a percent (a number, −20 for a fifth less)")
                }
                indicators.append(.init(id: id, percent: percent))
            }
        }
        root["indicators"] = nil
        return Targets(by: by, overall: overall, themes: themes, indicators: indicators, extra: root)
    }

    /// The targets as JSON, known keys first in the order of SPEC §9, unknown ones after.
    package static func encode(_ targets: Targets) -> JSONValue {
        var root = JSONObject([("by", .number(Double(targets.by)))])
        if let overall = targets.overall { root["overall"] = .number(Double(overall)) }
        if !targets.themes.isEmpty {
            root["themes"] = .object(JSONObject(targets.themes.map { ($0.id, .number(Double($0.level))) }))
        }
        if !targets.indicators.isEmpty {
            root["indicators"] = .object(JSONObject(targets.indicators.map { ($0.id, .number($0.percent)) }))
        }
        for (key, value) in targets.extra where root[key] == nil { root[key] = value }
        return .object(root)
    }

    /// A whole number within Int's range, nil for fractions and anything else.
    private static func integer(_ value: JSONValue) -> Int? {
        guard let number = value.numberValue, number.isFinite, number == number.rounded(),
              abs(number) < 1e15 else { return nil }
        return Int(number)
    }

    /// A key as JSON writes it, so that a control character in it is shown, not sent.
    private static func shown(_ key: String) -> String {
        String(JSONWriter.string(.string(key), pretty: false).dropFirst().dropLast())
    }
}
