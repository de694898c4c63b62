/// An estimate computed from the answers (SPEC §8): a site's yearly electricity, its cost, the
/// emissions of making its devices…
public struct Indicator: Sendable, Identifiable {
    /// `[a-z][a-z0-9_]*`, unique among indicators.
    public var id: String
    public var label: String
    /// A short name for a table's column head (an extension of SPEC §8), nil: the label abbreviated.
    public var short: String?
    public var unit: String
    /// A number expression; `indicator(i)` in it names an earlier indicator only.
    public var value: Expression
    /// Shown in summaries.
    public var headline: Bool
    public var source: String?
    public var description: String?

    /// Creates an indicator.
    public init(
        id: String, label: String, unit: String, value: Expression, headline: Bool = false,
        source: String? = nil, description: String? = nil, short: String? = nil
    ) {
        self.id = id
        self.label = label
        self.unit = unit
        self.value = value
        self.headline = headline
        self.source = source
        self.description = description
        self.short = short
    }
}
