@testable import SobreCore
import SobreReport
import Testing

/// Sites that answered different questionnaire versions, and statistics per group.
@Suite struct VersionsAndGroupsTests {
    /// v1 has themes a and b; v2 (newer) has a and c.
    static func mixed() throws -> Comparison {
        let v1 = try Mini.questionnaire(version: "1", themes: ["a", "b"])
        let v2 = try Mini.questionnaire(version: "2", themes: ["a", "c"])
        return Comparison(assessments: [
            Mini.scored(v1, site: "old", date: "2026-01-10", group: "Nord", ["a.q": "half", "b.q": "full"]),
            Mini.scored(v1, site: "new", date: "2025-01-10", group: "Nord", ["a.q": "zero", "b.q": "zero"]),
            Mini.scored(v2, site: "new", date: "2026-02-10", group: "Nord", ["a.q": "full", "c.q": "half"]),
            Mini.scored(v2, site: "solo", date: "2026-02-11", ["a.q": "full", "c.q": "zero"]),
        ])
    }

    @Test func themesAreComparedByIdAcrossVersions() throws {
        let c = try Self.mixed()
        #expect(c.reference?.version == "2")
        #expect(c.themes.map(\.id) == ["a", "c", "b"])
        let stats = Dictionary(uniqueKeysWithValues: c.summary.themes.map { ($0.theme.id, $0) })
        #expect(stats["a"]?.statistics == ScoreStatistics([50, 100, 100]))
        #expect(stats["c"]?.statistics == ScoreStatistics([50, 0]))
        #expect(stats["b"]?.statistics == ScoreStatistics([100]))
        #expect(stats["b"]?.bestSites == ["old"])
        // The theme missing from v2 is not assessed for the sites that used v2.
        let latest = try #require(c.site("new")?.latest)
        #expect(latest.theme("b") == nil)
        let json = CompareJSON.render(c)
        #expect(json.contains("{\n            \"id\": \"b\",\n            \"score\": null,\n            \"level\": null\n          }"))
    }

    /// Themes only older questionnaires have come after the newest one's, in the order the
    /// sites' latest assessments meet them newest first; a file's newest assessment stands for
    /// the others of the file.
    @Test(arguments: [("2026-03-01", ["a", "x", "y"]), ("2026-01-01", ["a", "y", "x"])])
    func themesOfOlderVersionsComeNewestFirst(_ given: (String, [String])) throws {
        let v1 = try Mini.questionnaire(version: "1", themes: ["a", "x"])
        let v2 = try Mini.questionnaire(version: "2", themes: ["a", "y"])
        let v3 = try Mini.questionnaire(version: "3", themes: ["a"])
        // s0 and s1 share one questionnaire file, as a folder's files do; s0 comes first and
        // is the older: only s1, the newer, may stand for the file.
        let file = ComparedQuestionnaire(v1)
        func ofFile(_ site: String, _ date: String) -> ComparedAssessment {
            ComparedAssessment(file: "\(site)/\(date).json",
                               assessment: Mini.assessment(v1, site: site, date: date, ["a.q": "half", "x.q": "full"]), source: file)
        }
        let c = Comparison(assessments: [
            ofFile("s0", "2025-01-01"),
            ofFile("s1", given.0),
            Mini.scored(v2, site: "s2", date: "2026-02-01", ["a.q": "zero", "y.q": "full"]),
            Mini.scored(v3, site: "s3", date: "2026-04-01", ["a.q": "full"]),
        ])
        #expect(c.reference?.version == "3")
        #expect(c.themes.map(\.id) == given.1)
    }

