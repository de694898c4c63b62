import Foundation
import SobreCore

/// How human reports write an estimate (SPEC §8): two significant digits, because the factors
/// behind it are averages, with the thousands grouped the way the language does it ("48 000",
/// "48,000") and a decimal comma in French.
///
/// A value in kilograms of a thousand or more is written in tonnes ("2,5 tCO2e/an" rather than
/// "2 500 kgCO2e/an"): the unit is the questionnaire's, and only its `kg` prefix is read.
package enum EstimateText {
    /// The value and unit as shown: in tonnes for a thousand kilograms or more.
    package static func scaled(_ x: Double, unit: String) -> (value: Double, unit: String) {
        if unit.hasPrefix("kg"), abs(SignificantFigures.rounded(x)) >= 1000 { return (x / 1000, "t" + unit.dropFirst(2)) }
        return (x, unit)
    }

    /// "16 000 kWh/an", "2,5 tCO2e/an", "860 kgCO2e/an", "0,45 €/an" (the unit after a no-break space).
    package static func estimate(_ x: Double, unit: String, language: Language) -> String {
        let (value, shownUnit) = scaled(x, unit: unit)
        let number = grouped(SignificantFigures.rounded(value), language: language)
        // A no-break space: a narrow page never leaves the figure at a line's end without its unit.
        return shownUnit.isEmpty ? number : number + "\u{A0}" + shownUnit
    }

    /// A factor's value as declared (not rounded: it is what the estimates use), grouped.
    package static func factor(_ x: Double, language: Language) -> String {
        grouped(x, language: language)
    }

    /// `x` with its thousands grouped (a no-break space in French, a comma in English) and at
    /// most the decimals it needs (up to 6, enough for any factor).
    package static func grouped(_ x: Double, language: Language) -> String {
        guard x.isFinite, abs(x) < 1e15 else { return String(x) }
        var decimals = 0
        while decimals < 6, (x * pow(10, Double(decimals))).rounded() / pow(10, Double(decimals)) != x { decimals += 1 }
        let scale = pow(10, Double(decimals))
        let whole = Int64((abs(x) * scale).rounded())
        let integer = String(whole / Int64(scale))
        var fraction = decimals > 0 ? String(whole % Int64(scale)) : ""
        if decimals > 0 {
            fraction = String(repeating: "0", count: decimals - fraction.count) + fraction
            while fraction.hasSuffix("0") { fraction.removeLast() }
        }
        let separator = language == .fr ? "\u{00A0}" : ","
        var groups: [Substring] = []
        var rest = Substring(integer)
        while rest.count > 3 {
            groups.insert(rest.suffix(3), at: 0)
            rest = rest.dropLast(3)
        }
        groups.insert(rest, at: 0)
        var text = (x < 0 && whole > 0 ? "-" : "") + groups.joined(separator: separator)
        if !fraction.isEmpty { text += (language == .fr ? "," : ".") + fraction }
        return text
    }
}
