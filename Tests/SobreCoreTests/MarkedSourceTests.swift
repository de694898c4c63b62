import Testing
@testable import SobreCore

/// The test helper itself: a wrong column here would make every diagnostics test lie.
@Suite struct MarkedSourceTests {
    @Test func removesMarkersAndRecordsTheirPlaces() {
        let source = MarkedSource("a: 1️⃣b\n  2️⃣c: d3️⃣\n🔟")
        #expect(source.text == "a: b\n  c: d\n")
        #expect(source.locations["1️⃣"]! == (1, 4))
        #expect(source.locations["2️⃣"]! == (2, 3))
        #expect(source.locations["3️⃣"]! == (2, 7))
        #expect(source.locations["🔟"]! == (3, 1))
        #expect(source.locations.count == 4)
    }

    @Test func countsColumnsInUnicodeScalars() {
        // « é » as one scalar, « e + ◌́ » as two: the loader counts scalars, so must the helper.
        let source = MarkedSource("é: 1️⃣x\ne\u{301}: 2️⃣y\n😀 3️⃣z")
        #expect(source.locations["1️⃣"]! == (1, 4))
        #expect(source.locations["2️⃣"]! == (2, 5))
        #expect(source.locations["3️⃣"]! == (3, 3))
    }

    @Test func plainDigitsAreNotMarkers() {
        let source = MarkedSource("min: 1\nmax: 9\n")
        #expect(source.text == "min: 1\nmax: 9\n")
        #expect(source.locations.isEmpty)
    }
}
