/// Where a score stands among a benchmark's quantiles (SPEC §11).
public enum BenchmarkBand: String, Sendable, CaseIterable {
    case belowP10 = "below_p10"
    case p10P25 = "p10_p25"
    case p25P50 = "p25_p50"
    case p50P75 = "p50_p75"
    case p75P90 = "p75_p90"
    case aboveP90 = "above_p90"

    /// Scores this close to a quantile count as equal to it: a score and a quantile computed
    /// from the same answers by different sums may differ in the last bits.
    public static let tolerance = 1e-9

    /// The band of `score`: a score equal to a quantile (within `tolerance`) belongs to the
    /// band above it.
    public init(score: Double, among figures: Distribution) {
        let reached = figures.quantiles.filter { score >= $0 - Self.tolerance }.count
        self = Self.allCases[min(reached, Self.allCases.count - 1)]
    }
}
