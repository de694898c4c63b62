import SobreCore
@testable import SobreInterview
import Testing

/// Which question comes next, computed with no terminal and no file.
@Suite struct InterviewNavigatorTests {
    let q = Fixtures.questionnaire

    @Test func theOrderFollowsRelevance() {
        var nav = InterviewNavigator(questionnaire: q, answers: AnswerSet())
        // `temps` is asked only once a referent is named.
        #expect(nav.relevantIDs == ["gouv.sponsor", "gouv.referent", "usages.impression", "usages.extinction", "usages.commentaire"])
        #expect(nav.firstOpen(after: "gouv.referent") == "usages.impression")
        var answers = AnswerSet()
        answers["gouv.referent"] = Answer(value: .bool(true))
        nav.update(answers)
        #expect(nav.firstOpen(after: "gouv.referent") == "gouv.temps")
        #expect(nav.number(of: "gouv.temps") == 3)
        #expect(nav.position(of: "gouv.temps").inTheme == 3)
        #expect(nav.position(of: "gouv.temps").themeCount == 3)
        #expect(nav.position(of: "usages.impression").overall == 4)
        #expect(nav.position(of: "usages.impression").total == 6)
    }

    @Test func backGotoAndSkipping() {
        var nav = InterviewNavigator(questionnaire: q, answers: AnswerSet())
        #expect(nav.previous("gouv.sponsor") == nil)
        #expect(nav.previous("usages.impression") == "gouv.referent")
        #expect(nav.question(number: 1) == "gouv.sponsor")
        #expect(nav.question(number: 0) == nil)
        #expect(nav.question(number: 6) == nil)
        nav.skip("gouv.sponsor")
        #expect(nav.firstOpen(after: nil) == "gouv.referent")
    }

    @Test func goingBackOverTheMissingRequiredOnes() {
        var answers = AnswerSet()
        answers["gouv.referent"] = Answer(value: .bool(false))
        var nav = InterviewNavigator(questionnaire: q, answers: answers)
        nav.skip("gouv.sponsor")
        nav.skip("usages.impression")
        #expect(nav.firstOpen(after: nil) == "usages.extinction")
        nav.goBackOverMissingRequired()
        // The optional comment is never asked again; the skipped required ones are.
        #expect(nav.firstOpen(after: nil) == "gouv.sponsor")
        #expect(nav.firstOpen(after: "usages.extinction") == nil)
        #expect(nav.missingRequired == ["gouv.sponsor", "usages.impression", "usages.extinction"])
    }
}
