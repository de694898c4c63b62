import Foundation
import SobreCore
@testable import SobreReport
import Testing

/// The level colours read in grey and by colour-blind readers: lightness goes strictly down from
/// the first level to the last, adjacent levels print as clearly different greys, and the text
/// in each cell has at least the 4.5:1 contrast of WCAG AA. Luminance and contrast are computed
/// here from the hex values, with the WCAG 2.x formulas, independently of the code under test.
@Suite struct LevelPaletteTests {
    /// WCAG relative luminance of `#rrggbb`.
    static func luminance(_ hex: String) throws -> Double {
        let digits = hex.dropFirst()
        try #require(hex.hasPrefix("#") && digits.count == 6, "not #rrggbb: \(hex)")
        let value = try #require(Int(digits, radix: 16), "not hex: \(hex)")
        func channel(_ shift: Int) -> Double {
            let c = Double((value >> shift) & 0xff) / 255
            return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channel(16) + 0.7152 * channel(8) + 0.0722 * channel(0)
    }

    static func contrast(_ a: String, _ b: String) throws -> Double {
        let (x, y) = (try luminance(a), try luminance(b))
        return (max(x, y) + 0.05) / (min(x, y) + 0.05)
    }

    /// CIE L* (0 black to 100 white): how light a colour prints in grey.
    static func lightness(_ hex: String) throws -> Double {
        let y = try luminance(hex)
        return y > 216.0 / 24389 ? 116 * cbrt(y) - 16 : y * 24389 / 27
    }

    /// Checks a sequence of level backgrounds, lowest level first, and the ink on each.
    static func checkScale(_ swatches: [(background: String, ink: String)], _ label: String) throws {
        for (k, s) in swatches.enumerated() {
            let ratio = try contrast(s.background, s.ink)
            #expect(ratio >= 4.5, "\(label): level \(k + 1) \(s.ink) on \(s.background) has a contrast of \(ratio)")
        }
        for (a, b) in zip(swatches, swatches.dropFirst()) {
            let (la, lb) = (try luminance(a.background), try luminance(b.background))
            #expect(la > lb, "\(label): \(b.background) is not darker than \(a.background) (\(lb) ≥ \(la))")
            let step = try lightness(a.background) - lightness(b.background)
            #expect(step >= 8, "\(label): \(a.background) and \(b.background) print as nearly the same grey (ΔL* \(step))")
        }
    }

    @Test func everyStopIsDarkerThanTheLastAndItsTextReads() throws {
        try Self.checkScale(LevelPalette.stops.map { ($0.background, $0.ink) }, "stops")
    }

    @Test(arguments: 2...7)
    func aQuestionnaireOfNLevelsGetsAnOrderedScale(levels: Int) throws {
        try Self.checkScale((0..<levels).map { LevelPalette.swatch(position: $0, of: levels) }.map { ($0.background, $0.ink) }, "\(levels) levels")
    }

    @Test func theNeutralSwatchReads() throws {
        #expect(try Self.contrast(LevelPalette.none.background, LevelPalette.none.ink) >= 4.5)
    }

    /// The bundled questionnaire, in the HTML the templates make: the cells of the comparison
    /// carry their text colour, and its levels keep their order in grey.
    @Test func theBundledLevelsAsRendered() throws {
        let model = try Fixtures.sample()
        let levels = model.questionnaire.levels
        #expect(levels.count == 4)
        try Self.checkScale(levels.map { LevelPalette.swatch(for: $0, in: model.questionnaire) }.map { ($0.background, $0.ink) }, "bundled")
        // Découverte and Exemplaire, once the same grey, are now at the two ends of the scale.
        let first = try Self.lightness(SVGChart.colour(for: levels[0], in: model.questionnaire))
        let last = try Self.lightness(SVGChart.colour(for: levels[3], in: model.questionnaire))
        #expect(first - last >= 40, "first and last levels: L* \(first) and \(last)")
        let html = try TemplateReport.render(model, template: try Repository.text("Reports/report.html.mustache"), format: .html)
        let badge = try #require(html.firstMatch(of: /class="badge" style="background: (#[0-9a-f]{6}); color: (#[0-9a-f]{6})"/))
        #expect(try Self.contrast(String(badge.1), String(badge.2)) >= 4.5)
    }

    @Test func everyHeatCellOfTheComparisonGoldenReads() throws {
        let html = try Repository.text("Tests/SobreCompareTests/Golden/compare-by-group.html")
        let cells = html.matches(of: /<td class="c" style="background: (#[0-9a-f]{6}); color: (#[0-9a-f]{6})"/)
        #expect(cells.count > 100)
        for cell in cells {
            let ratio = try Self.contrast(String(cell.1), String(cell.2))
            #expect(ratio >= 4.5, "\(cell.2) on \(cell.1): \(ratio)")
        }
    }
}
