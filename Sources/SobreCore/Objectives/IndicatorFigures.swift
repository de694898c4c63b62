/// The indicator values of an assessment and the estimated savings of its plan's actions
/// (SPEC §8), as objectives and the roadmap use them. Empty when the questionnaire declares no
/// indicators.
public struct IndicatorFigures: Sendable {
    /// Indicator ids in file order.
    public var ids: [String]
    /// Each indicator's value now, nil when not estimated.
    public var values: [String: Double?]
    /// Per plan action id, its estimated yearly savings per indicator id.
    public var savings: [String: [String: Double]]

    /// Creates the figures.
    public init(ids: [String] = [], values: [String: Double?] = [:], savings: [String: [String: Double]] = [:]) {
        self.ids = ids
        self.values = values
        self.savings = savings
    }

    /// No indicator.
    public static let none = IndicatorFigures()

    /// The figures of `questionnaire`'s indicators from their values in its order (as a scorecard
    /// or a compared assessment holds them); the first of two indicators with one id wins.
    ///
    /// With `wanted`, only the values of those ids are kept, the others reading as not estimated:
    /// a comparison's progress reads the few its objectives name, for each site, and hashing
    /// every indicator's id into a table twice per site was a fiftieth of the comparison.
    init(_ questionnaire: Questionnaire, values: [Double?], savings: [String: [String: Double]] = [:], only wanted: [String]? = nil) {
        let ids = questionnaire.indicators.map(\.id)
        var byID: [String: Double?] = [:]
        for (k, id) in ids.enumerated() where (wanted?.contains(id) ?? true) && byID[id] == nil {
            byID[id] = k < values.count ? values[k] : nil
        }
        self.init(ids: ids, values: byID, savings: savings)
    }

    /// The value now of an indicator, nil when not estimated (or unknown).
    public func value(_ id: String) -> Double? { values[id] ?? nil }

    /// The saving of an action on an indicator, when estimated above 0.
    func saving(_ action: String, on indicator: String) -> Double? {
        guard let s = savings[action]?[indicator], s.isFinite, s > 0 else { return nil }
        return s
    }

    /// The value of an indicator once `actions` are done: the value less their savings, not
    /// below 0 (SPEC §8's capping), nil when not estimated.
    func projected(_ id: String, doing actions: [String]) -> Double? {
        guard let value = value(id) else { return nil }
        let saved = actions.reduce(0.0) { $0 + (saving($1, on: id) ?? 0) }
        return max(0, value - saved)
    }
}
