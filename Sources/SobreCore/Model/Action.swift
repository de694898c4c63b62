/// An improvement the questionnaire proposes when its condition holds.
public struct Action: Sendable, Identifiable {
    /// `[a-z][a-z0-9_]*`, unique.
    public var id: String
    public var title: String
    public var description: String?
    /// The theme it improves.
    public var themeID: String
    public var priority: Grade
    public var effort: Grade
    /// Triggers the action.
    public var when: Expression
    /// Actions that should come first.
    public var after: [String]
    /// Who usually carries it (the GBPNR's "pilotes": Direction, DSI…), free text.
    public var owner: String?
    /// Where it comes from (a guide, a reference), free text.
    public var source: String?
    /// What it is estimated to save, per indicator, in file order (SPEC §8).
    public var saves: [SavingFormula]

    /// Creates an action.
    public init(
        id: String, title: String, description: String? = nil, themeID: String, priority: Grade, effort: Grade,
        when: Expression, after: [String] = [], owner: String? = nil, source: String? = nil,
        saves: [SavingFormula] = []
    ) {
        self.id = id
        self.title = title
        self.description = description
        self.themeID = themeID
        self.priority = priority
        self.effort = effort
        self.when = when
        self.after = after
        self.owner = owner
        self.source = source
        self.saves = saves
    }

    /// When the action can be done, from its effort.
    public var horizon: Horizon {
        switch effort {
        case .low: .quickWin
        case .medium: .shortTerm
        case .high: .structural
        }
    }
}

/// low | medium | high, for priority and effort.
public enum Grade: String, Sendable, Hashable, CaseIterable, Comparable {
    case low, medium, high

    var rank: Int {
        switch self {
        case .low: 0
        case .medium: 1
        case .high: 2
        }
    }

    public static func < (lhs: Grade, rhs: Grade) -> Bool { lhs.rank < rhs.rank }

    /// `+`, `++`, `+++` as the seed shows priorities.
    public var plusses: String { String(repeating: "+", count: rank + 1) }
    /// `*`, `**`, `***` as the seed shows difficulty.
    public var stars: String { String(repeating: "*", count: rank + 1) }
}

/// When a plan item can be done, derived from effort.
public enum Horizon: String, Sendable, Hashable, CaseIterable {
    case quickWin = "quick_win"
    case shortTerm = "short_term"
    case structural
}
