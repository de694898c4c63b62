import Foundation
import Testing
@testable import SobreCore
import SobreDemo
import SobreJSON

/// Scoring the options a scan recognised from the choice columns (`ChoiceTable`): the same value
/// and the same score, to the last bit, as reading the answer through the question's kind.
@Suite struct ChoiceTableTests {
    /// Scores whose sum depends on the order they are added in: 0.1 + 0.2 + 0.3 is not
    /// 0.3 + 0.2 + 0.1 in binary, so a sum in another order than the options' shows.
    static let options = [AnswerOption(id: "a", label: "A", score: 0.1), AnswerOption(id: "b", label: "B", score: 0.2),
                          AnswerOption(id: "c", label: "C", score: 0.3), AnswerOption(id: "aucun", label: "Aucun", score: 0, exclusive: true)]
    static let questions = [Question(id: "un", themeID: "t", text: "?", kind: .single(options)),
                            Question(id: "plusieurs", themeID: "t", text: "?", kind: .multiple(options)),
                            Question(id: "n", themeID: "t", text: "?", kind: .number(.init()))]

    static func marks(_ ids: [String]) -> UInt64 {
        ids.reduce(0) { marks, id in marks | 1 << UInt64(options.firstIndex { $0.id == id } ?? 0) }
    }

    static func same(_ a: (value: ExpressionValue, score: Double?)?, _ b: (value: ExpressionValue, score: Double?)?) -> Bool {
        switch (a, b) {
        case (nil, nil): true
        case let (x?, y?): x.value == y.value && x.score?.bitPattern == y.score?.bitPattern && x.value.pickedInOrder == y.value.pickedInOrder
        default: false
        }
    }

    @Test func theOrderOfTheScoresShows() {
        let forward: Double = 0.1 + 0.2 + 0.3
        let backward: Double = 0.3 + 0.2 + 0.1
        #expect(forward != backward)
    }

    @Test func aSingleChoiceReadsItsOption() throws {
        let table = ChoiceTable(Self.questions)
        for option in Self.options {
            let raw = JSONValue.string(option.id)
            let quick = try #require(table.read(raw, at: 0, recognised: Self.marks([option.id])))
            #expect(Self.same(quick, AnswerInterpreter.read(raw, kind: Self.questions[0].kind)), "\(option.id)")
            #expect(quick?.score == option.score)
        }
    }

    /// Every choice of one to three options, in every order they can be written in, and each
    /// with the exclusive option.
    @Test func aMultipleChoiceReadsAsItsKindReadsIt() throws {
        let table = ChoiceTable(Self.questions)
        let plain = ["a", "b", "c"]
        var choices: [[String]] = []
        for first in plain {
            choices.append([first])
            for second in plain where second != first {
                choices.append([first, second])
                for third in plain where third != first && third != second { choices.append([first, second, third]) }
            }
        }
        choices += choices.map { $0 + ["aucun"] } + [["aucun"]]
        for ids in choices {
            let raw = JSONValue.array(ids.map(JSONValue.string))
            let quick = try #require(table.read(raw, at: 1, recognised: Self.marks(ids)), "\(ids)")
            let slow = AnswerInterpreter.read(raw, kind: Self.questions[1].kind)
            #expect(Self.same(quick, slow), "\(ids)")
            // The exclusive option with another does not fit; alone it does.
            #expect((quick == nil) == (ids.count > 1 && ids.contains("aucun")), "\(ids)")
        }
        let sum = try #require(table.read(.array([.string("c"), .string("b"), .string("a")]), at: 1, recognised: Self.marks(["a", "b", "c"])))
        let forward: Double = 0.1 + 0.2 + 0.3
        #expect(sum?.score == forward)
    }

    /// What the columns cannot say is left to the question's kind.
    @Test func whatTheMarksDoNotCoverIsLeftToTheKind() {
        let table = ChoiceTable(Self.questions)
        // No marks; a mark beyond the options; two marks for a single choice.
        #expect(table.read(.string("a"), at: 0, recognised: 0) == nil)
        #expect(table.read(.string("a"), at: 0, recognised: 1 << 4) == nil)
        #expect(table.read(.string("a"), at: 0, recognised: 0b11) == nil)
        // A list given to a single choice, a text to a multiple one.
        #expect(table.read(.array([.string("a")]), at: 0, recognised: 1) == nil)
        #expect(table.read(.string("a"), at: 1, recognised: 1) == nil)
        // An option named twice: the kind keeps each id once.
        #expect(table.read(.array([.string("a"), .string("a")]), at: 1, recognised: 1) == nil)
        // A question without options, one beyond the questions.
        #expect(table.read(.number(2), at: 2, recognised: 1) == nil)
        #expect(table.read(.string("a"), at: 3, recognised: 1) == nil)
        // Options with equal ids (no questionnaire that loads has them) are not in the columns.
        let twice = ChoiceTable([Question(id: "d", themeID: "t", text: "?", kind: .single(Self.options + [Self.options[0]]))])
        #expect(twice.count == [0])
        #expect(twice.read(.string("a"), at: 0, recognised: 1) == nil)
    }

    /// The demo's files, scanned as a comparison scans them, mark most choices, and score exactly
    /// as the decoder's answers do.
    @Test func scannedFilesScoreAsDecodedOnes() throws {
        let q = try #require(AssessmentScanTests.bundled)
        let source = ComparedQuestionnaire(q)
        var marked = 0
        var choices = 0
        for a in DemoAssociation(siteCount: 6).assessments(questionnaire: q) where a.targets == nil {
            let bytes = AssessmentCodec.bytes(a)
            let scan = try #require(AssessmentScan(bytes, placing: { _ in source }))
            let slots = try #require(source.slots(of: scan))
            for (k, slot) in slots.enumerated() where q.lookup.choices.count[k] > 0 && slot?.value != nil {
                choices += 1
                if slot?.recognised != 0 { marked += 1 }
            }
            let quick = Scorecard(questionnaire: q, slots: slots)
            let full = Scorecard(questionnaire: q, answers: a.answers)
            #expect(quick.overallScore?.bitPattern == full.overallScore?.bitPattern, "\(a.site.id) \(a.date)")
            #expect(quick.themes.map(\.score?.bitPattern) == full.themes.map(\.score?.bitPattern))
            #expect(quick.questions.map(\.score?.bitPattern) == full.questions.map(\.score?.bitPattern))
            #expect(quick.questions.map(\.expressionValue) == full.questions.map(\.expressionValue))
            #expect(quick.plan.map(\.action.id) == full.plan.map(\.action.id))
        }
        // Every choice answer the demo writes is one of its question's options.
        #expect(choices > 100)
        #expect(marked == choices)
    }
}
