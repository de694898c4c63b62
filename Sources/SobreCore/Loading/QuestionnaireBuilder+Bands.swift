import Yams

/// The score bands of a number question.
extension QuestionnaireBuilder {
    mutating func readBands(_ node: Node) -> [NumberRules.Band]? {
        guard let items = reader.sequence(node, what: ("« bands »", "'bands'")) else { return nil }
        guard !items.isEmpty else {
            reader.error(node, fr: "« bands » doit contenir au moins une tranche", en: "'bands' needs at least one band")
            return nil
        }
        var bands: [NumberRules.Band] = []
        var previous: Double?
        for (i, item) in items.enumerated() {
            let isLast = i == items.count - 1
            guard let f = reader.fields(item, allowed: Self.bandKeys, required: ["score"],
                                        what: ("la tranche \(i + 1)", "band \(i + 1)")) else { continue }
            let score = f["score"].flatMap { readScore($0, key: "score") }
            var upto: Double?
            if let node = f["upto"] {
                upto = reader.number(node, key: "upto")
                if isLast {
                    reader.error(node, fr: "la dernière tranche ne doit pas avoir de « upto » : elle prend toutes les valeurs au-delà",
                                 en: "the last band must not have an 'upto': it takes every value above")
                }
                if let u = upto, let p = previous, u <= p {
                    reader.error(node, fr: "les tranches doivent être croissantes : \(format(u)) ne dépasse pas \(format(p))",
                                 en: "bands must be ascending: \(format(u)) is not above \(format(p))")
                }
                previous = upto ?? previous
            } else if !isLast {
                reader.error(item, fr: "seule la dernière tranche peut omettre « upto »", en: "only the last band may omit 'upto'")
            }
            if let score { bands.append(NumberRules.Band(upto: isLast ? nil : upto, score: score)) }
        }
        return bands
    }
}
