import Foundation
@testable import SobreCore
import SobreDemo

/// The bundled questionnaire, which the assessment and expression targets use: read from the
/// package's `Questionnaires/` (scripts/fuzz.sh runs from the package root, or set `SOBRE_HOME`).
enum Corpus {
    static let bundled: Questionnaire? = {
        let home = ProcessInfo.processInfo.environment["SOBRE_HOME"] ?? FileManager.default.currentDirectoryPath
        let path = home + "/Questionnaires/essms-sobriete.fr.yaml"
        guard let bytes = FileManager.default.contents(atPath: path) else { return nil }
        return QuestionnaireLoader.load(bytes: Array(bytes), path: path).questionnaire
    }()

    /// Answers to every question of `questionnaire`, from the demo's generator: a realistic
    /// assessment to score what a fuzzed questionnaire loads.
    static func answers(for questionnaire: Questionnaire, seed: UInt64) -> AnswerSet {
        AnswerGenerator(seed: seed, siteKey: "fuzz", yearKey: "2026", size: 40)
            .answers(for: questionnaire, maturity: { _ in Double(seed % 5) / 4 }, date: "2026-11-29", start: 0)
    }
}
