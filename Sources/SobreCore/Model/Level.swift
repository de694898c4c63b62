/// A named maturity level reached from a minimum score.
public struct Level: Sendable, Hashable {
    /// Integer id; ids grow with `min`, so a cap can be taken as an id.
    public var id: Int
    public var name: String
    /// Lowest score (0–100) of the level.
    public var min: Double
    public var description: String?

    /// Creates a level.
    public init(id: Int, name: String, min: Double, description: String? = nil) {
        self.id = id
        self.name = name
        self.min = min
        self.description = description
    }

    /// How far below `min` a score may be and still reach the level: floating-point noise
    /// (100 × (0.6 + 0.3) / 2 is 44.99999999999999) must not keep a "45" below a level from 45.
    static let tolerance = 1e-9

    /// Whether `score` reaches this level: `min <= score + 1e-9` (SPEC §3.4).
    public func isReached(by score: Double) -> Bool {
        min <= score + Self.tolerance
    }
}
