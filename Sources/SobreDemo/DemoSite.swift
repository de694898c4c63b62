import SobreCore

/// One establishment of the demo association, with how mature it is and how it moves.
public struct DemoSite: Sendable {
    public let id: String
    public let name: String
    public let finess: String
    public let group: String
    /// The kind of establishment, `site.category`: the first word of its name, which every demo
    /// name starts with its kind (`EHPAD Les Tilleuls`, `Foyer d’hébergement Le Moulin`).
    public var category: String { Self.kind(of: name) }
    /// What the site owns, from its kind.
    public var inventory: DemoInventory { DemoInventory.of(kind: category) }
    /// The kind a demo name starts with.
    static func kind(of name: String) -> String { String(name.prefix { $0 != " " }) }
    /// People using digital tools.
    public let size: Int
    /// Maturity in [0, 1] at the first campaign.
    public let baseMaturity: Double
    /// Maturity gained each year.
    public let yearlyProgress: Double
    /// Per theme: how much better or worse than the site's average, stable over the years.
    public let themeBias: Double
    /// A theme on which the site slips back in the last campaign (a referent who left…).
    public let regressingTheme: String?
    /// Index of the first campaign it took part in (a site that joined later).
    public let firstCampaign: Int
    /// Its last interview is still in progress.
    public let lastInProgress: Bool

    /// Creates a demo site.
    public init(
        id: String, name: String, finess: String, group: String, size: Int, baseMaturity: Double,
        yearlyProgress: Double, themeBias: Double, regressingTheme: String?, firstCampaign: Int, lastInProgress: Bool
    ) {
        self.id = id
        self.name = name
        self.finess = finess
        self.group = group
        self.size = size
        self.baseMaturity = baseMaturity
        self.yearlyProgress = yearlyProgress
        self.themeBias = themeBias
        self.regressingTheme = regressingTheme
        self.firstCampaign = firstCampaign
        self.lastInProgress = lastInProgress
    }
}
