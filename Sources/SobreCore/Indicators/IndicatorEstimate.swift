/// An indicator's value for one assessment (SPEC §8).
public struct IndicatorEstimate: Sendable {
    public let indicator: Indicator
    /// Nil when not estimated (a null or non-finite result).
    public let value: Double?
    /// When not estimated, the questions whose null made it so (unanswered, N/A or not
    /// relevant), each once, in order of first appearance; empty when estimated, or null for
    /// another reason (a division by zero).
    public let missing: [String]
}
