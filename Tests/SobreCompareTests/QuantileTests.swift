import SobreCore
import Testing

/// The quantile rule of SPEC §11 at its edges.
@Suite struct QuantileTests {
    @Test func interpolatesBetweenTheTwoNearestValues() throws {
        // n = 5: h = 4p; p25 → x[1], p10 → x[0] + 0.4·(x[1] − x[0]).
        let d = try #require(Distribution([40, 10, 30, 20, 50]))
        #expect(d.n == 5)
        #expect(d.mean == 30)
        #expect(abs(d.p10 - 14) < 1e-12)
        #expect(d.p25 == 20)
        #expect(d.p50 == 30)
        #expect(d.p75 == 40)
        #expect(abs(d.p90 - 46) < 1e-12)
    }

    @Test func theTopIsTheLargestValue() {
        #expect(Quantile.of(sorted: [1, 2, 3], 1) == 3)
        #expect(Quantile.of(sorted: [1, 2, 3], 0) == 1)
        #expect(Quantile.of(sorted: [7], 0.9) == 7)
        #expect(Quantile.of(sorted: [], 0.5) == nil)
    }

    @Test func twoValues() {
        // h = p: p90 is 90 % of the way from the first to the second.
        #expect(Quantile.of(sorted: [0, 100], 0.9) == 90)
        #expect(Quantile.of(sorted: [0, 100], 0.5) == 50)
        #expect(Quantile.of(sorted: [0, 100], 0.1) == 10)
    }

    @Test func equalValuesGiveThatValue() throws {
        let d = try #require(Distribution([62.5, 62.5, 62.5, 62.5, 62.5]))
        #expect(d.quantiles == [62.5, 62.5, 62.5, 62.5, 62.5])
        #expect(d.mean == 62.5)
    }

    @Test func theOrderOfTheValuesDoesNotMatter() {
        #expect(Distribution([3, 1, 2, 5, 4]) == Distribution([1, 2, 3, 4, 5]))
    }

    @Test func theMeanOfValuesNearTheLargestDoubleIsFinite() throws {
        // Their sum overflowed to infinity, written as null, which the benchmark reader refuses.
        let d = try #require(Distribution([1e308, 1e308]))
        #expect(d.mean == 1e308)
        let largest = try #require(Distribution([.greatestFiniteMagnitude, .greatestFiniteMagnitude, .greatestFiniteMagnitude]))
        #expect(largest.mean == .greatestFiniteMagnitude)
        let mixed = try #require(Distribution([-1e308, -1e308, -1e308, 1e308]))
        #expect(mixed.mean.isFinite && abs(mixed.mean + 0.5e308) <= 1e293)
    }

    @Test func theMeanOfASmallBenchmarkIsTheSumDividedAsBefore() throws {
        // The goldens' means: the plain sum whenever it is finite.
        let values = [0.1, 0.2, 0.3, 12.5, 7.25]
        #expect(Distribution(values)?.mean == values.sorted().reduce(0, +) / 5)
    }
}
