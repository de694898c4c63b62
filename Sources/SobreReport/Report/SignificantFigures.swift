import Foundation

/// Estimates as human reports show them (SPEC §8): rounded to a few significant digits, since
/// they are orders of magnitude, not measures.
package enum SignificantFigures {
    /// `x` rounded to `digits` significant digits: 1 234 → 1 200, 0.05678 → 0.057, 0 → 0.
    package static func rounded(_ x: Double, digits: Int = 2) -> Double {
        guard x.isFinite, x != 0, digits > 0 else { return x }
        let magnitude = Int(floor(log10(abs(x))))
        let scale = pow(10, Double(digits - 1 - magnitude))
        let r = (x * scale).rounded() / scale
        return r.isFinite ? r : x
    }
}
