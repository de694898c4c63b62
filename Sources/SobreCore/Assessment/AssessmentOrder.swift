/// The order of assessments in time (SPEC §5.1): by date, then `updated_at`, then file. The
/// last in this order is a site's latest assessment, for `compare`, for the interview's offer
/// of earlier answers and for the head office's file a site inherits from.
///
/// `updated_at` is read as an instant, so that a fraction of a second or an offset does not
/// sort as text. A value that is no RFC 3339 time (a hand edit) cannot be placed among
/// instants: a missing one comes first, then those values as text, then the instants. Comparing
/// a bad value with each instant as text instead would make no order: with `10:00+02:00`
/// (08:00 UTC), `09:00Z` and `09:30`, each would come before the next, and which file is the
/// latest would depend on the order the folder lists them.
package enum AssessmentOrder {
    /// What an assessment is placed by.
    package struct Key {
        package let date: String
        package let updatedAt: String?
        /// Settles the rest: two files of one date and one time.
        package let file: String

        package init(date: String, updatedAt: String?, file: String) {
            self.date = date
            self.updatedAt = updatedAt
            self.file = file
        }
    }

    /// Whether `a` comes before `b`: a strict total order on distinct files.
    package static func precedes(_ a: Key, _ b: Key) -> Bool {
        if !same(a.date, b.date) { return precedes(a.date, b.date) }
        switch (time(a.updatedAt), time(b.updatedAt)) {
        case (.instant(let x), .instant(let y)) where x != y: return x < y
        case (.text(let x), .text(let y)) where !same(x, y): return precedes(x, y)
        case let (x, y) where x.rank != y.rank: return x.rank < y.rank
        default: break
        }
        return precedes(a.file, b.file)
    }

    // Texts are compared on their bytes, not as `String` compares them: `café` written with
    // one é and with an e and an accent are two files (on Linux), which `String` takes for
    // equal, and then neither came before the other.
    private static func same(_ x: String, _ y: String) -> Bool { x.utf8.elementsEqual(y.utf8) }

    private static func precedes(_ x: String, _ y: String) -> Bool {
        x.utf8.lexicographicallyPrecedes(y.utf8)
    }

    private enum Time {
        case missing
        case text(String)
        case instant(Double)

        var rank: Int {
            switch self {
            case .missing: 0
            case .text: 1
            case .instant: 2
            }
        }
    }

    private static func time(_ text: String?) -> Time {
        guard let text else { return .missing }
        return IsoDate.instant(text).map { .instant($0) } ?? .text(text)
    }
}
