/// The quantile rule of a network benchmark (SPEC §11), the one every reader can redo by hand.
public enum Quantile {
    /// The `p`-quantile (0 ≤ p ≤ 1) of values sorted in ascending order: with h = (n − 1)·p,
    /// x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]), and x[n−1] when ⌊h⌋ = n − 1. Nil when empty.
    public static func of(sorted values: [Double], _ p: Double) -> Double? {
        guard !values.isEmpty else { return nil }
        let h = Double(values.count - 1) * min(1, max(0, p))
        let low = Int(h.rounded(.down))
        guard low < values.count - 1 else { return values[values.count - 1] }
        return values[low] + (h - Double(low)) * (values[low + 1] - values[low])
    }
}
