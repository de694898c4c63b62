import SobreCore
@testable import SobreInterview
import Testing

@Suite struct AnswerParserTests {
    func question(_ kind: Question.Kind) -> Question {
        Question(id: "q", themeID: "t", text: "?", kind: kind)
    }

    @Test func decimalCommaSpacesAndUnit() {
        let q = question(.number(NumberRules(min: 0, unit: "m²")))
        #expect(AnswerParser.parse("12,5", for: q, language: .fr) == .value(.number(12.5)))
        #expect(AnswerParser.parse("12.5", for: q, language: .fr) == .value(.number(12.5)))
        #expect(AnswerParser.parse("1 200", for: q, language: .fr) == .value(.number(1200)))
        #expect(AnswerParser.parse("1 200,5", for: q, language: .fr) == .value(.number(1200.5)))
        #expect(AnswerParser.parse("40 m²", for: q, language: .fr) == .value(.number(40)))
        #expect(AnswerParser.parse("12 5", for: q, language: .fr) == .refused("« 12 5 » n’est pas un nombre (exemples : 12 ou 12,5)"))
        #expect(AnswerParser.parse("1e3", for: q, language: .fr) == .refused("« 1e3 » n’est pas un nombre (exemples : 12 ou 12,5)"))
        #expect(AnswerParser.parse("nan", for: q, language: .fr) == .refused("« nan » n’est pas un nombre (exemples : 12 ou 12,5)"))
        #expect(AnswerParser.parse("1,2,3", for: q, language: .fr) == .refused("« 1,2,3 » n’est pas un nombre (exemples : 12 ou 12,5)"))
        #expect(AnswerParser.parse("-0,5", for: q, language: .fr) == .refused("le nombre doit être au moins 0"))
    }

    @Test func booleanWordsInBothLanguages() {
        let q = question(.boolean(yes: 1, no: 0))
        for word in ["oui", "O", "yes", "y", "OUI"] { #expect(AnswerParser.parse(word, for: q, language: .fr) == .value(.bool(true))) }
        for word in ["non", "n", "No"] { #expect(AnswerParser.parse(word, for: q, language: .en) == .value(.bool(false))) }
        #expect(AnswerParser.parse("1", for: q, language: .en) == .refused("answer yes or no (y/n)"))
    }

    @Test func multipleKeepsTheQuestionsOrder() {
        let q = question(.multiple([
            AnswerOption(id: "a", label: "A", score: 0.5), AnswerOption(id: "b", label: "B", score: 0.5),
            AnswerOption(id: "c", label: "C", score: 0.5),
        ]))
        #expect(AnswerParser.parse("c;a", for: q, language: .fr) == .value(.array([.string("a"), .string("c")])))
        #expect(AnswerParser.parse("3  2", for: q, language: .fr) == .value(.array([.string("b"), .string("c")])))
        #expect(AnswerParser.parse("a, 1", for: q, language: .fr) == .refused("« A » est donné deux fois"))
        #expect(AnswerParser.parse("0", for: q, language: .en) == .refused("there is no option 0: 1 to 3"))
    }

    @Test func textKeepsTheLineAndEmptyIsNothing() {
        let q = question(.text)
        #expect(AnswerParser.parse("Une note, avec des virgules", for: q, language: .fr) == .value(.string("Une note, avec des virgules")))
        #expect(AnswerParser.parse("", for: q, language: .fr) == .nothing)
    }

    @Test func commandWords() {
        #expect(InterviewCommandWord.parse("?") == .help)
        #expect(InterviewCommandWord.parse("AIDE") == .help)
        #expect(InterviewCommandWord.parse("back") == .back)
        #expect(InterviewCommandWord.parse(">") == .skip)
        #expect(InterviewCommandWord.parse("na") == .notApplicable)
        #expect(InterviewCommandWord.parse("note   Vu avec la DAF ") == .note("Vu avec la DAF"))
        #expect(InterviewCommandWord.parse("aller 12") == .goto("12"))
        #expect(InterviewCommandWord.parse("goto") == .goto(""))
        #expect(InterviewCommandWord.parse("sommaire") == .summary)
        #expect(InterviewCommandWord.parse("review") == .review)
        #expect(InterviewCommandWord.parse("quitter") == .quit)
        #expect(InterviewCommandWord.parse("notes") == nil)
        #expect(InterviewCommandWord.parse("informel") == nil)
    }
}
