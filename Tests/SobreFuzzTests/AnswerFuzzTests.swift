import SobreCore
import SobreJSON
@testable import SobreInterview
import Testing

/// What may be typed at the interview prompt: random lines into the answer parser for every
/// question type, and random sessions of answers and commands.
@Suite struct AnswerFuzzTests {
    static let questions = Corpus.loaded.flatMap(\.questions)

    static func line(_ rng: inout SplitMix64) -> String {
        let pieces = [
            "1", "2", "3", "0", "-1", "12,5", "12.5", "1 200", "1\u{A0}200", "1\u{202F}200,5", "1e3", "0x10", "+4", ".5", "5.",
            "99999999999999999999", "1" + String(repeating: "0", count: 400), "non", "oui", "o", "n", "yes", "NON", "realise",
            "recto_verso", "badge", "aucune", "formel", ",", ";", " ", "  ", "\t", "heures", "postes", "%", "na", "q", "?", "<", ">",
            "note ", "aller ", "goto ", "sommaire", "relire", "\u{0}", "\u{7}", "\u{1B}[A", "\u{7F}", "\u{85}", "\u{200F}",
            "\u{202E}", "\u{2067}", "\u{2028}", "\u{FEFF}", "\u{FFFD}", "e\u{301}", "👩‍👩‍👧", "٣", "１２", "\r",
        ]
        var line = ""
        for _ in 0..<rng.int(0...6) { line += rng.pick(pieces) }
        switch rng.int(0...19) {
        case 0: line += String(decoding: rng.bytes(rng.int(1...40)), as: UTF8.self)
        case 1: line += String(repeating: rng.pick(pieces), count: rng.int(100...3_000))
        default: break
        }
        return line
    }

    /// A line of 1 MB, of digits or of words, at a question of each type.
    @Test func oneMegabyteLines() {
        var kinds: Set<String> = []
        for question in Self.questions where kinds.insert(question.kind.name).inserted {
            for line in [String(repeating: "1", count: 1 << 20), String(repeating: "non ", count: 1 << 16)] {
                switch AnswerParser.parse(line, for: question, language: .fr) {
                case .value(let value):
                    #expect(AnswerInterpreter.fits(value, question), "\(question.fullID)")
                case .nothing:
                    Issue.record("\(question.fullID): nothing recorded for a long line")
                case .refused(let reason):
                    checkOneLine(reason, label: question.fullID, typed: line)
                }
            }
        }
        #expect(kinds.count == 6)
    }

    @Test func randomLinesForEveryQuestionType() {
        let slot = CrashInput.slot(for: "answer")
        defer { CrashInput.clear(slot: slot) }
        for i in 0..<Fuzz.iterations(3_000) {
            var rng = Fuzz.generator("answer", i)
            let question = rng.pick(Self.questions)
            let input = Self.line(&rng)
            CrashInput.record(Array(input.utf8), slot: slot)
            let label = Fuzz.label("answer", i) + " (\(question.fullID), \(question.kind.name))"
            let trimmed = rng.chance(0.8) ? input.trimmingSpaces : input
            switch AnswerParser.parse(trimmed, for: question, language: rng.chance(0.5) ? .fr : .en) {
            case .value(let value):
                if !AnswerInterpreter.fits(value, question) {
                    Issue.record("\(label): accepted \(JSONWriter.string(value, pretty: false)) that scoring ignores; typed \(trimmed.debugDescription)")
                }
            case .nothing:
                if case .text = question.kind, trimmed.isEmpty {} else {
                    Issue.record("\(label): nothing recorded for \(trimmed.debugDescription)")
                }
            case .refused(let reason):
                checkOneLine(reason, label: label, typed: trimmed)
            }
        }
    }

    /// Random lines, commands included, through whole interviews saved in memory.
    @Test func randomSessions() throws {
        let slot = CrashInput.slot(for: "session")
        defer { CrashInput.clear(slot: slot) }
        // A whole session costs about fifty parses: one session per fifty iterations.
        for i in 0..<max(1, Fuzz.iterations(3_000) / 50) {
            var rng = Fuzz.generator("session", i)
            let questionnaire = rng.pick(Corpus.loaded)
            let words = ["<", ">", "?", "na", "note x", "note", "sommaire", "relire", "aller 2", "aller 999", "goto 0", "oui", "non", ""]
            let lines = (0..<rng.int(0...80)).map { _ in rng.chance(0.4) ? rng.pick(words) : Self.line(&rng) }
            CrashInput.record(Array(lines.joined(separator: "\n").utf8), slot: slot)
            let reader = ScriptedLineReader(lines)
            var saved = 0
            let session = InterviewSession(
                questionnaire: questionnaire,
                assessment: Assessment(questionnaire: .init(id: questionnaire.id, version: questionnaire.version, sha256: questionnaire.sha256),
                                       site: .init(id: "s"), date: "2026-11-29"),
                reader: reader, output: { _ in },
                save: { a in
                    saved += 1
                    _ = try AssessmentCodec.decode(AssessmentCodec.bytes(a))
                },
                clock: { "2026-11-29T09:12:00Z" }, filePath: "/tmp/x.json", interactive: rng.chance(0.5))
            let outcome = session.run()
            if case .saveFailed(let reason) = outcome {
                Issue.record("\(Fuzz.label("session", i)): a save did not read back: \(reason)")
            }
            #expect(saved > 0 || lines.isEmpty || outcome == .endOfInput || outcome == .quit)
        }
    }
}

/// A refusal is one short line: no line break or control character, not the whole input echoed.
func checkOneLine(_ reason: String, label: String, typed: String) {
    if reason.isEmpty { Issue.record("\(label): empty reason") }
    if reason.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0 == "\u{2028}" || $0 == "\u{2029}" }) {
        Issue.record("\(label): the reason is not one line: \(reason.debugDescription.prefix(300))")
    }
    if reason.unicodeScalars.count > 400 {
        Issue.record("\(label): a reason of \(reason.unicodeScalars.count) characters for \(typed.unicodeScalars.count) typed")
    }
}
