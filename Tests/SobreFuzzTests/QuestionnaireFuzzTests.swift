import SobreCore
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

/// Diagnostics point at a real place, say something, and agree with the result.
func checkDiagnostics(_ result: QuestionnaireLoader.Result, input: [UInt8], label: String) {
    let lines = yamlLineCount(input)
    for d in result.diagnostics {
        guard let place = d.location else {
            Issue.record("\(label): diagnostic without a place: \(d.message)\ninput: \(Fuzz.preview(input))")
            continue
        }
        if place.line < 1 || place.column < 1 || place.line > lines {
            Issue.record("\(label): diagnostic at \(place.line):\(place.column) (\(lines) lines): \(d.message)\ninput: \(Fuzz.preview(input))")
        }
        if d.message.allSatisfy(\.isWhitespace) {
            Issue.record("\(label): empty message at \(place)\ninput: \(Fuzz.preview(input))")
        }
    }
    if result.diagnostics.hasErrors != (result.questionnaire == nil) {
        Issue.record("\(label): errors \(result.diagnostics.hasErrors) but questionnaire \(result.questionnaire == nil ? "nil" : "present")")
    }
}

/// Lines as YAML counts them: a line ends with LF, CRLF, a lone CR, NEL, LS or PS (so a file
/// with lone carriage returns has more lines than LFs, and diagnostics may point there).
func yamlLineCount(_ bytes: [UInt8]) -> Int {
    var count = 1
    var k = 0
    while k < bytes.count {
        switch bytes[k] {
        case 0x0A: count += 1
        case 0x0D: count += 1
            if k + 1 < bytes.count, bytes[k + 1] == 0x0A { k += 1 }
        case 0xC2 where k + 1 < bytes.count && bytes[k + 1] == 0x85: count += 1
        case 0xE2 where k + 2 < bytes.count && bytes[k + 1] == 0x80 && (bytes[k + 2] == 0xA8 || bytes[k + 2] == 0xA9): count += 1
        default: break
        }
        k += 1
    }
    return count
}

/// Scores a random assessment: every score in range, levels where scores are, reports render.
func checkScoring(_ questionnaire: Questionnaire, rng: inout SplitMix64, label: String) {
    let answers = RandomValues.answers(for: questionnaire, rng: &rng)
    let card = Scorecard(questionnaire: questionnaire, answers: answers)
    for result in card.questions {
        if let s = result.score, !(0...1).contains(s) {
            Issue.record("\(label): question \(result.question.fullID) scores \(s)")
        }
    }
    for theme in card.themes {
        if let s = theme.score, !(0...100).contains(s) {
            Issue.record("\(label): theme \(theme.theme.id) scores \(s)")
        }
        if (theme.score == nil) != (theme.level == nil) {
            Issue.record("\(label): theme \(theme.theme.id) score \(String(describing: theme.score)) level \(String(describing: theme.level))")
        }
    }
    if let s = card.overallScore, !(0...100).contains(s) {
        Issue.record("\(label): overall score \(s)")
    }
    if (card.overallScore == nil) != (card.overallLevel == nil) {
        Issue.record("\(label): overall score \(String(describing: card.overallScore)) level \(String(describing: card.overallLevel))")
    }
    if Set(card.plan.map(\.action.id)).count != card.plan.count {
        Issue.record("\(label): an action twice in the plan")
    }
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
