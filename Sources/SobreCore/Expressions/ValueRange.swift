/// The values a number in a condition can take, as the questionnaire bounds them: a question's
/// `min`/`max` or scale (an interval, whole or not), or the ids of the levels (a few values).
struct ValueRange {
    /// How the condition names it (`usages.pct`, `overall_level()`).
    let name: String
    /// What it can be, for a message (« usages.pct vaut au plus 100 (max: 100) »).
    let fr: String
    let en: String
    private let low: Double?
    private let high: Double?
    private let whole: Bool
    private let values: [Double]?

    /// An interval; a bound may be missing.
    init(name: String, low: Double?, high: Double?, whole: Bool, fr: String, en: String) {
        self.name = name
        self.fr = fr
        self.en = en
        // Whole answers only: `min: 0.5` starts at 1.
        self.low = whole ? low.map { $0.rounded(.up) } : low
        self.high = whole ? high.map { $0.rounded(.down) } : high
        self.whole = whole
        values = nil
    }

    /// A finite set of values.
    init(name: String, values: [Double], fr: String, en: String) {
        self.name = name
        self.fr = fr
        self.en = en
        low = values.min()
        high = values.max()
        whole = true
        self.values = values
    }

    /// Whether `value op constant` can be true, and whether it can be false, for a value of this range.
    func outcomes(_ op: BinaryOperator, _ c: Double) -> (canBeTrue: Bool, canBeFalse: Bool) {
        if let values {
            let results = values.map { Self.holds(op, $0, c) }
            return (results.contains(true), results.contains(false))
        }
        let lo = low ?? -.infinity, hi = high ?? .infinity
        let only = lo == hi ? lo : nil
        let reachable = c >= lo && c <= hi && (!whole || c.rounded() == c)
        switch op {
        case .greater: return (hi > c, lo <= c)
        case .greaterOrEqual: return (hi >= c, lo < c)
        case .less: return (lo < c, hi >= c)
        case .lessOrEqual: return (lo <= c, hi > c)
        case .equal: return (reachable, only != c)
        case .notEqual: return (only != c, reachable)
        default: return (true, true)
        }
    }

    private static func holds(_ op: BinaryOperator, _ x: Double, _ c: Double) -> Bool {
        switch op {
        case .greater: x > c
        case .greaterOrEqual: x >= c
        case .less: x < c
        case .lessOrEqual: x <= c
        case .equal: x == c
        case .notEqual: x != c
        default: true
        }
    }
}
