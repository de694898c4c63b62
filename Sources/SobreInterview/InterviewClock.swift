#if canImport(Glibc)
import Glibc
#endif

/// UTC times as the assessment file writes them, without locale-dependent formatters.
public enum InterviewClock {
    /// Seconds since 1970-01-01T00:00:00Z.
    public static func nowSeconds() -> Int {
        Int(time(nil))
    }

    /// `2026-11-29T09:12:00Z`.
    public static func timestamp(_ seconds: Int) -> String {
        let (y, m, d) = civil(days: floorDivide(seconds, 86_400))
        let s = seconds - floorDivide(seconds, 86_400) * 86_400
        return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))T\(pad(s / 3600, 2)):\(pad(s % 3600 / 60, 2)):\(pad(s % 60, 2))Z"
    }

    /// `2026-11-29`.
    public static func day(_ seconds: Int) -> String {
        let (y, m, d) = civil(days: floorDivide(seconds, 86_400))
        return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))"
    }

    /// The current time as a timestamp.
    public static func now() -> String { timestamp(nowSeconds()) }

    /// Year, month, day of a count of days since 1970-01-01 (H. Hinnant's algorithm).
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
