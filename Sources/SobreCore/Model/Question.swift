/// One question of a theme.
public struct Question: Sendable, Identifiable {
    /// `[a-z][a-z0-9_]*`, unique in its theme.
    public var id: String
    /// The theme it belongs to.
    public var themeID: String
    public var text: String
    /// Guidance for the interviewer.
    public var help: String?
    /// The type with the fields that go with it.
    public var kind: Kind
    /// Weight in its theme's score, >= 0; 0 makes the question informational.
    public var weight: Double
    /// Whether the interview is complete only once it is answered (or marked N/A).
    public var required: Bool
    /// Whether "not applicable" is offered.
    public var allowsNA: Bool
    /// Relevance condition; nil means always relevant.
    public var when: Expression?
    /// Who answers it: the site, or the head office once for every site (SPEC §12).
    public var scope: QuestionScope

    /// `theme.question`, how expressions, assessments and reports name it.
    public var fullID: String { "\(themeID).\(id)" }

    /// Creates a question.
    public init(
        id: String, themeID: String, text: String, help: String? = nil, kind: Kind, weight: Double = 1,
        required: Bool = true, allowsNA: Bool = false, when: Expression? = nil, scope: QuestionScope = .site
    ) {
        self.id = id
        self.themeID = themeID
        self.text = text
        self.help = help
        self.kind = kind
        self.weight = weight
        self.required = required
        self.allowsNA = allowsNA
        self.when = when
        self.scope = scope
    }

    /// A question's type with its own fields.
    public enum Kind: Sendable {
        case single([AnswerOption])
        case multiple([AnswerOption])
        case boolean(yes: Double, no: Double)
        case scale(min: Int, max: Int, labels: [Int: String])
        case number(NumberRules)
        case text

        /// The type's name as the format spells it.
        public var name: String {
            switch self {
            case .single: "single"
            case .multiple: "multiple"
            case .boolean: "boolean"
            case .scale: "scale"
            case .number: "number"
            case .text: "text"
            }
        }
    }

    /// The options of a `single` or `multiple` question, empty otherwise.
    public var options: [AnswerOption] {
        switch kind {
        case .single(let options), .multiple(let options): options
        default: []
        }
    }

    /// Whether the question gives a score: every type but text and number without bands.
    public var isScored: Bool {
        switch kind {
        case .text: false
        case .number(let rules): rules.bands != nil
        default: true
        }
    }
}

/// The fields of a `number` question.
public struct NumberRules: Sendable {
    public var min: Double?
    public var max: Double?
    public var unit: String?
    /// Refuses fractions.
    public var integer: Bool
    /// Makes the question scored: the first band with `answer <= upto` gives the score.
    public var bands: [Band]?

    /// Creates the rules.
    public init(min: Double? = nil, max: Double? = nil, unit: String? = nil, integer: Bool = false, bands: [Band]? = nil) {
        self.min = min
        self.max = max
        self.unit = unit
        self.integer = integer
        self.bands = bands
    }

    /// A score band; the last one has no `upto`.
    public struct Band: Sendable, Hashable {
        public var upto: Double?
        public var score: Double

        /// Creates a band.
        public init(upto: Double?, score: Double) {
            self.upto = upto
            self.score = score
        }
    }
}
