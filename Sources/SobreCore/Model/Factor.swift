/// A named constant of the questionnaire (SPEC §8): a figure with its unit and its source, that
/// indicator values and savings name with `factor(f)`.
public struct Factor: Sendable, Identifiable {
    /// `[a-z][a-z0-9_]*`, unique among factors.
    public var id: String
    /// A finite number.
    public var value: Double
    public var unit: String
    public var label: String?
    public var source: String?
    /// Whether `value` (and `source`) come from a `--factors` file rather than the questionnaire.
    public var overridden: Bool

    /// Creates a factor.
    public init(id: String, value: Double, unit: String, label: String? = nil, source: String? = nil, overridden: Bool = false) {
        self.id = id
        self.value = value
        self.unit = unit
        self.label = label
        self.source = source
        self.overridden = overridden
    }
}
