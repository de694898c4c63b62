#if canImport(Glibc)
import Glibc
#endif

/// Days (`2026-11-29`) and instants (`2026-11-29T09:12:00Z`) as assessment files write them:
/// checked, read, written and taken from the clock in UTC, without Foundation's
/// locale-dependent formatters.
package enum IsoDate {
    /// Whether `text` is a real day written `YYYY-MM-DD`.
    package static func isValidDay(_ text: String) -> Bool {
        // Exactly `DDDD-DD-DD` in ASCII digits, read on the bytes: called for every file read.
        let b = Array(text.utf8)
        func digit(_ k: Int) -> Int? {
            b[k] >= UInt8(ascii: "0") && b[k] <= UInt8(ascii: "9") ? Int(b[k] - UInt8(ascii: "0")) : nil
        }
        guard b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"),
              let y0 = digit(0), let y1 = digit(1), let y2 = digit(2), let y3 = digit(3),
              let m0 = digit(5), let m1 = digit(6), let d0 = digit(8), let d1 = digit(9) else { return false }
        let y = ((y0 * 10 + y1) * 10 + y2) * 10 + y3, m = m0 * 10 + m1, d = d0 * 10 + d1
        guard (1...12).contains(m) else { return false }
        let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
        return (1...days).contains(d)
    }

    /// Whether `text` is a month written `YYYY-MM` (a benchmark's population, SPEC §11).
    package static func isValidMonth(_ text: String) -> Bool {
        text.utf8.count == 7 && isValidDay(text + "-01")
    }

    /// The year of a real day written `YYYY-MM-DD`; nil when `text` is no such day.
    package static func year(of text: String) -> Int? {
        isValidDay(text) ? Int(text.prefix(4)) : nil
    }

    /// Seconds since 1970-01-01T00:00:00Z of an RFC 3339 time (`2026-11-29T09:12:00Z`,
    /// `…T11:12:00.5+02:00`), nil when `text` is not one.
    package static func instant(_ text: String) -> Double? {
        let b = Array(text.utf8)
        func digits(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= b.count else { return nil }
            var value = 0
            for k in from..<(from + count) {
                guard b[k] >= 48, b[k] <= 57 else { return nil }
                value = value * 10 + Int(b[k] - 48)
            }
            return value
        }
        guard b.count >= 20, isValidDay(String(decoding: b[0..<10], as: UTF8.self)),
              b[10] == UInt8(ascii: "T") || b[10] == UInt8(ascii: "t") || b[10] == UInt8(ascii: " "),
              let y = digits(0, 4), let mo = digits(5, 2), let d = digits(8, 2),
              let h = digits(11, 2), b[13] == UInt8(ascii: ":"), let mi = digits(14, 2), b[16] == UInt8(ascii: ":"),
              let sec = digits(17, 2), h < 24, mi < 60, sec <= 60 else { return nil }
        var i = 19
        var fraction = 0.0
        if i < b.count, b[i] == UInt8(ascii: ".") {
            i += 1
            var scale = 0.1
            let start = i
            while i < b.count, b[i] >= 48, b[i] <= 57 {
                fraction += Double(b[i] - 48) * scale
                scale /= 10
                i += 1
            }
            guard i > start else { return nil }
        }
        var offset = 0
        guard i < b.count else { return nil }
        if b[i] == UInt8(ascii: "Z") || b[i] == UInt8(ascii: "z") {
            i += 1
        } else if b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") {
            guard let oh = digits(i + 1, 2), i + 3 < b.count, b[i + 3] == UInt8(ascii: ":"), let om = digits(i + 4, 2),
                  oh < 24, om < 60 else { return nil }
            offset = (oh * 60 + om) * 60 * (b[i] == UInt8(ascii: "-") ? -1 : 1)
            i += 6
        } else {
            return nil
        }
        guard i == b.count else { return nil }
        // Days from the civil date (proleptic Gregorian), after H. Hinnant's days_from_civil.
        let yy = mo <= 2 ? y - 1 : y
        let era = (yy >= 0 ? yy : yy - 399) / 400
        let yoe = yy - era * 400
        let doy = (153 * (mo + (mo > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        let days = era * 146_097 + doe - 719_468
        return Double(days * 86_400 + h * 3_600 + mi * 60 + sec - offset) + fraction
    }

    /// Seconds since 1970-01-01T00:00:00Z, now.
    package static func nowSeconds() -> Int {
        Int(time(nil))
    }

    /// The current time as a timestamp.
    package static func now() -> String { timestamp(nowSeconds()) }

    /// `2026-11-29T09:12:00Z`.
    package static func timestamp(_ seconds: Int) -> String {
        let days = floorDivide(seconds, 86_400)
        let s = seconds - days * 86_400
        return day(seconds) + "T\(pad(s / 3600, 2)):\(pad(s % 3600 / 60, 2)):\(pad(s % 60, 2))Z"
    }

    /// The year (UTC) of a count of seconds since 1970-01-01T00:00:00Z.
    package static func year(ofSeconds seconds: Int) -> Int {
        civil(days: floorDivide(seconds, 86_400)).0
    }

    /// `2026-11-29`.
    package static func day(_ seconds: Int) -> String {
        let (y, m, d) = civil(days: floorDivide(seconds, 86_400))
        return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))"
    }

    /// Year, month, day of a count of days since 1970-01-01 (H. Hinnant's civil_from_days).
    static func civil(days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = floorDivide(z, 146_097)
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    private static func floorDivide(_ a: Int, _ b: Int) -> Int {
        a >= 0 ? a / b : -((-a + b - 1) / b)
    }

    private static func pad(_ n: Int, _ width: Int) -> String {
        let text = String(n)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }
}
