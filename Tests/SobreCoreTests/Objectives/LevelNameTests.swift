@testable import SobreCore
import Testing

/// A level given as `sobre targets` and the interview take it: its id, or its name in any case,
/// with or without its accents; a name written exactly wins over one matched without accents.
@Suite struct LevelNameTests {
    @Test(arguments: [("2", 2), ("Engagé", 2), ("ENGAGÉ", 2), ("engage", 2), ("structure", 3), ("Découverte", 1),
                      ("decouverte", 1), ("de\u{301}couverte", 1), ("5", nil), ("0", nil), ("", nil), ("engag", nil), ("-", nil),
                      ("exemplaires", nil), ("en-gage", nil), ("engage!", nil), ("engage ", nil)] as [(String, Int?)])
    func aLevelByIdOrName(_ text: String, _ level: Int?) throws {
        #expect(TargetsEdit.level(text, in: try ObjectivesFixture.questionnaire()) == level)
    }

    /// Two levels whose names differ only by an accent: each written exactly is itself.
    @Test func aNameWrittenExactlyWins() throws {
        var q = try ObjectivesFixture.questionnaire()
        q.levels[0].name = "Resume"
        q.levels[1].name = "Résumé"
        #expect(TargetsEdit.level("Résumé", in: q) == 2)
        #expect(TargetsEdit.level("resume", in: q) == 1)
    }
}
