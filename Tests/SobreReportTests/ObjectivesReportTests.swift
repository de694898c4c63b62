@testable import SobreCore
import SobreJSON
@testable import SobreReport
import Testing

/// Objectives in the reports (SPEC §9): which objectives are in force, the JSON keys, and the
/// text a director reads first.
@Suite struct ObjectivesReportTests {
    static func sample(targets own: Targets? = nil, previous: Targets?? = nil, file: Targets? = nil) throws -> ReportModel {
        let library = QuestionnaireLibrary(bundledDirectories: [Repository.path("Questionnaires")])
        let loaded = try AssessmentStore(library: library).open(Repository.path("Reports/examples/assessment.json"))
        var assessment = loaded.assessment
        assessment.targets = own
        var earlier: (Questionnaire, Assessment)?
        if case .some(let targets) = previous {
            var before = loaded.assessment
            before.date = "2025-11-19"
            before.answers = AnswerSet()
            before.targets = targets
            earlier = (loaded.questionnaire, before)
        }
        return ReportModel(questionnaire: loaded.questionnaire, assessment: assessment, previous: earlier, targets: file)
    }

    static let targets = Targets(by: 2029, overall: 3, themes: [.init(id: "pilotage", level: 3), .init(id: "achats", level: 4)])

    @Test func theAssessmentsOwnObjectivesComeFirstThenThePreviousThenTheFile() throws {
        let file = Targets(by: 2030, overall: 4)
        #expect(try Self.sample(targets: Self.targets, previous: .some(file), file: file).objectives?.source == .assessment)
        #expect(try Self.sample(previous: .some(Self.targets), file: file).objectives?.source == .previous)
        #expect(try Self.sample(previous: .some(nil), file: file).objectives?.source == .file)
        let none = try Self.sample()
        #expect(none.objectives == nil)
        #expect(none.nextLevel?.level.id == 3)
        #expect(try Self.sample(file: file).nextLevel == nil)
    }

    @Test func jsonHasTheRoadmapByYearAndNoNextLevel() throws {
        let root = try #require(JSONReport.value(try Self.sample(targets: Self.targets)).objectValue)
        #expect(root["next_level"] == nil)
        #expect(root["progress"] == nil)
        let roadmap = try #require(root["roadmap"]?.objectValue)
        #expect(roadmap["by"] == .number(2029))
        #expect(roadmap["source"] == .string("assessment"))
        let items = try #require(roadmap["targets"]?.arrayValue)
        #expect(items.map { $0.objectValue?["scope"] } == [.string("overall"), .string("theme"), .string("theme")])
        #expect(items.map { $0.objectValue?["now"] } == [.number(2), .number(1), .number(2)])
        let years = try #require(roadmap["years"]?.arrayValue).compactMap { $0.objectValue?["year"]?.numberValue }
        #expect(years == [2026, 2027])
    }

    @Test func progressSinceThePreviousAssessmentThatSetTheObjectives() throws {
        let model = try Self.sample(previous: .some(Self.targets))
        let progress = try #require(model.objectives?.progress)
        #expect(progress.baseline == "2025-11-19")
        #expect(progress.by == 2029)
        // A year out of the 4 years and 42 days to the end of 2029.
        #expect(progress.items.allSatisfy { $0.expected == 365.0 / 1503 })
        let root = try #require(JSONReport.value(model).objectValue)
        #expect(root["progress"]?.objectValue?["status"] != nil)
    }

    @Test func theTextReportStartsWithThisYearsShortList() throws {
        let text = TextReport.render(try Self.sample(targets: Self.targets))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let first = try #require(lines.firstIndex { $0.hasPrefix("À faire en 2026 pour les objectifs de 2029 : 4 actions") })
        #expect(first < (lines.firstIndex { $0.hasPrefix("Niveau global") } ?? 0))
        #expect(lines[first + 1] == "  - Écrire la consigne d'éteindre postes et écrans le soir et le week-end, et la rappeler — Direction")
        #expect(text.contains("  Achats responsables : Engagé → Exemplaire visé — atteint avec la feuille de route\n"))
        #expect(text.contains("Feuille de route\n  2026\n"))
    }

    @Test func aShortObjectiveIsSaidPlainlyWithThePointsMissing() throws {
        let model = try Self.sample()
        let item = Roadmap.Item(scope: .theme, id: "achats", target: 4, targetValue: nil, now: 2, projected: 3, scoreNow: 35,
                                scoreProjected: 73.6, status: .short, shortBy: 6.4)
        #expect(ObjectivesText.status(item, model) == "hors de portée du plan : il manquera 6 points, même tout fait")
        #expect(ObjectivesText.points(0.2) == "1 point")
    }

    /// An indicator objective is an estimate too: its amounts are rounded and carry the unit.
    @Test func aShortIndicatorObjectiveGivesRoundedAmountsWithTheirUnit() throws {
        let model = try Self.sample()
        let item = Roadmap.Item(scope: .indicator, id: "electricite", target: -20, targetValue: 8041.2, now: 10051.5, projected: 9721,
                                scoreNow: nil, scoreProjected: nil, status: .short, shortBy: 1680.3)
        #expect(ObjectivesText.status(item, model) == "hors de portée du plan : il resterait environ 1\u{A0}700\u{A0}kWh/an de trop, même tout fait")
        let (name, now, aim) = ObjectivesText.parts(item, model)
        #expect(name == "Électricité du numérique (estimation)")
        #expect(now == "10\u{A0}000\u{A0}kWh/an" && aim == "−20 % (8\u{A0}000\u{A0}kWh/an)")
    }

    @Test func withoutObjectivesThePathToTheNextLevelNamesTheThemeHoldingItDown() throws {
        let text = TextReport.render(try Self.sample())
        #expect(text.contains("Pour atteindre Structuré\u{A0}: 30 points en Portage et pilotage et 17 points de score global\u{A0}; ces 6 actions\u{A0}:\n"))
        let next = try #require(JSONReport.value(try Self.sample()).objectValue?["next_level"]?.objectValue)
        #expect(next["level"] == .number(3))
        #expect(next["held_by"] == .array([.object(JSONObject([("theme", .string("pilotage")), ("points", .number(30))]))]))
    }

    @Test func aTargetsFileIsCheckedAtItsLinesAndColumns() throws {
        let q = try Self.sample().questionnaire
        let yaml = "by: 2029\noverall: 7\nthemes:\n  achat: 3\n  usages: deux\n"
        guard case .failure(let problems) = TargetsFile.load(bytes: Array(yaml.utf8), path: "t.yaml", questionnaire: q) else {
            Issue.record("the file should be refused")
            return
        }
        let shown = problems.diagnostics.map(\.description)
        #expect(shown.count == 3)
        #expect(shown[0].hasPrefix("t.yaml:2:10: error: niveau 7 inconnu ; niveaux du questionnaire : 1 Découverte"))
        #expect(shown[1].hasPrefix("t.yaml:4:3: error: thème « achat » inconnu ; thèmes du questionnaire : parc, pilotage"))
        #expect(shown[2].hasPrefix("t.yaml:5:11: error:"))
        guard case .success(let good) = TargetsFile.load(bytes: Array("by: 2029\nthemes: { achats: 4 }\n".utf8), path: "t.yaml",
                                                         questionnaire: q) else {
            Issue.record("a good file is refused")
            return
        }
        #expect(good == Targets(by: 2029, themes: [.init(id: "achats", level: 4)]))
    }
}
