import Foundation
@testable import SobreCore
@testable import SobreReport
import Testing

/// The benchmark strip draws what its legend promises, whatever the figures: a dark band even
/// when the quartiles are equal, and the site's diamond clear of the median line.
@Suite struct BenchmarkStripTests {
    static func svg(score: Double?, _ figures: Distribution) -> String {
        let mark = BenchmarkStanding.Mark(score: score, figures: figures, band: score.map { BenchmarkBand(score: $0, among: figures) })
        return BenchmarkStrip.svg(mark, title: "Gouvernance", id: "t", words: BenchmarkWords(language: .fr), levels: [])
    }

    /// The numbers of the attribute `name` of every element `tag`, in order.
    static func attribute(_ name: String, of tag: String, in svg: String) -> [[Double]] {
        svg.matches(of: try! Regex("<\(tag) [^>]*>")).map { element in
            let text = String(svg[element.range])
            guard let value = text.firstMatch(of: try! Regex(" \(name)=\"([^\"]*)\"")) else { return [] }
            return String(value.output[1].substring ?? "").split(whereSeparator: { $0 == " " || $0 == "," }).compactMap { Double($0) }
        }
    }

    @Test func equalQuartilesStillShowADarkBand() throws {
        let alike = Distribution(n: 5, mean: 88, p10: 88, p25: 88, p50: 88, p75: 88, p90: 88)
        let svg = Self.svg(score: 52.5, alike)
        let widths = Self.attribute("width", of: "rect", in: svg).map { $0.first ?? 0 }
        // The light band, then the dark one, each at least its least width, the dark one narrower.
        #expect(widths.count == 2)
        #expect(widths[0] >= BenchmarkStrip.lightLeast && widths[1] >= BenchmarkStrip.darkLeast && widths[1] < widths[0])
        // Both centred on the quartiles, where the median line is.
        let xs = Self.attribute("x", of: "rect", in: svg).map { $0.first ?? 0 }
        let median = try #require(Self.attribute("x1", of: "line", in: svg).last?.first)
        #expect(abs(xs[1] + widths[1] / 2 - median) < 0.01)
        #expect(abs(xs[0] + widths[0] / 2 - median) < 0.01)
    }

    @Test func aWidenedDarkBandStaysWithinTheLightOne() throws {
        // p10 = p25 = p50 = p75 = 50, p90 = 60: the dark band, widened around 50, would start left of p10.
        let leaning = Distribution(n: 5, mean: 52, p10: 50, p25: 50, p50: 50, p75: 50, p90: 60)
        let svg = Self.svg(score: 50, leaning)
        let xs = Self.attribute("x", of: "rect", in: svg).map { $0.first ?? 0 }
        let widths = Self.attribute("width", of: "rect", in: svg).map { $0.first ?? 0 }
        #expect(xs[1] >= xs[0] - 1e-9 && xs[1] + widths[1] <= xs[0] + widths[0] + 1e-9)
        #expect(widths[1] >= BenchmarkStrip.darkLeast)
    }

    /// Whatever the figures, both bands are at least their least width and the dark one lies within the light one.
    @Test(arguments: [(50.0, 50.0, 50.0, 50.0, 50.0), (40, 50, 60, 60, 60), (60, 60, 60, 70, 90), (0, 0, 0, 0, 0),
                      (100, 100, 100, 100, 100), (10, 25, 50, 75, 90), (99, 99.5, 100, 100, 100), (50, 50, 50, 50, 60), (40, 50, 50, 50, 50)])
    func bandsAreNestedAndVisible(_ q: (Double, Double, Double, Double, Double)) {
        let figures = Distribution(n: 5, mean: q.2, p10: q.0, p25: q.1, p50: q.2, p75: q.3, p90: q.4)
        let svg = Self.svg(score: 50, figures)
        let xs = Self.attribute("x", of: "rect", in: svg).map { $0.first ?? 0 }
        let widths = Self.attribute("width", of: "rect", in: svg).map { $0.first ?? 0 }
        #expect(widths[0] >= BenchmarkStrip.lightLeast - 1e-9 && widths[1] >= BenchmarkStrip.darkLeast - 1e-9)
        #expect(xs[1] >= xs[0] - 1e-9 && xs[1] + widths[1] <= xs[0] + widths[0] + 1e-9, "\(q)")
    }

    @Test func wideBandsAreDrawnAtTheirQuantiles() {
        let spread = Distribution(n: 10, mean: 50, p10: 10, p25: 25, p50: 50, p75: 75, p90: 90)
        let svg = Self.svg(score: 60, spread)
        let x = { (score: Double) in BenchmarkStrip.margin + score / 100 * (BenchmarkStrip.width - 2 * BenchmarkStrip.margin) }
        let xs = Self.attribute("x", of: "rect", in: svg).map { $0.first ?? 0 }
        let widths = Self.attribute("width", of: "rect", in: svg).map { $0.first ?? 0 }
        #expect(abs(xs[0] - x(10)) < 0.01 && abs(widths[0] - (x(90) - x(10))) < 0.01)
        #expect(abs(xs[1] - x(25)) < 0.01 && abs(widths[1] - (x(75) - x(25))) < 0.01)
    }

    @Test(arguments: [25.0, 50, 75, 0, 100])
    func theDiamondPointsAtTheScoreAboveTheMedianLine(_ score: Double) throws {
        let spread = Distribution(n: 10, mean: 50, p10: 10, p25: 25, p50: 50, p75: 75, p90: 90)
        let svg = Self.svg(score: score, spread)
        let points = try #require(Self.attribute("points", of: "polygon", in: svg).first)
        let ys = stride(from: 1, to: points.count, by: 2).map { points[$0] }
        let xs = stride(from: 0, to: points.count, by: 2).map { points[$0] }
        let medianTop = try #require(Self.attribute("y1", of: "line", in: svg).last?.first)
        // Every point of the diamond, its stroke included, lies above the median line and the
        // bands: a mitred right-angled tip reaches √2 half-widths beyond its point.
        let stroke = try #require(Self.attribute("stroke-width", of: "polygon", in: svg).first?.first)
        let reach = (ys.max() ?? .infinity) + stroke / 2 * 2.squareRoot()
        #expect(reach < medianTop)
        #expect(reach < BenchmarkStrip.bandTop)
        #expect((ys.min() ?? -.infinity) - stroke / 2 * 2.squareRoot() >= 0)
        // Its tip is at the score.
        let tip = xs[ys.firstIndex(of: ys.max() ?? 0) ?? 0]
        let x = BenchmarkStrip.margin + score / 100 * (BenchmarkStrip.width - 2 * BenchmarkStrip.margin)
        #expect(abs(tip - x) < 0.01)
    }

    @Test func noScoreNoDiamond() {
        #expect(!Self.svg(score: nil, Distribution(n: 5, mean: 50, p10: 40, p25: 45, p50: 50, p75: 55, p90: 60)).contains("<polygon"))
    }
}
