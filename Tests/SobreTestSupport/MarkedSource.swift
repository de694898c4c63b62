/// YAML text with inline location markers (1️⃣, 2️⃣ … 9️⃣, 🔟), after the swift-format tests.
///
/// A marker sits right where a diagnostic must point. `text` is the source without the
/// markers; `locations` gives, for each marker, the line and column of the character that
/// followed it, counted as the loader counts them (1-based, columns in Unicode scalars).
package struct MarkedSource {
    /// The source with every marker removed.
    package let text: String
    /// Marker → (line, column) in `text`.
    package let locations: [String: (line: Int, column: Int)]

    /// The keycap markers: a digit, VS16 (U+FE0F), COMBINING ENCLOSING KEYCAP (U+20E3).
    package static let markers: [String] = (1...9).map { "\($0)\u{FE0F}\u{20E3}" } + ["🔟"]

    package init(_ marked: String) {
        var out = String.UnicodeScalarView()
        var found: [String: (line: Int, column: Int)] = [:]
        let scalars = Array(marked.unicodeScalars)
        var line = 1
        var column = 1
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            if c.value >= 0x31, c.value <= 0x39, i + 2 < scalars.count,
               scalars[i + 1] == "\u{FE0F}", scalars[i + 2] == "\u{20E3}" {
                let marker = String(String.UnicodeScalarView(scalars[i...(i + 2)]))
                precondition(found[marker] == nil, "marker \(marker) used twice")
                found[marker] = (line, column)
                i += 3
                continue
            }
            if c == "🔟" {
                precondition(found["🔟"] == nil, "marker 🔟 used twice")
                found["🔟"] = (line, column)
                i += 1
                continue
            }
            out.append(c)
            if c == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            i += 1
        }
        text = String(out)
        locations = found
    }
}
