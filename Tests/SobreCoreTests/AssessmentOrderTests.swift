@testable import SobreCore
import Testing

/// `AssessmentOrder`: one order of assessments in time, whatever their `updated_at` holds.
@Suite struct AssessmentOrderTests {
    static func key(_ updatedAt: String?, _ file: String, date: String = "2026-05-04") -> AssessmentOrder.Key {
        .init(date: date, updatedAt: updatedAt, file: file)
    }

    /// Each ordering of `keys`, sorted, gives the same files in the same order.
    static func sortedAlike(_ keys: [AssessmentOrder.Key]) -> [String]? {
        var orders: Set<[String]> = []
        func permute(_ rest: [AssessmentOrder.Key], _ taken: [AssessmentOrder.Key]) {
            if rest.isEmpty {
                orders.insert(taken.sorted(by: AssessmentOrder.precedes).map(\.file))
                // `max` as the comparison takes a site's latest.
                orders.insert([taken.max(by: AssessmentOrder.precedes)?.file ?? ""] + [])
                return
            }
            for k in rest.indices {
                var others = rest
                let next = others.remove(at: k)
                permute(others, taken + [next])
            }
        }
        permute(keys, [])
        let sorts = orders.filter { $0.count == keys.count }
        let maxima = orders.filter { $0.count == 1 }
        guard sorts.count == 1, maxima.count == 1, let sorted = sorts.first, sorted.last == maxima.first?.first else { return nil }
        return sorted
    }

    @Test func aTimeThatIsNoInstantMakesNoCycle() {
        // As text 09:00Z < 09:30 < 10:00+02:00; as instants 10:00+02:00 (08:00 UTC) < 09:00Z. Each
        // pair compared on its own terms made a cycle, and the latest depended on the listing.
        let keys = [Self.key("2026-05-04T10:00:00+02:00", "a.json"), Self.key("2026-05-04T09:00:00Z", "b.json"),
                    Self.key("2026-05-04T09:30", "c.json")]
        #expect(Self.sortedAlike(keys) == ["c.json", "a.json", "b.json"])
    }

    @Test func noneThenTextsThenInstants() {
        let keys = [Self.key("2026-05-04T08:00:00Z", "a.json"), Self.key(nil, "b.json"), Self.key("hier", "c.json"),
                    Self.key("avant-hier", "d.json"), Self.key("2026-05-04T07:00:00.5Z", "e.json")]
        #expect(Self.sortedAlike(keys) == ["b.json", "d.json", "c.json", "e.json", "a.json"])
    }

    @Test func oneInstantWrittenTwoWaysGoesByFile() {
        let keys = [Self.key("2026-05-04T10:00:00+02:00", "b.json"), Self.key("2026-05-04T08:00:00Z", "a.json")]
        #expect(Self.sortedAlike(keys) == ["a.json", "b.json"])
        #expect(!AssessmentOrder.precedes(keys[0], keys[0]))
    }

    @Test func theDateComesFirst() {
        let keys = [Self.key("2026-05-04T10:00:00Z", "a.json", date: "2026-05-05"), Self.key(nil, "b.json", date: "2026-05-06"),
                    Self.key("x", "c.json", date: "2026-05-04")]
        #expect(Self.sortedAlike(keys) == ["c.json", "a.json", "b.json"])
    }

    @Test func filesAreToldApartByTheirBytes() {
        // One é, or an e and an accent: two files on Linux, equal as `String`s.
        let keys = [Self.key(nil, "caf\u{E9}.json"), Self.key(nil, "cafe\u{301}.json")]
        #expect(AssessmentOrder.precedes(keys[0], keys[1]) != AssessmentOrder.precedes(keys[1], keys[0]))
        #expect(Self.sortedAlike(keys) != nil)
        let times = [Self.key("caf\u{E9}", "a.json"), Self.key("cafe\u{301}", "b.json")]
        #expect(AssessmentOrder.precedes(times[0], times[1]) != AssessmentOrder.precedes(times[1], times[0]))
    }
}
