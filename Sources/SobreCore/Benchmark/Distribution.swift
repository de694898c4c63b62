/// How a set of values is spread: their count, mean and the quantiles a benchmark publishes.
public struct Distribution: Sendable, Equatable {
    public let n: Int
    public let mean: Double
    public let p10: Double
    public let p25: Double
    public let p50: Double
    public let p75: Double
    public let p90: Double

    /// The published quantiles in ascending order of their rank (p10, p25, p50, p75, p90).
    public var quantiles: [Double] { [p10, p25, p50, p75, p90] }

    /// The figures of `values` in any order (`Quantile` rule); nil when there are none.
    public init?(_ values: [Double]) {
        let sorted = values.sorted()
        guard let p10 = Quantile.of(sorted: sorted, 0.10), let p25 = Quantile.of(sorted: sorted, 0.25),
              let p50 = Quantile.of(sorted: sorted, 0.50), let p75 = Quantile.of(sorted: sorted, 0.75),
              let p90 = Quantile.of(sorted: sorted, 0.90) else { return nil }
        n = sorted.count
        mean = Self.mean(sorted: sorted)
        self.p10 = p10
        self.p25 = p25
        self.p50 = p50
        self.p75 = p75
        self.p90 = p90
    }

    /// The mean of `sorted` (ascending), finite when they are. Summed in ascending order, so the
    /// mean does not depend on the order of the sites.
    static func mean(sorted: [Double]) -> Double {
        let count = Double(sorted.count)
        let sum = sorted.reduce(0, +)
        if sum.isFinite || !sorted.allSatisfy(\.isFinite) { return sum / count }
        // Values near the largest Double overflow their sum (an infinite mean would be written as
        // null, which the benchmark reader refuses): sum the shares instead, each at most the
        // largest value; rounding may not carry the mean outside the values.
        let shares = sorted.reduce(0) { $0 + $1 / count }
        return min(max(shares, sorted[0]), sorted[sorted.count - 1])
    }

    /// Figures as a benchmark file states them.
    public init(n: Int, mean: Double, p10: Double, p25: Double, p50: Double, p75: Double, p90: Double) {
        self.n = n
        self.mean = mean
        self.p10 = p10
        self.p25 = p25
        self.p50 = p50
        self.p75 = p75
        self.p90 = p90
    }
}
