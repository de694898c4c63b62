/// Identifiers from names: lower-case ASCII letters and digits joined by `-`, accents folded
/// (`Foyer d’hébergement Le Moulin` → `foyer-d-hebergement-le-moulin`, `São` → `sao`).
///
/// The interview's site ids and the demo's are the same function: a site named in both gets one folder.
package enum Slug {
    /// The slug of `name`; `fallback` when nothing in it is a letter or a digit.
    package static func make(_ name: String, fallback: String = "") -> String {
        var out = ""
        var pendingDash = false
        for scalar in name.lowercased().unicodeScalars {
            let plain: String
            if scalar.isASCII {
                plain = String(Character(scalar))
            } else if let mapped = folded[scalar] {
                plain = mapped
            } else if scalar.properties.generalCategory == .nonspacingMark {
                continue   // combining accents of decomposed text
            } else {
                plain = " "
            }
            for c in plain {
                if c.isASCII, c.isLetter || c.isNumber {
                    if pendingDash, !out.isEmpty { out += "-" }
                    pendingDash = false
                    out.append(c)
                } else {
                    pendingDash = true
                }
            }
        }
        return out.isEmpty ? fallback : out
    }

    /// `text` in lower case with its letters' accents taken off (`Engagé` → `engage`), every
    /// other character kept: to match a name typed without its accents, and nothing looser.
    package static func withoutAccents(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.lowercased().unicodeScalars {
            if !scalar.isASCII, scalar != "’", let mapped = folded[scalar] {
                out.append(contentsOf: mapped.unicodeScalars)
            } else if scalar.properties.generalCategory != .nonspacingMark {
                out.append(scalar)
            }
        }
        return String(out)
    }

    private static let folded: [Unicode.Scalar: String] = {
        var table: [Unicode.Scalar: String] = [:]
        let groups: [(String, String)] = [
            ("àáâãäåāăą", "a"), ("çćĉċč", "c"), ("ďđ", "d"), ("èéêëēĕėęě", "e"), ("ĝğġģ", "g"), ("ĥħ", "h"),
            ("ìíîïĩīĭįı", "i"), ("ĵ", "j"), ("ķ", "k"), ("ĺļľŀł", "l"), ("ñńņňŉ", "n"), ("òóôõöøōŏő", "o"),
            ("ŕŗř", "r"), ("śŝşšș", "s"), ("ţťŧț", "t"), ("ùúûüũūŭůűų", "u"), ("ŵ", "w"), ("ýÿŷ", "y"), ("źżž", "z"),
        ]
        for (letters, plain) in groups {
            for s in letters.unicodeScalars { table[s] = plain }
        }
        table["æ"] = "ae"
        table["œ"] = "oe"
        table["ß"] = "ss"
        table["’"] = " "
        return table
    }()
}
