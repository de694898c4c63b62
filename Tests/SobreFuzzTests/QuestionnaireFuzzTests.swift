@testable import SobreCore
import SobreReport
import SobreJSON
import Testing

/// The loader and validator on mutated questionnaires; scoring and reports on whatever loads.
@Suite struct QuestionnaireFuzzTests {
    @Test func mutatedQuestionnairesLoadOrSayWhy() {
        let target = "questionnaire"
        let slot = CrashInput.slot(for: target)
        defer { CrashInput.clear(slot: slot) }
        var mutator = Mutator(dictionary: Corpus.yamlDictionary)
        let small = Array(Corpus.questionnaires.dropLast(Corpus.bundled.isEmpty ? 0 : 1))
        var loaded = 0
        for i in 0..<Fuzz.iterations(400) {
            var rng = Fuzz.generator(target, i)
            // The bundled questionnaire is 60 kB: one input in ten, so the run stays short.
            let base = !Corpus.bundled.isEmpty && rng.chance(0.1) ? Corpus.bundled : rng.pick(small)
            let input = mutator.mutate(base, corpus: Corpus.questionnaires, rng: &rng)
            CrashInput.record(input, slot: slot)
            let result = QuestionnaireLoader.load(bytes: input, path: "fuzz.yaml")
            let label = Fuzz.label(target, i)
            checkDiagnostics(result, input: input, label: label)
            if let questionnaire = result.questionnaire {
                loaded += 1
                for _ in 0..<2 { checkScoring(questionnaire, rng: &rng, label: label) }
            }
        }
        #expect(loaded > 0, "no mutant loaded: the scoring half tested nothing")
    }

    /// Every corpus questionnaire, unchanged, loads and scores (the fuzz starts from valid inputs).
    @Test func corpusLoads() {
        #expect(Corpus.loaded.count == Corpus.questionnaires.count)
        var rng = Fuzz.generator("corpus", 0)
        for questionnaire in Corpus.loaded {
            for _ in 0..<20 { checkScoring(questionnaire, rng: &rng, label: questionnaire.id) }
        }
    }
}

/// Diagnostics point at a real place, say something, and agree with the result
/// (`LoadingProperties`, which the libFuzzer harness checks too).
func checkDiagnostics(_ result: QuestionnaireLoader.Result, input: [UInt8], label: String) {
    for failure in LoadingProperties.failures(of: result, input: input) {
        Issue.record("\(label): \(failure)\ninput: \(Fuzz.preview(input))")
    }
}

/// Scores a random assessment: every score in range, levels where scores are (`ScorecardProperties`),
/// reports render.
func checkScoring(_ questionnaire: Questionnaire, rng: inout SplitMix64, label: String) {
    let answers = RandomValues.answers(for: questionnaire, rng: &rng)
    let card = Scorecard(questionnaire: questionnaire, answers: answers)
    for failure in ScorecardProperties.failures(of: card) { Issue.record("\(label): \(failure)") }
    let assessment = Assessment(
        questionnaire: .init(id: questionnaire.id, version: questionnaire.version, sha256: questionnaire.sha256),
        site: .init(id: "fuzz", name: RandomValues.text(rng: &rng, short: true)), date: "2026-11-29", answers: answers)
    let model = ReportModel(questionnaire: questionnaire, assessment: assessment, previous: rng.chance(0.3) ? (questionnaire, assessment) : nil)
    _ = TextReport.render(model, colour: rng.chance(0.5))
    _ = CSVReport.render(model)
    let json = JSONReport.render(model)
    if (try? JSONParser.parse(Array(json.utf8))) == nil {
        Issue.record("\(label): the JSON report is not JSON")
    }
}
