import SobreCore
@testable import SobreReport
import Testing

/// Rounding a score for display never puts it at or above the threshold of a level it does not
/// reach, nor below the threshold of the level it reaches (docs/reference/scoring.md,
/// "Rounding for display").
@Suite struct ShownScoreTests {
    /// The bundled questionnaire's thresholds.
    static let levels = [
        Level(id: 1, name: "Découverte", min: 0), Level(id: 2, name: "Engagé", min: 30),
        Level(id: 3, name: "Structuré", min: 55), Level(id: 4, name: "Exemplaire", min: 80),
    ]

    @Test func aScoreJustBelowALevelIsNotShownAtItsThreshold() {
        #expect(AnswerText.score(54.6, levels: Self.levels) == "54")
        #expect(AnswerText.score(54.5, levels: Self.levels) == "54")
        #expect(AnswerText.score(79.99, levels: Self.levels) == "79")
        #expect(AnswerText.score(29.5, levels: Self.levels) == "29")
        // Without levels (a question's score) the same numbers round half-up.
        #expect(AnswerText.score(54.6, levels: []) == "55")
    }

    @Test func aScoreThatReachesALevelIsShownAtItsThreshold() {
        // 54.99999999999999 reaches 55 (min <= score + 1e-9): the level and the number agree.
        #expect(Self.levels[2].isReached(by: 54.99999999999999))
        #expect(AnswerText.score(54.99999999999999, levels: Self.levels) == "55")
        #expect(AnswerText.score(55, levels: Self.levels) == "55")
        // A threshold that is no whole number: a score reaching it is not shown below it.
        let odd = [Level(id: 1, name: "Bas", min: 0), Level(id: 2, name: "Haut", min: 55.3)]
        #expect(AnswerText.score(55.3, levels: odd) == "56")
        #expect(AnswerText.score(55.2, levels: odd) == "55")
    }

    @Test func otherScoresRoundHalfUp() {
        #expect(AnswerText.score(89.5, levels: Self.levels) == "90")
        #expect(AnswerText.score(96.7, levels: Self.levels) == "97")
        #expect(AnswerText.score(100, levels: Self.levels) == "100")
        #expect(AnswerText.score(54.4, levels: Self.levels) == "54")
        #expect(AnswerText.score(30.4, levels: Self.levels) == "30")
        #expect(AnswerText.score(0.2, levels: Self.levels) == "0")
        #expect(AnswerText.score(nil, levels: Self.levels) == "—")
    }

    @Test func oneDecimalFollowsTheSameRule() {
        #expect(ShownScore.value(54.96, levels: Self.levels, decimals: 1) == 54.9)
        #expect(ShownScore.value(54.94, levels: Self.levels, decimals: 1) == 54.9)
        #expect(ShownScore.value(54.99999999999999, levels: Self.levels, decimals: 1) == 55)
        #expect(ShownScore.value(89.46, levels: Self.levels, decimals: 1) == 89.5)
        #expect(ShownScore.value(-3.45, levels: [], decimals: 1) == -3.5)
    }

    @Test func levelsCloserThanOneStepNeverShowAnUnreachedThreshold() {
        let close = [Level(id: 1, name: "A", min: 0), Level(id: 2, name: "B", min: 55.2), Level(id: 3, name: "C", min: 55.8)]
        // 55.5 reaches B (from 55.2, shown at least 56) but not C (from 55.8, shown below 56): C's bound wins.
        #expect(AnswerText.score(55.5, levels: close) == "55")
    }
}
