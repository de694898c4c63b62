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

    @Test func theClocksYear() {
        #expect(IsoDate.year(ofSeconds: 0) == 1970)
        #expect(IsoDate.year(ofSeconds: 1_798_761_599) == 2026)  // 2026-12-31T23:59:59Z
        #expect(IsoDate.year(ofSeconds: 1_798_761_600) == 2027)
        #expect(IsoDate.year(ofSeconds: -1) == 1969)
    }

    @Test func aMonthIsYearDashMonth() {
        #expect(IsoDate.isValidMonth("2026-05") && IsoDate.isValidMonth("0001-12"))
        for text in ["2026-13", "2026-00", "2026-5", "202-05", "2026-05-01", "", "2026\u{2011}05"] { #expect(!IsoDate.isValidMonth(text), "\(text)") }
    }
}
