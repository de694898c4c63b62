import Foundation
import SobreCore
@testable import SobreReport
import SobreJSON
import Testing

/// Every figure of the *Empreinte estimée* section, the plan's totals and each plan item's
/// savings, read back from the text, Markdown and HTML reports of each demo site and checked
/// against the JSON report: the shown number is the JSON's rounded to two significant digits
/// (tonnes read back as kilograms), and a figure the JSON does not estimate says so.
///
/// Why: the human reports round, group thousands and change kilograms into tonnes; a slip in
/// any of them (a figure beside the wrong label, a total rounded twice) would stay unseen in a
/// golden file.
@Suite struct FootprintNumbersTests {
    /// The report as plain text: tags and Markdown marks removed, entities decoded.
    static func plain(_ model: ReportModel, format: String) throws -> String {
        let shown: String
        switch format {
        case "text":
            shown = TextReport.render(model)
        case "markdown":
            let md = try TemplateReport.render(model, template: try Repository.text("Reports/report.md.mustache"), format: .markdown)
            shown = md.replacing("\\", with: "").replacing("**", with: "").replacing("_", with: "")
        default:
            let html = try TemplateReport.render(model, template: try Repository.text("Reports/report.html.mustache"), format: .html)
            shown = html.replacing(/<[^>]*>/, with: " ").replacing("&#39;", with: "'").replacing("&quot;", with: "\"")
                .replacing("&lt;", with: "<").replacing("&gt;", with: ">").replacing("&amp;", with: "&")
        }
        // The no-break spaces of French punctuation and before units read as spaces; those that
        // group digits stay.
        return shown.replacing(/\x{A0}(?!\d)/, with: " ")
    }

    /// The first number after `from` in `text`, with its unit, in the JSON's unit: "16 000 kWh/an"
    /// → 16000, "2,5 tCO2e/an" → 2500 for a `kgCO2e/an` indicator. Nil when there is none.
    static func figure(in text: Substring, unit: String) -> Double? {
        let pattern = /(-?\d[\d\u{00A0},]*)\s+(\S+)/
        guard let m = text.firstMatch(of: pattern) else { return nil }
        let digits = m.1.replacing("\u{00A0}", with: "").replacing(",", with: ".")
        guard var x = Double(digits) else { return nil }
        if unit.hasPrefix("kg"), m.2.hasPrefix("t"), !m.2.hasPrefix(unit) { x *= 1000 }
        return x
    }

    /// Whether `shown` is `value` rounded to two significant digits.
    static func isRounded(_ shown: Double, _ value: Double) -> Bool {
        guard value != 0 else { return shown == 0 }
        let step = pow(10, floor(log10(abs(value))) - 1)
        return abs(shown - value) <= step / 2 + 1e-9 * abs(value)
    }

