import SobreCore
import SobreJSON
@testable import SobreReport
import Testing

/// Each site's progress towards its own objectives in a comparison (SPEC §9): `sites[].targets`
/// in JSON, and which sites are late on what in the human formats.
@Suite struct CompareObjectivesTests {
    /// x is on track on theme A, y late on it, z has no objectives.
    static func association() throws -> Comparison {
        let q = try Mini.questionnaire()
        let goal = Targets(by: 2027, themes: [.init(id: "a", level: 3)])
        func scored(_ site: String, _ date: String, _ a: String, targets: Targets? = nil) -> ComparedAssessment {
            var assessment = Mini.assessment(q, site: site, date: date, ["a.q": a, "b.q": "zero"])
            assessment.targets = targets
            return ComparedAssessment(file: "\(site)/\(date).json", assessment: assessment, questionnaire: q)
        }
        return Comparison(assessments: [
            scored("x", "2026-01-01", "zero", targets: goal), scored("x", "2026-07-01", "half"),
            scored("y", "2026-01-01", "zero", targets: goal), scored("y", "2026-07-01", "zero"),
            scored("z", "2026-01-01", "zero"), scored("z", "2026-07-01", "half"),
        ])
    }

    @Test func eachSiteWithABaselineHasItsProgressAsTargets() throws {
        let json = try #require(try JSONParser.parse(Array(CompareJSON.render(try Self.association()).utf8)).objectValue)
        let sites = try #require(json["sites"]?.arrayValue)
        let targets = sites.map { $0.objectValue?["targets"]?.objectValue }
        #expect(targets.map { $0?["status"]?.stringValue } == ["on_track", "late", nil])
        let x = try #require(targets[0])
        #expect(x["baseline"]?.stringValue == "2026-01-01")
        #expect(x["by"]?.numberValue == 2027)
        let item = try #require(x["items"]?.arrayValue?.first?.objectValue)
        // Theme A 0 → 50 of the 80 level 3 starts at; 181 days gone of 729.
        #expect(item["progress"]?.numberValue == 50.0 / 80)
        #expect(item["expected"]?.numberValue == 181.0 / 729)
        #expect(item["scope"]?.stringValue == "theme")
        #expect(item["id"]?.stringValue == "a")
    }

    @Test(arguments: ["text", "markdown", "html"])
    func humanComparisonsSayWhichSitesAreLate(format: String) throws {
        let report = try CompareFootprintNumbersTests.plain(try Self.association(), format: format).withPlainSpaces
        #expect(report.contains("Objectifs des sites"))
        #expect(report.contains("2 sites suivis par rapport à leurs objectifs : 1 en bonne voie, 1 en retard, 0 les ont atteints"))
        #expect(report.contains("Thème A : 1 site en retard (Site y)"))
        #expect(!report.contains("Niveau global : "))
    }

    @Test func noObjectivesNoSection() throws {
        let q = try Mini.questionnaire()
        let c = Comparison(assessments: [Mini.scored(q, site: "z", ["a.q": "zero"])])
        #expect(!CompareText.render(c).contains("Objectifs des sites"))
        #expect(!CompareJSON.render(c).contains("\"targets\""))
    }

    /// The demo's section, read back against its JSON: each line names exactly the sites whose
    /// `targets` item for that theme (or the overall level) is late.
    @Test(arguments: ["text", "markdown", "html"])
    func theDemosLateSitesAreThoseTheJSONSaysLate(format: String) throws {
        let (c, q) = try CompareNumbersTests.demo()
        let json = try #require(try JSONParser.parse(Array(CompareJSON.render(c).utf8)).objectValue)
        var late: [String: [String]] = [:]
        var followed = 0
        for site in json["sites"]?.arrayValue ?? [] {
            guard let targets = site.objectValue?["targets"]?.objectValue else { continue }
            followed += 1
            let name = c.site(site.objectValue?["site"]?.objectValue?["id"]?.stringValue ?? "")?.name ?? ""
            for item in targets["items"]?.arrayValue ?? [] where item.objectValue?["status"]?.stringValue == "late" {
                let id = item.objectValue?["id"]?.stringValue
                let title = id.flatMap { id in q.themes.first { $0.id == id }?.title } ?? "Niveau global"
                late[title, default: []].append(name)
            }
        }
        #expect(followed >= 2)
        #expect(!late.isEmpty)
        let report = try CompareFootprintNumbersTests.plain(c, format: format).withPlainSpaces
        for (title, names) in late {
            #expect(report.contains("\(title) : \(names.count) site\(names.count > 1 ? "s" : "") en retard (\(names.joined(separator: ", ")))"),
                    "\(title): \(names)")
        }
    }
}
