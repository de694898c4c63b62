/// What must hold of the assessment reader for any bytes, checked by both fuzzers: the seeded
/// tests (`Tests/SobreFuzzTests`) and the libFuzzer harness (`Fuzz/`).
///
/// The decoder refuses with a message; the quick reading of comparisons (`AssessmentScan`)
/// accepts no more than the decoder, and where it accepts it reads the same questionnaire,
/// site, date, `updated_at`, status and answers; decode → encode → decode gives the same
/// assessment, and the same bytes once more. Internal: the fuzzers reach it through
/// `@testable import`, the product never calls it.
struct AssessmentReadingProperties {
    /// What the bytes decode to; nil when the decoder refuses them.
    let assessment: Assessment?
    /// Whether the quick reading accepted the bytes.
    let scanned: Bool
    /// Each property that does not hold, in words; empty when all hold.
    let failures: [String]

    /// Reads `bytes` both ways; the answers are compared for each of `questionnaires`.
    init(_ bytes: [UInt8], language: Language = .fr, questionnaires: [Questionnaire]) {
        let scan = AssessmentScan(bytes)
        var failures: [String] = []
        let assessment: Assessment
        do {
            assessment = try AssessmentCodec.decode(bytes, language: language)
        } catch {
            if error.message.allSatisfy(\.isWhitespace) { failures.append("a refusal without a message") }
            if scan != nil { failures.append("the quick reading accepts what the decoder refuses") }
            for questionnaire in questionnaires {
                let source = ComparedQuestionnaire(questionnaire)
                if AssessmentScan(bytes, placing: { _ in source }) != nil {
                    failures.append("the quick reading accepts, placing the answers for \(questionnaire.id), what the decoder refuses")
                }
            }
            self.assessment = nil
            self.scanned = false
            self.failures = failures
            return
        }
        if let scan {
            failures += Self.differences(scan, bytes, assessment, questionnaires: questionnaires)
        }
        let encoded = AssessmentCodec.bytes(assessment)
        do {
            let again = try AssessmentCodec.decode(encoded)
            if again != assessment { failures.append("decode → encode → decode changes the assessment") }
            if AssessmentCodec.bytes(again) != encoded { failures.append("the second encoding differs from the first") }
        } catch {
            failures.append("its own encoding does not decode: \(error.message)")
        }
        self.assessment = assessment
        self.scanned = scan != nil
        self.failures = failures
    }

    /// Where the quick reading reads otherwise than the decoder.
    private static func differences(_ scan: AssessmentScan, _ bytes: [UInt8], _ assessment: Assessment, questionnaires: [Questionnaire]) -> [String] {
        var failures: [String] = []
        if scan.questionnaire != assessment.questionnaire || scan.site != assessment.site || scan.date != assessment.date
            || scan.updatedAt != assessment.updatedAt || scan.status != assessment.status {
            failures.append("the quick reading reads another questionnaire, site, date, updated_at or status than the decoder")
        }
        if scan.targets != assessment.targets || scan.kind != assessment.kind || scan.association != assessment.association {
            failures.append("the quick reading reads other objectives, kind or head-office file than the decoder")
        }
        for questionnaire in questionnaires {
            let lookup = questionnaire.lookup
            // As a comparison: two questions with one full id (a questionnaire that does not
            // load) are left to the full reader.
            guard !lookup.hasDuplicateFullIDs, let slots = scan.slots(ids: lookup.fullIDs.map { Array($0.utf8) }, positions: lookup.positionByFullID) else { continue }
            // The same answer for each question is all scoring reads (`Scorecard(slots:)`), so
            // the same scores, levels and plan follow.
            let decoded = lookup.fullIDs.map { assessment.answers[$0].map(AnswerSlot.init) }
            if slots != decoded {
                failures.append("the quick reading finds other answers to \(questionnaire.id) than the decoder")
            }
            // Placed as they are read, as a comparison reads them, the answers are the same.
            let source = ComparedQuestionnaire(questionnaire)
            let placing = AssessmentScan(bytes, placing: { _ in source })
            if placing == nil {
                failures.append("the quick reading refuses, when it places the answers, what it accepts otherwise")
            } else if let placing, let placed = source.slots(of: placing) {
                if placed != decoded {
                    failures.append("the quick reading places other answers to \(questionnaire.id) than the decoder finds")
                } else if !sameScores(Scorecard(scoresOf: questionnaire, slots: placed), Scorecard(scoresOf: questionnaire, slots: decoded)) {
                    // The options the scan recognised are scored from the choice columns.
                    failures.append("the answers placed as they are read score otherwise than the decoder's, for \(questionnaire.id)")
                }
            } else {
                failures.append("the quick reading places no answers with the questionnaire it was given")
            }
        }
        return failures
    }

    /// The same value (a choice's ids in the same order, which `PickedOptions` equality ignores),
    /// score and theme scores to the last bit.
    private static func sameScores(_ a: Scorecard, _ b: Scorecard) -> Bool {
        a.questions.map(\.expressionValue) == b.questions.map(\.expressionValue)
            && a.questions.map(\.expressionValue.pickedInOrder) == b.questions.map(\.expressionValue.pickedInOrder)
            && a.questions.map(\.score?.bitPattern) == b.questions.map(\.score?.bitPattern)
            && a.themes.map(\.score?.bitPattern) == b.themes.map(\.score?.bitPattern)
            && a.overallScore?.bitPattern == b.overallScore?.bitPattern
    }
}
