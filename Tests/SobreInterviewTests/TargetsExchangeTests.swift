import SobreCore
@testable import SobreInterview
import Testing

/// The objectives exchange at the end of a terminal interview (SPEC §9): it adds to what the
/// file holds and is never offered to the head office (SPEC §12).
@Suite struct TargetsExchangeTests {
    /// The fixture's answers to the end: sponsor, referent, printing, shutdown, comment.
    static let answers = ["2", "non", "1", "5", ""]

    @Test func theObjectivesAlreadyThereStayAndATypedLevelReplacesOnlyItsOwn() {
        var assessment = Fixtures.assessment(Fixtures.questionnaire)
        assessment.targets = Targets(by: 2030, overall: 2, themes: [.init(id: "gouv", level: 2)],
                                     indicators: [.init(id: "electricite", percent: -20)])
        // Yes, Enter for the year (the file's 2030), overall Enter (kept), gouv 1, usages Enter.
        let run = run(Self.answers + ["oui", "", "", "1", ""], assessment: assessment, interactive: true)
        #expect(run.outcome == .complete)
        let targets = run.final.targets
        #expect(targets?.by == 2030)
        #expect(targets?.overall == 2)
        #expect(targets?.themes == [.init(id: "gouv", level: 1)])
        #expect(targets?.indicators == [.init(id: "electricite", percent: -20)])
    }

    /// A level is typed by its id or by its name, in any case, as `sobre targets` takes it; a
    /// name the questionnaire does not have is refused and asked again.
    @Test func aLevelIsTypedByItsIdOrItsName() {
        let names = Fixtures.questionnaire.levels.map(\.name)
        #expect(names.count >= 2)
        let assessment = Fixtures.assessment(Fixtures.questionnaire)
        // Yes, Enter for the year, overall by the second level's name in capitals, gouv by a
        // name that is no level (refused) then the first level's name, usages by id.
        let run = run(Self.answers + ["oui", "", names[1].uppercased(), "niveau inconnu", Slug.withoutAccents(names[0]), "1"],
                      assessment: assessment, interactive: true)
        #expect(run.outcome == .complete)
        let levels = Fixtures.questionnaire.levels
        #expect(run.final.targets?.overall == levels[1].id)
        #expect(run.final.targets?.themes == [.init(id: "gouv", level: levels[0].id), .init(id: "usages", level: 1)])
        #expect(Slug.withoutAccents(names[0]) != names[0])   // typed without its accent
        let list = levels.map { "\($0.id) \($0.name)" }.joined(separator: ", ")
        #expect(run.output.contains("Répondez par le numéro d’un niveau (1–\(levels.last?.id ?? 0)) ou son nom (\(list))"))
    }

    @Test func aYearBeforeTheAssessmentsIsNeverSuggested() {
        var assessment = Fixtures.assessment(Fixtures.questionnaire)
        assessment.targets = Targets(by: 2020, overall: 2)
        let run = run(Self.answers + ["oui", "", "", "", ""], assessment: assessment, interactive: true)
        #expect(run.final.targets?.by == 2026)
    }

    /// Enter near the end of the years a file holds suggests a year the file can hold.
    @Test func theSuggestedYearIsOneTheFileCanHold() {
        var assessment = Fixtures.assessment(Fixtures.questionnaire)
        assessment.date = "9998-03-01"
        // Yes, Enter for the year (three years on would be 10001), overall level 2.
        let run = run(Self.answers + ["oui", "", "2", "", ""], assessment: assessment, interactive: true)
        #expect(run.final.targets?.by == TargetsCheck.years.upperBound)
    }

    @Test func theHeadOfficeIsNotOfferedObjectives() {
        let yaml = Fixtures.yaml.replacingOccurrences(of: "    title: Usages\n", with: "    title: Usages\n    scope: association\n")
        let questionnaire = Fixtures.load(yaml)
        var assessment = Fixtures.assessment(questionnaire)
        assessment.kind = .association
        // Were the exchange offered, "oui", 2030 and level 2 would set an overall objective.
        let run = run(["1", "5", "", "oui", "2030", "2"], questionnaire: questionnaire, assessment: assessment, interactive: true)
        #expect(run.outcome == .complete)
        #expect(run.final.targets == nil)
    }
}
