import SobreJSON

/// One interview of one site on one date: the answers, and who and what it was about.
public struct Assessment: Sendable, Equatable {
    /// Progress of the interview.
    public enum Status: String, Sendable {
        case inProgress = "in_progress"
        case complete
    }

    /// The exact questionnaire the answers belong to.
    public struct QuestionnaireReference: Sendable, Equatable {
        public var id: String
        public var version: String
        public var sha256: String?

        /// Creates a reference.
        public init(id: String, version: String, sha256: String?) {
            self.id = id
            self.version = version
            self.sha256 = sha256
        }
    }

    /// The establishment assessed.
    public struct Site: Sendable, Equatable {
        public var id: String
        public var name: String?
        /// 9-character FINESS number.
        public var finess: String?
        /// A region or pôle, for comparisons.
        public var group: String?
        /// The kind of establishment (`EHPAD`, `IME`, `ESAT`…), for comparisons and benchmarks.
        public var category: String?
        public var extra: JSONObject

        /// Creates a site.
        public init(id: String, name: String? = nil, finess: String? = nil, group: String? = nil, category: String? = nil,
                    extra: JSONObject = JSONObject()) {
            self.id = id
            self.name = name
            self.finess = finess
            self.group = group
            self.category = category
            self.extra = extra
        }
    }

    /// Who answered.
    public struct Respondent: Sendable, Equatable {
        public var name: String?
        public var role: String?
        public var extra: JSONObject

        /// Creates a respondent.
        public init(name: String? = nil, role: String? = nil, extra: JSONObject = JSONObject()) {
            self.name = name
            self.role = role
            self.extra = extra
        }
    }

    public var questionnaire: QuestionnaireReference
    public var site: Site
    public var respondent: Respondent?
    public var interviewer: String?
    /// `YYYY-MM-DD`.
    public var date: String
    public var status: Status
    public var startedAt: String?
    public var updatedAt: String?
    /// Answers by full question id, in the order they were first recorded.
    public var answers: AnswerSet
    /// Free text for the whole interview.
    public var notes: String?
    /// The objectives set that day (SPEC §9).
    public var targets: Targets?
    /// Top-level keys this version does not know, kept for rewriting.
    public var extra: JSONObject

    /// Creates an assessment.
    public init(
        questionnaire: QuestionnaireReference, site: Site, respondent: Respondent? = nil, interviewer: String? = nil,
        date: String, status: Status = .inProgress, startedAt: String? = nil, updatedAt: String? = nil,
        answers: AnswerSet = AnswerSet(), notes: String? = nil, targets: Targets? = nil, extra: JSONObject = JSONObject()
    ) {
        self.questionnaire = questionnaire
        self.site = site
        self.respondent = respondent
        self.interviewer = interviewer
        self.date = date
        self.status = status
        self.startedAt = startedAt
        self.updatedAt = updatedAt
        self.answers = answers
        self.notes = notes
        self.targets = targets
        self.extra = extra
    }
}

/// Answers by full question id, keeping the order in which they were first given.
public struct AnswerSet: Sendable, Equatable, Sequence {
    public private(set) var ids: [String] = []
    private var table: [String: Answer] = [:]

    /// No answer.
    public init() {}

    public subscript(id: String) -> Answer? {
        get { table[id] }
        set {
            if let newValue {
                if table.updateValue(newValue, forKey: id) == nil { ids.append(id) }
            } else if table.removeValue(forKey: id) != nil {
                ids.removeAll { $0 == id }
            }
        }
    }

    public var count: Int { ids.count }

    /// Room for `count` answers, so that reading a file does not grow the table answer by answer.
    mutating func reserveCapacity(_ count: Int) {
        ids.reserveCapacity(count)
        table.reserveCapacity(count)
    }

    /// The answers in the order they were first given.
    public struct Iterator: IteratorProtocol {
        fileprivate let set: AnswerSet
        fileprivate var position = 0

        public mutating func next() -> (id: String, answer: Answer)? {
            guard position < set.ids.count else { return nil }
            defer { position += 1 }
            let id = set.ids[position]
            return (id, set.table[id] ?? Answer())
        }
    }

    public func makeIterator() -> Iterator { Iterator(set: self) }
}
