/// Count, mean, median, minimum and maximum of a set of scores.
public struct ScoreStatistics: Sendable, Equatable {
    public let count: Int
    public let mean: Double
    /// The middle value; the mean of the two middle values for an even count.
    public let median: Double
    public let min: Double
    public let max: Double

    /// The statistics of `values`; nil when there are none.
    public init?(_ values: [Double]) {
        guard !values.isEmpty else { return nil }
        // Summed in ascending order, so the result does not depend on the order of the sites.
        let sorted = values.sorted()
        count = sorted.count
        mean = Distribution.mean(sorted: sorted)
        let middle = sorted.count / 2
        median = sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
        min = sorted[0]
        max = sorted[sorted.count - 1]
    }
}
