import SobreCore
import SobreJSON
@testable import SobreReport
import Testing

/// The JSON and CSV reports' indicators, factors and savings (SPEC §8), on the round figures of
/// the `test-indicateurs` fixture (see IndicatorEvaluationTests for the arithmetic).
@Suite struct IndicatorReportTests {
    static func model(_ values: [String: Answer] = [
        "parc.postes": Answer(value: .number(10)), "parc.portables": Answer(value: .number(5)),
        "parc.serveurs": Answer(value: .number(0)), "usages.extinction": Answer(value: .string("jamais")),
    ]) throws -> ReportModel {
        let fixture = FixtureQuestionnaire.indicators
        let q = try #require(QuestionnaireLoader.load(bytes: fixture.bytes, path: fixture.path).questionnaire)
        var answers = AnswerSet()
        for (id, answer) in values { answers[id] = answer }
        let a = Assessment(questionnaire: .init(id: q.id, version: q.version, sha256: q.sha256),
                           site: .init(id: "site", name: "Site"), date: "2026-11-29", answers: answers)
        return ReportModel(questionnaire: q, assessment: a)
    }

    static func json(_ model: ReportModel) throws -> JSONObject {
        try #require(JSONReport.value(model).objectValue)
    }

    @Test func jsonIndicatorsInFileOrderWithValueAndMissing() throws {
        let root = try Self.json(try Self.model())
        let indicators = try #require(root["indicators"]?.arrayValue).compactMap(\.objectValue)
        #expect(indicators.map { $0["id"]?.stringValue } == ["electricite_postes", "electricite", "cout", "par_serveur"])
        #expect(indicators.map { $0["value"] } == [.number(1500), .number(1700), .number(340), .null])
        #expect(indicators.map { $0["headline"] } == [.bool(false), .bool(true), .bool(true), .bool(false)])
        #expect(indicators[2]["label"] == .string("Coût de l’électricité") && indicators[2]["unit"] == .string("€/an"))
        #expect(indicators.map { $0["missing"] } == Array(repeating: .array([]), count: 4))
        #expect(indicators.allSatisfy { Set($0.keys) == ["id", "label", "unit", "headline", "value", "missing"] })

        let empty = try Self.json(try Self.model([:]))
        let missing = try #require(empty["indicators"]?.arrayValue).compactMap { $0.objectValue?["missing"] }
        #expect(missing == [.array([.string("parc.postes")]), .array([.string("parc.postes")]), .array([.string("parc.postes")]),
                            .array([.string("parc.postes"), .string("parc.serveurs")])])
    }

    @Test func jsonFactorsWithSourceOrNull() throws {
        let factors = try #require(try Self.json(try Self.model())["factors"]?.arrayValue).compactMap(\.objectValue)
        #expect(factors.map { $0["id"]?.stringValue } == ["kwh_poste", "kwh_portable", "euro_kwh"])
        #expect(factors.map { $0["value"] } == [.number(150), .number(40), .number(0.2)])
        #expect(factors.map { $0["source"] } == [.string("ADEME 2015"), .null, .string("Tarif professionnel")])
        #expect(factors.map { $0["overridden"] } == [.bool(false), .bool(false), .bool(false)])
        #expect(factors[2]["unit"] == .string("€/kWh"))
    }

    @Test func jsonPlanSavesAndTotals() throws {
        let root = try Self.json(try Self.model())
        let plan = try #require(root["plan"]?.arrayValue).compactMap(\.objectValue)
        #expect(plan.map { $0["saves"] } == [
            .object(JSONObject([("electricite", .number(600)), ("cout", .number(120))])),
            .object(JSONObject([("cout", .number(340))])),
            .object(JSONObject([("electricite", .number(1350))])),
        ])
        let savings = try #require(root["savings"]?.arrayValue)
        #expect(savings == [.object(JSONObject([("indicator", .string("electricite")), ("total", .number(1700))])),
                            .object(JSONObject([("indicator", .string("cout")), ("total", .number(340))]))])
        // Nothing estimated: every plan item says `{}`, and there is no total.
        let empty = try Self.json(try Self.model(["usages.extinction": Answer(value: .string("jamais"))]))
        #expect(try #require(empty["plan"]?.arrayValue).map { $0.objectValue?["saves"] } == [.object(JSONObject()), .object(JSONObject())])
        #expect(empty["savings"] == .array([]))
    }

    @Test func csvRowPerIndicator() throws {
        let csv = CSVReport.render(try Self.model())
        let rows = csv.split(separator: "\r\n").map(String.init).filter { $0.hasPrefix("indicateur;") }
        #expect(rows == [
            "indicateur;site;2026-11-29;;electricite_postes;Électricité des postes fixes (kWh/an);1500;;;;;",
            "indicateur;site;2026-11-29;;electricite;Électricité du numérique (kWh/an);1700;;;;;ADEME 2015",
            "indicateur;site;2026-11-29;;cout;Coût de l’électricité (€/an);340;;;;;",
            "indicateur;site;2026-11-29;;par_serveur;Électricité par serveur (kWh/an);non estimé;;;;;",
        ])
        let empty = CSVReport.render(try Self.model([:])).split(separator: "\r\n").filter { $0.hasPrefix("indicateur;") }
        #expect(empty.first == "indicateur;site;2026-11-29;;electricite_postes;Électricité des postes fixes (kWh/an);non estimé;;;;;réponses manquantes : parc.postes")
    }

    @Test(arguments: [(1234.0, 1200.0), (0.05678, 0.057), (0.0, 0.0), (-987.0, -990.0), (13650.0, 14000.0), (95.0, 95.0)])
    func twoSignificantDigits(_ x: Double, _ shown: Double) {
        #expect(SignificantFigures.rounded(x) == shown)
    }
}