    @Test func theReportSaysWhichSitesUsedWhichVersion() throws {
        let c = try Self.mixed()
        #expect(c.versions.map(\.version) == ["1", "2"])
        #expect(c.versions.map(\.sites) == [["old"], ["new", "solo"]])
        #expect(c.versions.map(\.assessments) == [2, 2])
        let text = CompareText.render(c)
        #expect(text.contains("mini 1 (sha256"))
        #expect(text.contains("1 site (Site old), 2 évaluations"))
        let json = CompareJSON.render(c)
        #expect(json.contains("\"versions\": ["))
        #expect(json.contains("\"questionnaire\": {\n          \"id\": \"mini\",\n          \"version\": \"1\"\n        }"))
    }

    @Test func groupsHaveTheirOwnStatisticsAndTheSitesWithoutGroupComeLast() throws {
        let c = try Self.mixed()
        let groups = c.groups()
        #expect(groups.map(\.name) == ["Nord", nil])
        #expect(groups[0].summary.siteIDs == ["new", "old"])
        #expect(groups[0].summary.themes[0].statistics == ScoreStatistics([100, 50]))
        #expect(groups[1].summary.siteIDs == ["solo"])
        let json = CompareJSON.render(c, by: .group)
        #expect(json.contains("\"group\": \"Nord\""))
        #expect(json.contains("\"group\": null"))
        #expect(!CompareJSON.render(c).contains("\"groups\""))
        #expect(CompareText.render(c, by: .group).contains("(sans groupe)"))
        let csv = CompareCSV.render(c, by: .group)
        let rows = csv.split(separator: "\r\n").dropFirst().map { $0.split(separator: ";").first.map(String.init) ?? "" }
        #expect(rows == ["new", "old", "solo"])
    }

    /// `--by category` groups as `--by group` does, by `site.category` of each latest assessment.
    @Test func categoriesGroupTheSitesByTheirKind() throws {
        let q = try Mini.questionnaire(version: "1", themes: ["a"])
        func scored(_ site: String, _ category: String?, _ answer: String) -> ComparedAssessment {
            var a = Mini.assessment(q, site: site, group: "Nord", ["a.q": answer])
            a.site.category = category
            return ComparedAssessment(file: "\(site).json", assessment: a, questionnaire: q)
        }
        let c = Comparison(assessments: [scored("ehpad-1", "EHPAD", "full"), scored("ime", "IME", "zero"),
                                         scored("ehpad-2", "EHPAD", "half"), scored("autre", nil, "full")])
        let groups = c.groups(by: .category)
        #expect(groups.map(\.name) == ["EHPAD", "IME", nil])
        #expect(groups[0].summary.siteIDs == ["ehpad-1", "ehpad-2"])
        #expect(groups[0].summary.themes[0].statistics == ScoreStatistics([100, 50]))
        #expect(c.groups(by: .group).map(\.name) == ["Nord"])
        let json = CompareJSON.render(c, by: .category)
        #expect(json.contains("\"categories\": ["))
        #expect(json.contains("\"category\": \"IME\","))
        #expect(!json.contains("\"groups\""))
        #expect(json.contains("\"group\": \"Nord\",\n        \"category\": \"EHPAD\""))
        let text = CompareText.render(c, by: .category)
        #expect(text.contains("Par catégorie"))
        #expect(text.contains("(sans catégorie)"))
        let rows = CompareCSV.render(c, by: .category).split(separator: "\r\n").dropFirst().map { $0.split(separator: ";").first.map(String.init) ?? "" }
        #expect(rows == ["ehpad-1", "ehpad-2", "ime", "autre"])
    }

    @Test func longCSVHasOneRowPerSiteDateAndTheme() throws {
        let csv = CompareCSV.render(try Self.mixed(), long: true)
        let lines = csv.split(separator: "\r\n")
        // old: 1 × 2 themes; new: 2 assessments × 2 themes; solo: 1 × 2.
        #expect(lines.count == 1 + 2 + 4 + 2)
        #expect(lines[0].hasPrefix("\u{FEFF}site;nom;groupe;date;statut;version;thème;"))
        #expect(lines.contains { $0 == "new;Site new;Nord;2026-02-10;complète;mini 2;c;Thème C;50;Moyen;75;Moyen;" })
    }
}
