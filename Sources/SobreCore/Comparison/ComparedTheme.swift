/// A theme as a comparison lines it up: by id, across questionnaire versions.
public struct ComparedTheme: Sendable, Hashable {
    public let id: String
    /// Its title in the newest questionnaire that has it.
    public let title: String
    /// Never scored in any version that has it (an inventory such as the fleet of devices).
    public let informational: Bool

    /// Creates a theme entry.
    public init(id: String, title: String, informational: Bool) {
        self.id = id
        self.title = title
        self.informational = informational
    }
}
