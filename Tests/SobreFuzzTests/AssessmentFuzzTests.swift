import Testing
@testable import SobreCore
import SobreJSON

/// The assessment reader on mutated, random and hostile JSON: it decodes or says why, and what
/// decodes is written back and read again to the same assessment.
@Suite struct AssessmentFuzzTests {
    /// Valid assessments: the sample of Reports/examples and random ones of each corpus questionnaire.
    static let seeds: [[UInt8]] = {
        var seeds = Corpus.sampleAssessment.isEmpty ? [] : [Corpus.sampleAssessment]
        var rng = Fuzz.generator("assessment-seeds", 0)
        for questionnaire in Corpus.loaded {
            for k in 0..<3 {
                var a = Assessment(questionnaire: .init(id: questionnaire.id, version: questionnaire.version, sha256: questionnaire.sha256),
                                   site: .init(id: "foyer", name: "Foyer Les Tilleuls", finess: "2A0000008", group: "Corse"),
                                   respondent: .init(name: "Mme Durand", role: "Directrice"), interviewer: "M. Martin",
                                   date: "2026-11-29", status: .inProgress, startedAt: "2026-11-29T09:12:00Z",
                                   updatedAt: "2026-11-29T10:03:41Z", answers: RandomValues.answers(for: questionnaire, rng: &rng))
                a.notes = "Notes"
                // Objectives in one seed of three: the quick reading decodes them too.
                if k == 1 {
                    a.targets = Targets(by: 2029, overall: questionnaire.levels.last?.id,
                                        themes: questionnaire.themes.prefix(2).map { .init(id: $0.id, level: 2) },
                                        indicators: questionnaire.indicators.prefix(1).map { .init(id: $0.id, percent: -20) })
                }
                seeds.append(AssessmentCodec.bytes(a))
            }
        }
        return seeds
    }()

    @Test func mutatedAssessments() {
        let slot = CrashInput.slot(for: "assessment")
        defer { CrashInput.clear(slot: slot) }
        var mutator = Mutator(dictionary: Corpus.jsonDictionary)
        var decoded = 0
        var scanned = 0
        for i in 0..<Fuzz.iterations(3_000) {
            var rng = Fuzz.generator("assessment", i)
            let input: [UInt8]
            switch rng.int(0...9) {
            case 0: input = Array(JSONWriter.string(RandomValues.json(depth: 4, rng: &rng), pretty: rng.chance(0.5)).utf8)
            case 1: input = rng.bytes(rng.int(0...64))
            default: input = mutator.mutate(rng.pick(Self.seeds), corpus: Self.seeds, rng: &rng)
            }
            CrashInput.record(input, slot: slot)
            let outcome = check(input, label: Fuzz.label("assessment", i), rng: &rng)
            if outcome.decoded { decoded += 1 }
            if outcome.scanned { scanned += 1 }
        }
        #expect(decoded > 0)
        // Mutations of the plain seeds are often still plain: the quick reading must take some.
        #expect(scanned > 0)
    }

    /// Deep nesting, surrogates and broken UTF-8, tried one by one.
    @Test func hostileJSON() {
        var rng = Fuzz.generator("assessment-hostile", 0)
        var inputs: [[UInt8]] = []
        for depth in [255, 256, 257, 10_000, 200_000] {
            for (open, close) in [("[", "]"), ("{\"a\":", "}")] {
                inputs.append(Array((String(repeating: open, count: depth) + String(repeating: close, count: depth)).utf8))
                inputs.append(Array(String(repeating: open, count: depth).utf8))
            }
        }
        for escape in ["\\ud800", "\\udc00", "\\ud800\\u0041", "\\ud83d\\ude00", "\\udbff\\udfff", "\\u0000", "\\uD800\\uDBFF", "\\u12", "\\x41"] {
            inputs.append(Array("{\"format\": 1, \"notes\": \"\(escape)\"}".utf8))
        }
        for bytes: [UInt8] in [[0xFF], [0xC3], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC0, 0x80], [0xEF, 0xBB, 0xBF]] {
            inputs.append(Array("{\"site\": \"".utf8) + bytes + Array("\"}".utf8))
            if let sample = Self.seeds.first { inputs.append(Array(sample.prefix(sample.count / 2)) + bytes) }
        }
        for input in inputs { _ = check(input, label: "hostile \(Fuzz.preview(input, limit: 40))", rng: &rng) }
    }

    /// Decodes (`AssessmentReadingProperties`, which the libFuzzer harness checks too: the quick
    /// reading agrees, what decodes survives encode → decode); what decodes scores without trouble.
    private func check(_ input: [UInt8], label: String, rng: inout SplitMix64) -> (decoded: Bool, scanned: Bool) {
        if let json = try? JSONParser.parse(input) {
            let again = try? JSONParser.parse(Array(JSONWriter.string(json, pretty: rng.chance(0.5)).utf8))
            if again != json { Issue.record("\(label): JSON write → parse changed the value\ninput: \(Fuzz.preview(input))") }
        }
        let reading = AssessmentReadingProperties(input, language: rng.chance(0.5) ? .fr : .en, questionnaires: Corpus.loaded)
        for failure in reading.failures { Issue.record("\(label): \(failure)\ninput: \(Fuzz.preview(input))") }
        guard let assessment = reading.assessment else { return (false, false) }
        for questionnaire in Corpus.loaded {
            let card = Scorecard(questionnaire: questionnaire, answers: assessment.answers)
            if let s = card.overallScore, !(0...100).contains(s) { Issue.record("\(label): overall score \(s)") }
        }
        return (true, reading.scanned)
    }
}
