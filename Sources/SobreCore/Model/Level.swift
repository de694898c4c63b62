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
}
