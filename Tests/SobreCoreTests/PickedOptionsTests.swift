import Testing
@testable import SobreCore
import SobreJSON

/// The options of a multiple choice as expressions see them: a set, as `Set<String>` was.
@Suite struct PickedOptionsTests {
    @Test func idsAreKeptOnceInTheirFirstOrder() {
        let picked = PickedOptions(["b", "a", "b", "c", "a"])
        #expect(picked.ids == ["b", "a", "c"])
        #expect(picked.count == 3)
        #expect(picked.contains("c"))
        #expect(!picked.contains("d"))
    }

    @Test func equalityIsASetsWhateverTheOrder() {
        #expect(PickedOptions(["a", "b"]) == ["b", "a"])
        #expect(PickedOptions(["a", "b", "a"]) == ["b", "a"])
        #expect(PickedOptions(["a", "b"]) != ["a"])
        #expect(PickedOptions(["a", "b"]) != ["a", "c"])
        #expect(PickedOptions([]) == [])
        #expect(ExpressionValue.set(["x", "y"]) == .set(["y", "x"]))
    }

    /// Texts compare as Swift compares them, as in a `Set<String>`: é in one piece or two is one id.
    @Test func idsCompareAsASetOfTextsComparesThem() {
        let composed = "caf\u{E9}"
        let decomposed = "cafe\u{301}"
        let picked = PickedOptions([composed, decomposed])
        #expect(picked.count == Set([composed, decomposed]).count)
        #expect(picked.contains(decomposed) == Set([composed]).contains(decomposed))
    }

    /// A multiple-choice answer reads to the same set of ids, each once, whatever the order.
    @Test func aMultipleChoiceReadsToItsSet() throws {
        let options = ["a", "b", "c"].map { AnswerOption(id: $0, label: $0, score: 0.25) }
        let kind = Question.Kind.multiple(options)
        let reading = try #require(AnswerInterpreter.read(.array([.string("c"), .string("a"), .string("c")]), kind: kind))
        #expect(reading.value == .set(["a", "c"]))
        #expect(reading.score == 0.5)
        if case .set(let picked) = reading.value { #expect(picked.ids == ["c", "a"]) } else { Issue.record("not a set") }
    }

    /// Options kept as the texts of an answer's array are the same options as those ids: the
    /// same ids in the same order, count, membership and equality, either way round.
    @Test func textsOfAnAnswerAreTheOptionsTheyName() {
        let texts = PickedOptions(distinctTexts: [.string("c"), .string("a"), .string("caf\u{E9}")])
        let ids = PickedOptions(distinct: ["c", "a", "caf\u{E9}"])
        #expect(texts.ids == ["c", "a", "caf\u{E9}"])
        #expect(texts.count == 3)
        #expect(texts.contains("a") && texts.contains("cafe\u{301}") && !texts.contains("b"))
        #expect(texts == ids && ids == texts)
        #expect(texts == ["a", "caf\u{E9}", "c"])
        #expect(texts != ["a", "c"] && PickedOptions(["a", "c"]) != texts)
        #expect(PickedOptions(distinctTexts: []) == [])
    }
}
