@testable import SobreCore

/// The assessment reader: the full decoder never crashes and explains what it refuses; what it
/// reads survives encode → decode; and the quick reading of comparisons (`AssessmentScan`)
/// accepts only what the decoder reads, and reads it the same way.
enum AssessmentTarget {
    static func run(_ bytes: [UInt8]) {
        let scan = AssessmentScan(bytes)
        let assessment: Assessment
        do {
            assessment = try AssessmentCodec.decode(bytes)
        } catch {
            if error.message.isEmpty { FuzzTarget.finding("an empty error message") }
            if scan != nil { FuzzTarget.finding("the quick reading accepts a file the decoder refuses") }
            return
        }
        do {
            let again = try AssessmentCodec.decode(AssessmentCodec.bytes(assessment))
            if again != assessment { FuzzTarget.finding("decode → encode → decode changes the assessment") }
        } catch {
            FuzzTarget.finding("its own encoding does not decode: \(error.message)")
        }
        guard let scan else { return }
        if scan.questionnaire != assessment.questionnaire || scan.site != assessment.site || scan.date != assessment.date
            || scan.updatedAt != assessment.updatedAt || scan.status != assessment.status {
            FuzzTarget.finding("the quick reading reads other site, date or status fields")
        }
        guard let questionnaire = Corpus.bundled else { return }
        let lookup = questionnaire.lookup
        guard let slots = scan.slots(ids: lookup.fullIDs.map { Array($0.utf8) }, positions: lookup.positionByFullID) else { return }
        // The same answer for each question is all scoring reads (`Scorecard(answers:)` fills
        // its slots this way), so the same scores, levels and plan follow.
        if slots != lookup.fullIDs.map({ assessment.answers[$0].map(AnswerSlot.init) }) {
            FuzzTarget.finding("the quick reading finds other answers")
        }
    }
}
