import SobreCore
@testable import SobreReport
import SobreDemo
import Testing

/// The comparison marks a level capped by `weakest_link` and names the theme holding it; it
/// shows no overall change against an assessment in progress; the demo's names are unique.
@Suite struct CompareMarksTests {
    /// Mini with `weakest_link: 0`: a site high on A and at zero on B is held at B's level.
    static func capping() throws -> Questionnaire {
        let yaml = Mini.yaml().replacing("themes:\n", with: "scoring: { weakest_link: 0 }\nthemes:\n")
        let result = QuestionnaireLoader.load(bytes: Array(yaml.utf8), path: "mini.yaml")
        return try #require(result.questionnaire, "\(result.diagnostics)")
    }

    /// `capped`: A full, B zero, overall 50 (Moyen by its score), held at Bas by B. `plain`: 50,
    /// Moyen. `open`: complete last year, in progress now.
    static func comparison() throws -> Comparison {
        let q = try capping()
        return Comparison(assessments: [
            Mini.scored(q, site: "capped", ["a.q": "full", "b.q": "zero"]),
            Mini.scored(q, site: "plain", ["a.q": "half", "b.q": "half"]),
            Mini.scored(q, site: "open", date: "2025-03-01", ["a.q": "zero", "b.q": "zero"]),
            ComparedAssessment(file: "open/2026-03-01.json",
                               assessment: Mini.assessment(q, site: "open", status: .inProgress, ["a.q": "full"]), questionnaire: q),
        ])
    }

    @Test func aCappedLevelIsMarkedAndItsThemeNamedInEveryFormat() throws {
        let c = try Self.comparison()
        let capped = try #require(c.site("capped")?.latest)
        #expect(capped.capped && capped.cappedBy == ["b"])
        let text = CompareText.render(c)
        #expect(text.contains("50 Bas▾"))
        #expect(text.contains("▾ niveau plafonné par le thème le plus faible (le score seul donnerait un niveau plus haut) : Site capped (Thème B)"))
        let md = try CompareTemplate.render(c, template: try Repository.text("Reports/compare.md.mustache"), format: .markdown)
        #expect(md.contains("| 50 Bas▾ |"))
        #expect(md.contains(": Site capped (Thème B)."))
        let html = try CompareTemplate.render(c, template: try Repository.text("Reports/compare.html.mustache"), format: .html)
        #expect(html.contains("50<span>Bas▾</span>"))
        #expect(html.contains(": Site capped (Thème B).</p>"))
        let csv = CompareCSV.render(c).split(separator: "\r\n").map(String.init)
        #expect(csv[0].contains(";niveau global;plafonné par;évolution;"))
        #expect(csv.contains { $0.hasPrefix("capped;Site capped;;2026-03-01;complète;mini 1;50;Bas;Thème B;;") })
        #expect(csv.contains { $0.hasPrefix("plain;Site plain;;2026-03-01;complète;mini 1;50;Moyen;;;") })
        #expect(CompareCSV.render(c, long: true).contains(";50;Bas;Thème B\r\n"))
    }

    @Test func noOverallChangeAgainstAnAssessmentInProgress() throws {
        let c = try Self.comparison()
        let text = CompareText.render(c)
        let row = try #require(text.split(separator: "\n").first { $0.hasPrefix("Site open") })
        #expect(row.contains(" n.c. "))
        #expect(!row.contains("+100"))
        #expect(text.contains("n.c. : non comparable, l’une des deux évaluations est en cours ou les thèmes évalués diffèrent"))
        let csv = try #require(CompareCSV.render(c).split(separator: "\r\n").first { $0.hasPrefix("open;") })
        #expect(csv.contains(";en cours;mini 1;100;Haut;;;"))
    }

    @Test func theByGroupTableSaysItShowsMeans() throws {
        let c = try Self.comparison()
        let html = try CompareTemplate.render(c, template: try Repository.text("Reports/compare.html.mustache"), format: .html, by: .group)
        let groups = try #require(html.range(of: "<h2 id=\"h-groups\">").map { html[$0.upperBound...] })
        let section = groups[..<(try #require(groups.range(of: "</section>"))).lowerBound]
        #expect(section.contains("Moyenne des scores des sites du groupe"))
        #expect(!section.contains("médiane"))
        #expect(CompareText.render(c, by: .group).contains("  Moyenne des scores des sites du groupe"))
    }

    @Test func theDemoNamesEverySiteOnce() {
        let sites = DemoAssociation(siteCount: 300).sites
        #expect(Set(sites.map(\.name)).count == sites.count)
        #expect(Set(sites.map(\.id)).count == sites.count)
    }
}
