import Foundation
import SobreCore
import SobreJSON
import SobreReport
import Testing

/// The years under each sparkline of the HTML comparison are those of the site's first and last
/// scored assessments in the JSON comparison of the same files (a golden file recorded wrong
/// would stay wrong).
@Suite struct SparklineYearsTests {
    @Test func theYearsAreTheJSONHistorysFirstAndLast() throws {
        let (folder, comparison) = try GoldenCompareTests.demo()
        defer { folder.remove() }
        let html = try CompareTemplate.render(comparison, template: Repository.text("Reports/compare.html.mustache"), format: .html)
        let json = try #require(try JSONParser.parse(Array(CompareJSON.render(comparison).utf8)).objectValue)
        var expected: [String: [String]] = [:]
        for site in try #require(json["sites"]?.arrayValue).compactMap(\.objectValue) {
            let name = site["site"]?.objectValue?["name"]?.stringValue ?? ""
            let scored = (site["history"]?.arrayValue ?? []).compactMap(\.objectValue).filter { $0["overall"]?.objectValue?["score"]?.numberValue != nil }
            let years = scored.compactMap { $0["date"]?.stringValue.map { String($0.prefix(4)) } }
            expected[name] = years.count > 1 ? [years[0], years[years.count - 1]] : years
        }
        let row = try Regex(#"<tr><th scope="row">([^<]*)(?:<br>[^<]*<span[^>]*>[^<]*</span>)?</th>(.*?)</tr>"#)
        let year = try Regex(#"<text[^>]*>(\d{4})</text>"#)
        var checked = 0
        for match in html.matches(of: row) {
            let rest = String(match.output[2].substring ?? "")
            guard rest.contains("class=\"spark\"") else { continue }
            let name = String(match.output[1].substring ?? "").replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&rsquo;", with: "’")
            let shown = rest.matches(of: year).map { String($0.output[1].substring ?? "") }
            #expect(shown == expected[name], "\(name)")
            checked += 1
        }
        #expect(checked == comparison.sites.count)
    }
}
