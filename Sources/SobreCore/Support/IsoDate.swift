/// Calendar checks for `YYYY-MM-DD`, without Foundation's locale-dependent formatters.
public enum IsoDate {
    /// Whether `text` is a real day written `YYYY-MM-DD`.
    public static func isValidDay(_ text: String) -> Bool {
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
}
