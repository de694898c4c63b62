import Foundation
import SobreCore
import SobreDemo
import SobreJSON
@testable import SobreReport
import Testing

/// The comparison's *Empreinte estimée* table and each shared project's savings, read back from
/// the text, Markdown and HTML comparisons of the demo association and checked against the
/// JSON comparison: each site's headline indicators, the association's total, mean and median,
/// rounded to two significant digits (tonnes read back as kilograms).
@Suite struct CompareFootprintNumbersTests {
    static func plain(_ c: Comparison, format: String) throws -> String {
        switch format {
        case "text":
            return CompareText.render(c)
        case "markdown":
            let md = try CompareTemplate.render(c, template: try Repository.text("Reports/compare.md.mustache"), format: .markdown)
            return md.replacing("\\", with: "").replacing("**", with: "").replacing("_", with: "")
        default:
            let html = try CompareTemplate.render(c, template: try Repository.text("Reports/compare.html.mustache"), format: .html)
            return html.replacing(/<[^>]*>/, with: " ").replacing("&#39;", with: "'").replacing("&quot;", with: "\"")
                .replacing("&lt;", with: "<").replacing("&gt;", with: ">").replacing("&amp;", with: "&")
        }
    }

    /// The figures of a line in order, in the unit of `units` (nil for "—").
    static func figures(_ line: Substring, units: [String]) -> [Double?] {
        var out: [Double?] = []
        for m in line.matches(of: /—|(-?\d[\d\u{00A0},]*)\s+(\S+)/) {
            guard let digits = m.1, let unit = m.2 else {
                out.append(nil)
                continue
            }
            guard var x = Double(digits.replacing("\u{00A0}", with: "").replacing(",", with: ".")) else { continue }
            let expected = out.count < units.count ? units[out.count] : ""
            if expected.hasPrefix("kg"), unit.hasPrefix("t") { x *= 1000 }
            out.append(x)
        }
        return out
    }

    static func close(_ shown: Double?, _ value: Double?) -> Bool {
        guard let shown, let value else { return shown == nil && value == nil }
        guard value != 0 else { return shown == 0 }
        return abs(shown - value) <= pow(10, floor(log10(abs(value))) - 1) / 2 + 1e-9 * abs(value)
    }

    @Test(arguments: ["text", "markdown", "html"])
    func everyFootprintFigureOfTheComparisonIsTheJSONsRounded(format: String) throws {
        let (c, q) = try CompareNumbersTests.demo()
        let json = try #require(try JSONParser.parse(Array(CompareJSON.render(c).utf8)).objectValue)
        let headline = q.indicators.filter(\.headline)
        let units = headline.map(\.unit)
        let report = try Self.plain(c, format: format)
        let w = FootprintWords(language: .fr)
        let start = try #require(report.range(of: w.title))
        let end = try #require(report.range(of: "Qui peut accompagner qui", range: start.upperBound..<report.endIndex))
        let section = report[start.upperBound..<end.lowerBound]
        func line(after label: String) throws -> Substring {
            let at = try #require(section.range(of: label), "\(format): \(label) not in the footprint table")
            return section[at.upperBound...].prefix { $0 != "\n" }
        }
        for site in (json["sites"]?.arrayValue ?? []).compactMap(\.objectValue) {
            let about = site["site"]?.objectValue
            let name = about?["name"]?.stringValue ?? about?["id"]?.stringValue ?? ""
            let values = site["latest"]?.objectValue?["indicators"]?.objectValue
            let expected = headline.map { values?[$0.id]?.numberValue }
            let shown = Self.figures(try line(after: name), units: units)
            #expect(shown.count == expected.count && zip(shown, expected).allSatisfy { Self.close($0, $1) },
                    "\(format) \(name): \(shown) for \(expected)")
        }
        let stats = Dictionary(((json["indicators"]?.arrayValue) ?? []).compactMap(\.objectValue).map { ($0["id"]?.stringValue ?? "", $0) }) { a, _ in a }
        for (label, key) in [(w.associationTotal, "total"), ("Association (moyenne)", "mean"), ("Association (médiane)", "median")] {
            let expected = headline.map { i -> Double? in
                key == "total" && CompareFootprint.isRatio(i.unit) ? nil : stats[i.id]?[key]?.numberValue
            }
            let shown = Self.figures(try line(after: label), units: units)
            #expect(shown.count == expected.count && zip(shown, expected).allSatisfy { Self.close($0, $1) },
                    "\(format) \(label): \(shown) for \(expected)")
        }
        // Each shared project the report lists, with the largest saving per unit over its sites.
        let unitOf = Dictionary(q.indicators.map { ($0.id, $0.unit) }) { a, _ in a }
        let together = try #require(report.range(of: "Projets à mener ensemble", range: end.upperBound..<report.endIndex))
        var checked = 0
        for action in (json["common_actions"]?.arrayValue ?? []).compactMap(\.objectValue) {
            let saves = action["saves"]?.objectValue ?? JSONObject()
            guard !saves.isEmpty, let title = action["title"]?.stringValue,
                  let at = report.range(of: title, range: together.upperBound..<report.endIndex) else { continue }
            var largest: [String: Double] = [:]
            for (id, amount) in saves { largest[unitOf[id] ?? ""] = max(largest[unitOf[id] ?? ""] ?? 0, amount.numberValue ?? 0) }
            let about = try #require(report.range(of: w.about + " ", range: at.upperBound..<report.endIndex))
            let phrase = report[about.upperBound...].prefix { $0 != "\n" && $0 != "|" }.prefix(160)
            for (unit, amount) in largest {
                let (value, shownUnit) = EstimateText.scaled(amount, unit: unit)
                let pattern = try Regex<(Substring, Substring)>("(-?\\d[\\d\u{00A0},]*)[ \u{00A0}]" + NSRegularExpression.escapedPattern(for: shownUnit) + "(?:,|$|\\s)")
                let m = try #require(phrase.firstMatch(of: pattern), "\(format) \(title): no \(shownUnit) in \(phrase)")
                let shown = Double(m.1.replacing("\u{00A0}", with: "").replacing(",", with: "."))
                #expect(Self.close(shown, value), "\(format) \(title): \(shown ?? .nan) \(shownUnit) for \(amount) \(unit)")
            }
            checked += 1
        }
        #expect(checked >= 3)
    }
}