    @Test(arguments: ["text", "markdown", "html"])
    func everyFootprintFigureIsTheJSONsRounded(format: String) throws {
        var checked = 0
        for model in try ReportNumbersTests.demoModels() {
            let json = try #require(JSONReport.value(model).objectValue)
            let site = model.assessment.site.id
            let report = try Self.plain(model, format: format)
            let w = FootprintWords(language: model.language)
            let section = try #require(report.firstRange(of: w.title), "\(site) \(format): no footprint section")
            let savingsStart = try #require(report.range(of: w.savingsTitle, range: section.upperBound..<report.endIndex))
            var units: [String: String] = [:]
            var labels: [String: String] = [:]
            for indicator in (json["indicators"]?.arrayValue ?? []).compactMap(\.objectValue) {
                let id = indicator["id"]?.stringValue ?? "", label = indicator["label"]?.stringValue ?? ""
                let unit = indicator["unit"]?.stringValue ?? ""
                units[id] = unit
                labels[id] = label
                let at = try #require(report.range(of: label, range: section.upperBound..<savingsStart.lowerBound),
                                      "\(site) \(format): \(id) not shown")
                let after = report[at.upperBound...].prefix(while: { $0 != "\n" }).prefix(600)
                if let value = indicator["value"]?.numberValue {
                    let shown = try #require(Self.figure(in: after, unit: unit), "\(site) \(format) \(id): \(after)")
                    #expect(Self.isRounded(shown, value), "\(site) \(format) \(id): \(shown) for \(value)")
                } else {
                    #expect(after.contains(w.notEstimated), "\(site) \(format) \(id): \(after)")
                }
                checked += 1
            }
            // The plan's totals, after their title.
            for total in (json["savings"]?.arrayValue ?? []).compactMap(\.objectValue) {
                let id = total["indicator"]?.stringValue ?? "", value = total["total"]?.numberValue ?? .nan
                let label = try #require(labels[id])
                let at = try #require(report.range(of: label + (format == "text" ? " : " : ""), range: savingsStart.upperBound..<report.endIndex),
                                      "\(site) \(format): total on \(id) not shown")
                let shown = try #require(Self.figure(in: report[at.upperBound...].prefix(120), unit: units[id] ?? ""))
                #expect(Self.isRounded(shown, value), "\(site) \(format) total \(id): \(shown) for \(value)")
            }
            // Each plan item's savings: one figure per unit, the largest, after its title.
            // Quick wins come first, described with their savings; the other items in the plan.
            let items = (json["plan"]?.arrayValue ?? []).compactMap(\.objectValue)
            let titles = items.compactMap { $0["title"]?.stringValue }
            for item in items {
                let saves = item["saves"]?.objectValue ?? JSONObject()
                guard !saves.isEmpty else { continue }
                var largest: [String: Double] = [:]
                for (id, amount) in saves {
                    let unit = units[id] ?? ""
                    largest[unit] = max(largest[unit] ?? 0, amount.numberValue ?? 0)
                }
                let title = item["title"]?.stringValue ?? ""
                let at = try #require(report.range(of: title, range: savingsStart.upperBound..<report.endIndex), "\(site) \(format): \(title)")
                let saving = try #require(report.range(of: w.itemSavings, range: at.upperBound..<report.endIndex))
                let between = report[at.upperBound..<saving.lowerBound]
                #expect(!titles.contains { $0 != title && between.contains($0) }, "\(site) \(format) \(title): its savings are not beside it")
                let phrase = report[saving.upperBound...].prefix(while: { $0 != "\n" && $0 != "|" }).prefix(160)
                for (unit, amount) in largest where !unit.isEmpty {
                    let (shownValue, shownUnit) = EstimateText.scaled(amount, unit: unit)
                    let unitAt = try #require(phrase.range(of: " " + shownUnit), "\(site) \(format) \(title): no \(shownUnit) in \(phrase)")
                    let number = phrase[..<unitAt.lowerBound].split(separator: " ", omittingEmptySubsequences: true).last.map(String.init) ?? ""
                    // The number before the unit: the whole group, thousands joined by no-break spaces.
                    let shown = Self.figure(in: Substring(number + " " + shownUnit), unit: shownUnit) ?? .nan
                    #expect(Self.isRounded(shown, shownValue), "\(site) \(format) \(title): \(shown) \(shownUnit) for \(amount) \(unit)")
                }
            }
        }
        #expect(checked >= 12 * 18)
    }

    @Test func estimatesAreRoundedToTwoDigitsWithFrenchGrouping() {
        #expect(EstimateText.estimate(16451, unit: "kWh/an", language: .fr) == "16\u{00A0}000\u{00A0}kWh/an")
        #expect(EstimateText.estimate(2540, unit: "kgCO2e/an", language: .fr) == "2,5\u{00A0}tCO2e/an")
        #expect(EstimateText.estimate(855.3, unit: "kgCO2e/an", language: .fr) == "860\u{00A0}kgCO2e/an")
        #expect(EstimateText.estimate(996, unit: "kgCO2e/an", language: .fr) == "1\u{00A0}tCO2e/an")
        #expect(EstimateText.estimate(0.0456, unit: "€/an", language: .fr) == "0,046\u{00A0}€/an")
        #expect(EstimateText.estimate(48123, unit: "kWh/an", language: .en) == "48,000\u{00A0}kWh/an")
        #expect(EstimateText.factor(0.052, language: .fr) == "0,052")
        #expect(EstimateText.factor(1234.5, language: .fr) == "1\u{00A0}234,5")
    }
}
