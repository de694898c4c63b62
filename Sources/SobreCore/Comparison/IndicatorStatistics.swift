/// An indicator over the latest assessments of a set of sites (SPEC §8): how many have an
/// estimate, their total, mean, median, minimum and maximum.
public struct IndicatorStatistics: Sendable {
    public let id: String
    public let label: String
    /// The questionnaire's short name for a column head, nil when it gives none.
    public let short: String?
    public let unit: String
    public let headline: Bool
    /// The sites' estimates (nil values left out); nil when none has one.
    public let statistics: ScoreStatistics?
    /// The sum of the estimates, 0 when there are none.
    public let total: Double

    /// Every indicator of `reference` in its order, then those only the sites' own
    /// questionnaires have (in the order met), each over the sites whose latest has a value.
    static func all(sites: [SiteRecord], reference: Questionnaire?) -> [IndicatorStatistics] {
        var declared: [Indicator] = reference?.indicators ?? []
        var known = Set(declared.map(\.id))
        // Each exact questionnaire once: every assessment of one shares its entry, and going
        // through its indicators again for each of 10,000 sites adds nothing.
        var met: Set<ObjectIdentifier> = []
        for record in sites where met.insert(record.latest.sourceIdentity).inserted {
            for indicator in record.latest.questionnaire.indicators where known.insert(indicator.id).inserted {
                declared.append(indicator)
            }
        }
        guard !declared.isEmpty else { return [] }
        // One pass over the sites, each latest assessment read once, its values by position: the
        // positions of a questionnaire's indicators among `declared` are found once per questionnaire.
        var position: [String: Int] = [:]
        for (k, indicator) in declared.enumerated() where position[indicator.id] == nil { position[indicator.id] = k }
        var values = [[Double]](repeating: [], count: declared.count)
        var lastPositions: (sha256: String, id: String, version: String, positions: [Int?])?
        for record in sites {
            let latest = record.latest
            let own = latest.indicatorValues
            guard !own.isEmpty else { continue }
            let questionnaire = latest.questionnaire
            let positions: [Int?]
            if let last = lastPositions, last.sha256 == questionnaire.sha256, last.id == questionnaire.id,
               last.version == questionnaire.version {
                positions = last.positions
            } else {
                // The first indicator with an id, as `indicatorValue(_:)` finds it.
                var seen: Set<String> = []
                positions = questionnaire.indicators.map { seen.insert($0.id).inserted ? position[$0.id] : nil }
                lastPositions = (questionnaire.sha256, questionnaire.id, questionnaire.version, positions)
            }
            for (k, value) in own.enumerated() {
                if k < positions.count, let p = positions[k], let value { values[p].append(value) }
            }
        }
        return declared.indices.map { k in
            let indicator = declared[k]
            let statistics = ScoreStatistics(values[k])
            // Summed in ascending order, as the mean, so the total does not depend on the sites' order.
            return IndicatorStatistics(id: indicator.id, label: indicator.label, short: indicator.short, unit: indicator.unit, headline: indicator.headline,
                                       statistics: statistics, total: values[k].sorted().reduce(0, +))
        }
    }

    /// Adds `amount` to the total of the indicator `id` in `totals`.
    static func add(_ id: String, _ amount: Double, to totals: inout [IndicatorSaving]) {
        if let k = totals.firstIndex(where: { $0.indicatorID == id }) {
            totals[k] = IndicatorSaving(indicatorID: id, amount: totals[k].amount + amount)
        } else {
            totals.append(IndicatorSaving(indicatorID: id, amount: amount))
        }
    }

    /// `savings` in the order of `indicators`.
    static func ordered(_ savings: [IndicatorSaving], like indicators: [IndicatorStatistics]) -> [IndicatorSaving] {
        guard savings.count > 1 else { return savings }
        return indicators.compactMap { indicator in savings.first { $0.indicatorID == indicator.id } }
    }
}
