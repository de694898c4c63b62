@testable import SobreCore
import Testing

/// The year objectives count from: only a real day has one.
@Suite struct IsoDateYearTests {
    @Test func aRealDayHasAYear() {
        #expect(IsoDate.year(of: "2026-05-04") == 2026)
        #expect(IsoDate.year(of: "2024-02-29") == 2024)
        // `Int("+202")` is 202: the prefix alone took such texts for a year.
        for text in ["+202-05-04", "2026-13-01", "2025-02-29", "2026", "", "2026-05-04T10:00:00Z"] {
            #expect(IsoDate.year(of: text) == nil, "\(text)")
        }
    }
}
