import SobreCore
import SobreJSON
import SobreReport
import Testing

/// The comparison's indicators and shared savings (SPEC §8) on a small association computed by
/// hand, with the `test-indicateurs` fixture (150 kWh a desktop, 40 a laptop, 0.20 € a kWh).
@Suite struct IndicatorCompareTests {
    static func questionnaire() throws -> Questionnaire {
        let fixture = FixtureQuestionnaire.indicators
        return try #require(QuestionnaireLoader.load(bytes: fixture.bytes, path: fixture.path).questionnaire)
    }

    static func assessment(_ site: String, _ values: [String: Answer], _ q: Questionnaire) -> ComparedAssessment {
        var answers = AnswerSet()
        for (id, answer) in values { answers[id] = answer }
        let a = Assessment(questionnaire: .init(id: q.id, version: q.version, sha256: q.sha256),
                           site: .init(id: site, name: site), date: "2026-11-29", answers: answers)
        return ComparedAssessment(file: site + ".json", assessment: a, questionnaire: q)
    }

    /// A: 10 desktops, 5 laptops, never switched off: 1500 kWh of desktops, 1700 in all, 340 €;
    /// plan saves 600 kWh and 120 € (switching off), 340 € (capped), 1350 kWh (laptops).
    /// B: 20 desktops, sometimes switched off: 3000 kWh, 600 €; saves 600 kWh and 120 €, then 2700 kWh.
    /// C: nothing answered: no estimate, no plan.
    static func comparison() throws -> Comparison {
        let q = try questionnaire()
        return Comparison(assessments: [
            assessment("a", ["parc.postes": Answer(value: .number(10)), "parc.portables": Answer(value: .number(5)),
                             "parc.serveurs": Answer(value: .number(0)), "usages.extinction": Answer(value: .string("jamais"))], q),
            assessment("b", ["parc.postes": Answer(value: .number(20)), "parc.portables": Answer(value: .number(0)),
                             "usages.extinction": Answer(value: .string("parfois"))], q),
            assessment("c", [:], q),
        ])
    }

    @Test func indicatorsOverTheLatestOfEachSite() throws {
        let indicators = try Self.comparison().summary.indicators
        #expect(indicators.map(\.id) == ["electricite_postes", "electricite", "cout", "par_serveur"])
        #expect(indicators.map(\.total) == [4500, 4700, 940, 0])
        #expect(indicators.map { $0.statistics?.count ?? 0 } == [2, 2, 2, 0])
        #expect(indicators.map { $0.statistics?.mean } == [2250, 2350, 470, nil])
        #expect(indicators.map { $0.statistics?.median } == [2250, 2350, 470, nil])
        #expect(indicators.map { $0.statistics?.min } == [1500, 1700, 340, nil])
        #expect(indicators.map { $0.statistics?.max } == [3000, 3000, 600, nil])
    }

    @Test func sharedProjectsSumTheirSitesSavings() throws {
        let common = try Self.comparison().summary.commonActions
        #expect(common.map(\.id) == ["extinction_postes", "portables_plutot"])
        #expect(common[0].saves == [IndicatorSaving(indicatorID: "electricite", amount: 1200), IndicatorSaving(indicatorID: "cout", amount: 240)])
        #expect(common[1].saves == [IndicatorSaving(indicatorID: "electricite", amount: 4050)])
    }

