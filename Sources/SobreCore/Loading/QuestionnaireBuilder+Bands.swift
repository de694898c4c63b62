import Yams

/// The score bands of a number question.
extension QuestionnaireBuilder {
    mutating func readBands(_ node: Node) -> [NumberRules.Band]? {
        guard let items = reader.sequence(node, what: ("« bands »", "'bands'")) else { return nil }
        guard !items.isEmpty else {
            reader.error(node, LoaderMessage.noBand(in: language))
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
                    reader.error(node, LoaderMessage.lastBandWithUpto(in: language))
                }
                if let u = upto, let p = previous, u <= p {
                    reader.error(node, LoaderMessage.bandsNotAscending(u, previous: p, in: language))
                }
                previous = upto ?? previous
            } else if !isLast {
                reader.error(item, LoaderMessage.bandWithoutUpto(in: language))
            }
            if let score { bands.append(NumberRules.Band(upto: isLast ? nil : upto, score: score)) }
        }
        return bands
    }
}
