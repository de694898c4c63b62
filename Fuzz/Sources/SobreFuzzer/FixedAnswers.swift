@testable import SobreCore

/// Answers of every kind for a list of question names, drawn once from a seed, reachable by
/// name and by position.
struct FixedAnswers: ExpressionEnvironment {
    let names: [String]
    private var values: [ExpressionValue] = []
    private var scores: [Double?] = []
    private var notApplicable: [Bool] = []
    private let positions: [String: Int]

    init(names: [String], seed: UInt64) {
        self.names = names
        positions = Dictionary(names.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        var rng = SplitMix64(seed: seed)
        for _ in names {
            let pick = rng.next() % 7
            switch pick {
            case 0: values.append(.null)
            case 1: values.append(.number([0, 1, 4, 0.5, -3, 1e308, -1e308, 100][Int(rng.next() % 8)]))
            case 2: values.append(.text(["non", "oui", "", "é\u{301}"][Int(rng.next() % 4)]))
            case 3: values.append(.bool(rng.next() % 2 == 0))
            case 4: values.append(.set(PickedOptions(["recto_verso", "badge", "aucune"].filter { _ in rng.next() % 2 == 0 })))
            default: values.append(.null)
            }
            notApplicable.append(pick >= 5)
            scores.append(rng.next() % 3 == 0 ? nil : Double(rng.next() % 1001) / 1000)
        }
    }

    func value(of question: String) -> ExpressionValue { positions[question].map { values[$0] } ?? .null }
    func score(of question: String) -> Double? { positions[question].flatMap { scores[$0] } }
    func isNotApplicable(_ question: String) -> Bool { positions[question].map { notApplicable[$0] } ?? false }
    func themeScore(_ theme: String) -> Double? { theme.count % 2 == 0 ? 62.5 : nil }
    func themeLevel(_ theme: String) -> Int? { theme.count % 2 == 0 ? 2 : nil }
    func overallScore() -> Double? { 48 }
    func overallLevel() -> Int? { 1 }
    func value(at position: Int) -> ExpressionValue { values[position] }
    func score(at position: Int) -> Double? { scores[position] }
    func isNotApplicable(at position: Int) -> Bool { notApplicable[position] }
}
