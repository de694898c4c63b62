import SobreJSON
import SobreCore

/// Plausible answers to any questionnaire from a maturity per theme: the more mature, the better
/// the answers, with a per-site habit for each question (stable from year to year) and a little
/// yearly variation. Deterministic: the same keys give the same answers.
public struct AnswerGenerator: Sendable {
    /// The seed every stream derives from.
    public let seed: UInt64
    /// What stays the same for a site from year to year (its habits).
    public let siteKey: String
    /// What changes every year.
    public let yearKey: String
    /// People using digital tools on the site, for inventory questions.
    public let size: Int
    /// Devices per user, for inventory questions (the site's kind).
    public let inventory: DemoInventory

    /// A generator for one site and one year.
    public init(seed: UInt64, siteKey: String, yearKey: String, size: Int, inventory: DemoInventory = .generic) {
        self.seed = seed
        self.siteKey = siteKey
        self.yearKey = yearKey
        self.size = size
        self.inventory = inventory
    }

    /// Questions of the bundled questionnaire about housing, not applicable to a service
    /// without housing (its site key starts with one of `servicesWithoutHousing`).
    static let housingQuestions: Set<String> = ["wifi_residents"]
    static let servicesWithoutHousing = ["sessad", "savs", "ssiad"]

    /// Open answers the bundled questionnaire can receive, by question id.
    static let openAnswers: [String: [String]] = [
        "projet_a_venir": [
            "Déploiement du dossier de l’usager informatisé (ESMS numérique)",
            "Tablettes pour la traçabilité des soins",
            "Messagerie sécurisée MSSanté et alimentation du DMP",
            "Renouvellement du site internet",
            "Téléconsultation avec le centre hospitalier",
        ],
        "temoignage": [
            "L’extinction programmée des copieurs a été simple à mettre en place.",
            "Le prestataire informatique a été un vrai allié pour allonger la durée de vie des postes.",
            "Difficile de trouver du temps pour la démarche entre deux évaluations externes.",
            "Les résidents du CVS ont proposé eux-mêmes la collecte des vieux téléphones.",
        ],
    ]

    /// Answers to every relevant question, in interview order; `maturity` gives each theme's
    /// maturity in [0, 1]. Only the first `fraction` of the relevant questions are answered
    /// (an interview in progress); `start` is the number of seconds after 09:00 of `date` at
    /// which the interview began, and answers get an `at` every 50 seconds or so.
    public func answers(
        for questionnaire: Questionnaire, maturity: (String) -> Double, date: String, start: Int, fraction: Double = 1
    ) -> AnswerSet {
        var all = AnswerSet()
        for question in questionnaire.questions {
            if let answer = answer(question, target: maturity(question.themeID)) { all[question.fullID] = answer }
        }
        // Keep only what an interview would have asked: the relevant questions.
        let card = Scorecard(questionnaire: questionnaire, answers: all)
        let relevant = card.questions.filter(\.relevant).map(\.question.fullID)
        let kept = Int((Double(relevant.count) * min(max(fraction, 0), 1)).rounded())
        var result = AnswerSet()
        var clock = start
        for id in relevant.prefix(kept) {
            guard var answer = all[id] else { continue }
            var pace = stream("at", id, yearly: true)
            clock += 35 + pace.int(0...40)
            answer.at = Self.timestamp(date, seconds: clock)
            result[id] = answer
        }
        return result
    }

    /// `YYYY-MM-DDTHH:MM:SSZ`, `seconds` after 09:00.
    public static func timestamp(_ date: String, seconds: Int) -> String {
        let total = 9 * 3600 + seconds
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
        return "\(date)T\(two(total / 3600 % 24)):\(two(total / 60 % 60)):\(two(total % 60))Z"
    }

    private func stream(_ parts: String..., yearly: Bool) -> SplitMix64 {
        SplitMix64(seed: seed, key: ([siteKey] + (yearly ? [yearKey] : []) + parts).joined(separator: "/"))
    }

    /// The answer to one question for a theme maturity, nil when left blank.
    func answer(_ question: Question, target maturity: Double) -> Answer? {
        var habit = stream(question.fullID, yearly: false)
        var year = stream(question.fullID, yearly: true)
        // A site's habit on this question, plus this year's mood.
        let target = min(max(maturity + habit.uniform(-0.22, 0.22) + year.uniform(-0.08, 0.08), 0), 1)
        if question.allowsNA, Self.housingQuestions.contains(question.id),
           Self.servicesWithoutHousing.contains(where: { siteKey.hasPrefix($0) }) {
            return Answer(notApplicable: true)
        }
        if question.allowsNA, habit.unit() < 0.06 { return Answer(notApplicable: true) }
        switch question.kind {
        case .single(let options):
            guard let best = options.min(by: { abs($0.score - target) < abs($1.score - target) }) else { return nil }
            return Answer(value: .string(best.id))
        case .multiple(let options):
            var picked: [JSONValue] = []
            for option in options where !option.exclusive {
                // The habit decides which practices come first; maturity decides how many.
                // An option worth nothing (« déposés en déchetterie ») is a habit the less
                // mature sites keep.
                let chance = option.score > 0 ? target * 1.05 : (1 - target) * 0.4
                if habit.unit() < chance { picked.append(.string(option.id)) }
            }
            if picked.isEmpty {
                let none = options.first(where: \.exclusive) ?? options.min { $0.score < $1.score }
                guard let none else { return nil }
                picked = [.string(none.id)]
            }
            return Answer(value: .array(picked))
        case .boolean(let yes, let no):
            let better = yes >= no
            return Answer(value: .bool(habit.unit() < target ? better : !better))
        case .scale(let lower, let upper, _):
            return Answer(value: .number(Double(lower + Int((target * Double(upper - lower)).rounded()))))
        case .number(let rules):
            return Answer(value: .number(number(question, rules: rules, target: target, habit: &habit)))
        case .text:
            guard let texts = Self.openAnswers[question.id], habit.unit() < 0.5 else {
                return question.required ? Answer(value: .string("—")) : nil
            }
            return Answer(value: .string(habit.pick(texts)))
        }
    }

    private func number(_ question: Question, rules: NumberRules, target: Double, habit: inout SplitMix64) -> Double {
        var value: Double
        if let bands = rules.bands, !bands.isEmpty {
            // A value inside the band whose score is nearest the target.
            let k = bands.indices.min { abs(bands[$0].score - target) < abs(bands[$1].score - target) } ?? 0
            let previous = k > 0 ? bands[k - 1].upto ?? 0 : (rules.min ?? 0)
            value = bands[k].upto ?? previous + 1 + Double(habit.int(0...2))
        } else {
            var share = inventory.perUser[question.id] ?? 0.3
            // Mature sites share copiers and consolidate servers.
            if question.id == "imprimantes_bureau" || question.id == "serveurs" { share *= 1.3 - 0.6 * target }
            value = (Double(size) * share * habit.uniform(0.8, 1.2)).rounded()
        }
        if let lower = rules.min { value = max(value, lower) }
        if let upper = rules.max { value = min(value, upper) }
        return rules.integer ? value.rounded() : value
    }
}
