@testable import SobreCore

/// The assessment reader: the properties the seeded fuzz tests check too
/// (`AssessmentReadingProperties`: the decoder explains what it refuses; what it reads survives
/// encode → decode; the quick reading of comparisons accepts only what the decoder reads, and
/// reads it the same way, answers to the bundled questionnaire included).
enum AssessmentTarget {
    static let questionnaires = Corpus.bundled.map { [$0] } ?? []

    static func run(_ bytes: [UInt8]) {
        FuzzTarget.check(AssessmentReadingProperties(bytes, questionnaires: questionnaires).failures)
    }
}