    @Test func jsonComparisonCarriesThemExactly() throws {
        let root = try #require(try JSONParser.parse(CompareJSON.bytes(try Self.comparison())).objectValue)
        let sites = try #require(root["sites"]?.arrayValue).compactMap { $0.objectValue?["latest"]?.objectValue?["indicators"] }
        #expect(sites == [
            .object(JSONObject([("electricite_postes", .number(1500)), ("electricite", .number(1700)), ("cout", .number(340)), ("par_serveur", .null)])),
            .object(JSONObject([("electricite_postes", .number(3000)), ("electricite", .number(3000)), ("cout", .number(600)), ("par_serveur", .null)])),
            .object(JSONObject([("electricite_postes", .null), ("electricite", .null), ("cout", .null), ("par_serveur", .null)])),
        ])
        let indicators = try #require(root["indicators"]?.arrayValue).compactMap(\.objectValue)
        #expect(indicators[1] == JSONObject([
            ("id", .string("electricite")), ("label", .string("Électricité du numérique")), ("unit", .string("kWh/an")),
            ("sites", .number(2)), ("total", .number(4700)), ("mean", .number(2350)), ("median", .number(2350)),
            ("min", .number(1700)), ("max", .number(3000)),
        ]))
        #expect(indicators[3]["sites"] == .number(0) && indicators[3]["total"] == .number(0) && indicators[3]["mean"] == .null)
        let common = try #require(root["common_actions"]?.arrayValue).compactMap { $0.objectValue?["saves"] }
        #expect(common == [.object(JSONObject([("electricite", .number(1200)), ("cout", .number(240))])),
                           .object(JSONObject([("electricite", .number(4050))]))])
    }

    @Test func factorsOverridesReachEveryQuestionnaireOfTheComparison() throws {
        let folder = try TemporaryFolder("sobre-indicators")
        defer { folder.remove() }
        let fixture = FixtureQuestionnaire.indicators
        let q = try Self.questionnaire()
        try FileIO.writeAtomically(fixture.bytes, to: folder.path + "/q.yaml")
        var answers = AnswerSet()
        answers["parc.postes"] = Answer(value: .number(10))
        let a = Assessment(questionnaire: .init(id: q.id, version: q.version, sha256: q.sha256),
                           site: .init(id: "a", name: "A"), date: "2026-11-29", answers: answers)
        try FileIO.writeAtomically(AssessmentCodec.bytes(a), to: folder.path + "/a.json")
        let library = QuestionnaireLibrary(bundledDirectories: [folder.path])
        let overrides = try #require(FactorOverrides.load(bytes: Array("euro_kwh: 0.3\n".utf8), path: "f.yaml", language: .fr).overrides)
        let plain = Comparison(paths: [folder.path + "/a.json"], library: library)
        let replaced = Comparison(paths: [folder.path + "/a.json"], library: library, factors: overrides)
        #expect(plain.errors.isEmpty && replaced.errors.isEmpty)
        // 1500 kWh at 0.20 €, then at 0.30 €.
        #expect(plain.summary.indicators.map(\.total) == [1500, 1500, 300, 0])
        #expect(replaced.summary.indicators.map(\.total) == [1500, 1500, 450, 0])
        #expect(replaced.questionnairesUsed.map { $0.factors.map(\.overridden) } == [[false, false, true]])
    }
}

/// The footprint table of the HTML comparison is written in Swift, not by the template: a site's
/// name is escaped there as the template escapes it elsewhere.
@Suite struct FootprintTableEscapingTests {
    @Test func aSiteNameIsEscapedInTheFootprintTable() throws {
        let q = try IndicatorCompareTests.questionnaire()
        var answers = AnswerSet()
        answers["parc.postes"] = Answer(value: .number(10))
        answers["parc.portables"] = Answer(value: .number(5))
        answers["parc.serveurs"] = Answer(value: .number(0))
        let name = "<b>\"Tom\" & 'Jerry'</b>"
        let a = Assessment(questionnaire: .init(id: q.id, version: q.version, sha256: q.sha256),
                           site: .init(id: "s", name: name), date: "2026-11-29", answers: answers)
        let c = Comparison(assessments: [ComparedAssessment(file: "s.json", assessment: a, questionnaire: q)])
        let html = try CompareTemplate.render(c, template: try Repository.text("Reports/compare.html.mustache"), format: .html)
        let table = try #require(html.range(of: "<table class=\"footprint\">").map { String(html[$0.lowerBound...]) })
        #expect(table.contains("<tr><th scope=\"row\">&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;</th><td class=\"num\">"))
        #expect(!html.contains("<b>\"Tom\""))
    }
}
