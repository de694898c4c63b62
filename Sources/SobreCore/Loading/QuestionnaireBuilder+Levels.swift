import Yams

/// The maturity levels.
extension QuestionnaireBuilder {
    /// Level ids are written as JSON numbers, read as doubles by most programs: beyond 2^53
    /// they would no longer be exact (2^53 + 1 reads as 2^53), so they are refused.
    static let largestLevelID = 1 << 53

    mutating func readLevels(_ node: Node) -> [Level] {
        guard let items = reader.sequence(node, what: ("« levels »", "'levels'")) else { return [] }
        if items.count < 2 {
            reader.error(node, LoaderMessage.tooFewLevels(in: language))
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
                    reader.error(idNode, LoaderMessage.levelIDTooLarge(id, in: language))
                } else if !seenIDs.insert(id).inserted {
                    reader.error(idNode, LoaderMessage.duplicateLevel(id, in: language))
                } else if let previousID, id <= previousID {
                    reader.warning(idNode, LoaderMessage.levelIDsNotGrowing(id, previous: previousID, in: language))
                }
                previousID = id
            }
            if let min, let minNode = f["min"] {
                if i == 0, min != 0 {
                    reader.error(minNode, LoaderMessage.firstLevelNotAtZero(min, in: language))
                }
                if let previous, min <= previous.min {
                    reader.error(minNode, LoaderMessage.levelsNotAscending(min, previous: previous.min, in: language))
                }
                if min > 100 || min < 0 {
                    reader.error(minNode, LoaderMessage.levelMinOutOfRange(min, in: language))
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
