import SobreCore
import SobreDemo
import SobreJSON
@testable import SobreReport
import Testing

/// `compare --targets FILE`: the sites without objectives of their own measured against the
/// association's common objectives, as `sites[].common_targets` in JSON and *Objectifs communs*
/// in the human formats (docs/reference/objectives.md).
@Suite struct CompareCommonTargetsTests {
    /// Overall Haut, theme A Moyen, theme D Haut by 2029; no action raises theme D.
    static let common = Targets(by: 2029, overall: 3, themes: [.init(id: "a", level: 2), .init(id: "d", level: 3)])

    /// x has objectives of its own; y already reaches the common ones; z reaches the overall
    /// level and theme A with its plan, never theme D.
    static func association() throws -> (Comparison, CommonTargets, Questionnaire, [String: Assessment]) {
        let q = try Mini.questionnaire(themes: ["a", "b", "d"])
        var files: [String: Assessment] = [:]
        func scored(_ site: String, _ answers: [String: String], targets: Targets? = nil) -> ComparedAssessment {
            var a = Mini.assessment(q, site: site, date: "2026-05-01", answers)
            a.targets = targets
            files["\(site).json"] = a
            return ComparedAssessment(file: "\(site).json", assessment: a, questionnaire: q)
        }
        let c = Comparison(assessments: [
            scored("x", ["a.q": "zero", "b.q": "zero", "d.q": "zero"], targets: Targets(by: 2028, overall: 2)),
            scored("y", ["a.q": "full", "b.q": "full", "d.q": "full"]),
            scored("z", ["a.q": "zero", "b.q": "zero", "d.q": "half"]),
        ])
        let known = files
        let measured = CommonTargets(c, targets: common, file: "communs.yaml") { a in
            known[a.file].map { Scorecard(questionnaire: a.questionnaire, answers: $0.answers) }
        }
        return (c, measured, q, known)
    }

    static func json(_ c: Comparison, _ common: CommonTargets?) throws -> JSONObject {
        try #require(try JSONParser.parse(Array(CompareJSON.render(c, common: common).utf8)).objectValue)
    }

