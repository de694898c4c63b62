import Yams

/// The maturity levels.
extension QuestionnaireBuilder {
    /// Level ids are written as JSON numbers, read as doubles by most programs: beyond 2^53
    /// they would no longer be exact (2^53 + 1 reads as 2^53), so they are refused.
    static let largestLevelID = 1 << 53

    mutating func readLevels(_ node: Node) -> [Level] {
        guard let items = reader.sequence(node, what: ("« levels »", "'levels'")) else { return [] }
        if items.count < 2 {
            reader.error(node, fr: "il faut au moins 2 niveaux de maturité", en: "at least 2 maturity levels are needed")
        }
        var levels: [Level] = []
        var previous: (min: Double, node: Node)?
        var previousID: Int?
        var seenIDs: Set<Int> = []
        for (i, item) in items.enumerated() {
            guard let f = reader.fields(item, allowed: Self.levelKeys, required: ["id", "name", "min"],
                                        what: ("le niveau \(i + 1)", "level \(i + 1)")) else { continue }
            let id = f["id"].flatMap { reader.integer($0, key: "id") }
            let name = f["name"].flatMap { reader.text($0, key: "name") }
            let min = f["min"].flatMap { reader.number($0, key: "min") }
            let description = f["description"].flatMap { reader.text($0, key: "description") }
            if let id, let idNode = f["id"] {
                if id > Self.largestLevelID || id < -Self.largestLevelID {
                    reader.error(idNode, fr: "l’id de niveau \(id) est trop grand : il doit rester entre -2^53 et 2^53 (9007199254740992), au-delà un nombre JSON ne le garde pas exactement",
                                 en: "level id \(id) is too large: it must lie between -2^53 and 2^53 (9007199254740992); beyond, a JSON number does not keep it exactly")
                } else if !seenIDs.insert(id).inserted {
                    reader.error(idNode, fr: "niveau \(id) en double", en: "duplicate level id \(id)")
                } else if let previousID, id <= previousID {
                    reader.warning(idNode, fr: "les ids de niveaux devraient croître avec « min » (\(id) après \(previousID)) : weakest_link compare les ids",
                                   en: "level ids should grow with 'min' (\(id) after \(previousID)): weakest_link compares ids")
                }
                previousID = id
            }
            if let min, let minNode = f["min"] {
                if i == 0, min != 0 {
                    reader.error(minNode, fr: "le premier niveau doit commencer à « min: 0 » (ici \(format(min)))",
                                 en: "the first level must start at 'min: 0' (here \(format(min)))")
                }
                if let previous, min <= previous.min {
                    reader.error(minNode, fr: "les niveaux doivent être croissants : min \(format(min)) ne dépasse pas le min \(format(previous.min)) du niveau précédent",
                                 en: "levels must be ascending: min \(format(min)) is not above the previous level's min \(format(previous.min))")
                }
                if min > 100 || min < 0 {
                    reader.error(minNode, fr: "« min » est un score entre 0 et 100 (ici \(format(min)))",
                                 en: "'min' is a score from 0 to 100 (here \(format(min)))")
                }
                previous = (min, minNode)
            }
            if let id, let name, let min {
                levels.append(Level(id: id, name: name, min: min, description: description))
            }
        }
        return levels
    }
}
