/// An action in the latest plan of several sites: a project to run together.
public struct CommonAction: Sendable {
    public let id: String
    /// Its title in the newest questionnaire that has it.
    public let title: String
    /// The theme it improves.
    public let themeID: String
    /// Ids of the sites whose latest plan has it, sorted.
    public let sites: [String]
    /// What it would save over those sites (SPEC §8): per indicator, the sum of each site's
    /// estimated saving, in the order of the comparison's indicators; estimated ones only.
    public var saves: [IndicatorSaving] = []
}