    @Test func sitesWithoutObjectivesOfTheirOwnGetCommonTargets() throws {
        let (c, common, _, _) = try Self.association()
        let root = try Self.json(c, common)
        let sites = try #require(root["sites"]?.arrayValue).compactMap(\.objectValue)
        #expect(sites.map { $0["common_targets"]?.objectValue?["status"]?.stringValue } == [nil, "reached", "short"])
        #expect(sites[0]["targets"] == nil && sites[0]["common_targets"] == nil)
        let z = try #require(sites[2]["common_targets"]?.objectValue)
        #expect(z["by"] == .number(2029))
        // Which assessment was measured: the site's latest complete one.
        #expect(z["file"] == .string("z.json") && z["date"] == .string("2026-05-01"))
        let items = try #require(z["items"]?.arrayValue).compactMap(\.objectValue)
        #expect(items.map { $0["status"]?.stringValue } == ["planned", "planned", "short"])
        // Theme D stays at 50 (no action), 80 to reach.
        #expect(items[2]["id"] == .string("d") && items[2]["short_by"] == .number(30))
        #expect(root["common_targets"] == .object(JSONObject([
            ("file", .string("communs.yaml")), ("by", .number(2029)), ("sites", .number(2)),
            ("reached", .number(1)), ("planned", .number(0)), ("short", .number(1)),
        ])))
    }

    /// The items are exactly a report's `roadmap.targets` for that assessment with `--targets`.
    @Test func theItemsAreTheReportsRoadmapTargets() throws {
        let (c, common, q, files) = try Self.association()
        let sites = try #require(try Self.json(c, common)["sites"]?.arrayValue).compactMap(\.objectValue)
        for (site, json) in zip(["y", "z"], sites.dropFirst()) {
            let assessment = try #require(files["\(site).json"])
            let report = try #require(try JSONParser.parse(Array(JSONReport.render(
                ReportModel(questionnaire: q, assessment: assessment, targets: Self.common)).utf8)).objectValue)
            #expect(json["common_targets"]?.objectValue?["items"] == report["roadmap"]?.objectValue?["targets"], "\(site)")
        }
    }

    /// Standings go by site position: those measured on another comparison (here one site
    /// fewer) are not written, rather than read out of range.
    @Test func standingsOfAnotherComparisonAreNotWritten() throws {
        let (c, common, _, _) = try Self.association()
        let fewer = Comparison(assessments: c.sites.dropFirst().flatMap(\.history))
        #expect(fewer.sites.count == c.sites.count - 1)
        #expect(!CompareJSON.render(fewer, common: common).contains("common_targets"))
        // Nor shown beside the wrong sites in the other formats.
        #expect(!CompareText.render(fewer, common: common).contains("Objectifs communs"))
        let markdown = try CompareTemplate.render(fewer, template: try Repository.text("Reports/compare.md.mustache"), format: .markdown, common: common)
        #expect(!markdown.contains("Objectifs communs"))
        #expect(try CompareTemplate.render(c, template: try Repository.text("Reports/compare.md.mustache"), format: .markdown, common: common)
            .contains("Objectifs communs"))
    }

    @Test func withoutTargetsNothingChanges() throws {
        let (c, common, _, _) = try Self.association()
        #expect(!CompareJSON.render(c).contains("common_targets"))
        #expect(!CompareText.render(c).contains("Objectifs communs"))
        #expect(CompareText.render(c, common: common).contains("Objectifs communs (2029)"))
        for format in ["text", "markdown", "html"] {
            #expect(!(try CompareFootprintNumbersTests.plain(c, format: format)).contains("Objectifs communs"))
        }
    }

    @Test(arguments: ["text", "markdown", "html"])
    func humanComparisonsSayWhoFallsShort(format: String) throws {
        let (c, common, _, _) = try Self.association()
        let report = try Self.plain(c, common, format: format)
        #expect(report.contains("Objectifs communs (2029)"))
        #expect(report.contains("2 sites sans objectifs propres, sur leur dernière évaluation complète — déjà atteints : 1 site ; atteints avec le plan : 0 site ; hors de portée du plan : 1 site"))
        #expect(report.contains("Niveau global, objectif Haut : à la portée de tous, au moins avec leur plan"))
        #expect(report.contains("Thème A, objectif Moyen : à la portée de tous, au moins avec leur plan"))
        #expect(report.contains("Thème D, objectif Haut : hors de portée du plan pour 1 site (Site z)"))
        // Theme B has no common objective.
        #expect(!report.contains("Thème B,"))
    }

    static func plain(_ c: Comparison, _ common: CommonTargets, format: String) throws -> String {
        switch format {
        case "text":
            return CompareText.render(c, common: common)
        case "markdown":
            let md = try CompareTemplate.render(c, template: try Repository.text("Reports/compare.md.mustache"), format: .markdown, common: common)
            return md.replacing("\\", with: "").replacing("**", with: "").replacing("_", with: "")
        default:
            let html = try CompareTemplate.render(c, template: try Repository.text("Reports/compare.html.mustache"), format: .html, common: common)
            return html.replacing(/<[^>]*>/, with: " ").replacing("&#39;", with: "'").replacing("&quot;", with: "\"")
                .replacing("&lt;", with: "<").replacing("&gt;", with: ">").replacing("&amp;", with: "&").replacing("&#8217;", with: "’").withPlainSpaces
        }
    }

    /// The demo measured against common objectives, read back against its JSON: the counts of
    /// the first line, and for each objective exactly the sites whose item is `short`.
    @Test(arguments: ["text", "markdown", "html"])
    func theDemosNumbersAreThoseOfTheJSON(format: String) throws {
        let q = try #require(Repository.library.resolve("essms-sobriete")?.questionnaire)
        let assessments = DemoAssociation().assessments(questionnaire: q)
        var answers: [String: AnswerSet] = [:]
        for a in assessments { answers["\(a.site.id)/\(a.date).json"] = a.answers }
        let c = Comparison(assessments: assessments.map {
            ComparedAssessment(file: "\($0.site.id)/\($0.date).json", assessment: $0, questionnaire: q)
        })
        let targets = Targets(by: 2029, overall: 3, themes: [.init(id: "gouvernance", level: 3), .init(id: "achats", level: 4)],
                              indicators: [.init(id: "electricite", percent: -20)])
        let known = answers
        let common = CommonTargets(c, targets: targets, file: "communs.yaml") { a in
            known[a.file].map { Scorecard(questionnaire: a.questionnaire, answers: $0) }
        }
        let root = try Self.json(c, common)
        let summary = try #require(root["common_targets"]?.objectValue)
        func count(_ key: String) -> Int { Int(summary[key]?.numberValue ?? -1) }
        #expect(count("sites") >= 2)
        var short: [String: [String]] = [:]
        var measured = 0
        for site in (root["sites"]?.arrayValue ?? []).compactMap(\.objectValue) {
            guard let standing = site["common_targets"]?.objectValue else { continue }
            measured += 1
            let name = site["site"]?.objectValue?["name"]?.stringValue ?? ""
            for item in (standing["items"]?.arrayValue ?? []).compactMap(\.objectValue) where item["status"]?.stringValue == "short" {
                let id = item["id"]?.stringValue
                let title: String?
                var aim = (item["target"]?.numberValue).flatMap { q.level(id: Int($0))?.name }
                switch item["scope"]?.stringValue {
                case "indicator":
                    title = q.indicators.first { $0.id == id }?.label
                    aim = "−20 %"
                case "theme": title = id.flatMap { id in q.themes.first { $0.id == id }?.title }
                default: title = "Niveau global"
                }
                short["\(title ?? "?"), objectif \(aim ?? "?")", default: []].append(name)
            }
        }
        #expect(measured == count("sites"))
        #expect(count("reached") + count("planned") + count("short") == measured)
        let report = try Self.plain(c, common, format: format)
        func sites(_ n: Int) -> String { "\(n) site\(n > 1 ? "s" : "")" }
        #expect(report.contains("\(sites(measured)) sans objectifs propres, sur leur dernière évaluation complète — déjà atteints : \(sites(count("reached"))) ; atteints avec le plan : \(sites(count("planned"))) ; hors de portée du plan : \(sites(count("short")))"))
        #expect(!short.isEmpty)
        for (title, names) in short {
            #expect(report.contains("\(title) : hors de portée du plan pour \(sites(names.count)) (\(names.joined(separator: ", ")))"),
                    "\(title): \(names)")
        }
    }
}
