/// Soft wrapping at word boundaries for a terminal, so long help texts do not break mid-word.
///
/// Continuation lines keep the line's indentation; escape codes count for no width. A line never
/// starts with a French closing mark set off by a space (« ? », « : », « ; », « ! », « » »,
/// « % », « € »), never ends with « « », and never parts a number from what it counts
/// (« 363 kWh », « 1 000 »): the word before goes down with it, or, when nothing can, the line
/// runs over.
package enum TextWrap {
    /// `text` wrapped to `width` columns.
    package static func wrap(_ text: String, width: Int) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { wrapLine(String($0), width: width) }
            .joined(separator: "\n")
    }

    private static func wrapLine(_ line: String, width: Int) -> String {
        guard visibleCount(line) > width else { return line }
        let indent = String(line.prefix { $0 == " " })
        var lines: [String] = []
        // The words of the line being filled.
        var current: [Substring] = []
        func text(_ words: [Substring]) -> String { (lines.isEmpty ? indent : indent + "  ") + words.joined(separator: " ") }
        for word in line.dropFirst(indent.count).split(separator: " ", omittingEmptySubsequences: false) {
            guard !current.isEmpty, visibleCount(text(current + [word])) > width else {
                current.append(word)
                continue
            }
            // The break goes at the last place one may: not before a closing mark, after an opening
            // quote, nor between a number and its unit. With none, the line runs over rather than
            // break badly.
            let words = current + [word]
            var cut = current.count
            while cut > 0, !mayBreak(between: words[cut - 1], and: words[cut]) { cut -= 1 }
            if cut == 0 {
                current = words
                continue
            }
            lines.append(text(Array(words[..<cut])))
            current = Array(words[cut...])
        }
        lines.append(text(current))
        return lines.joined(separator: "\n")
    }

    /// Whether a line may end with `a` and the next start with `b`: not before a closing mark
    /// (« ? », « : »…), after « « », nor inside a number and what it counts (« 5 ans », « 1 000 »).
    static func mayBreak(between a: Substring, and b: Substring) -> Bool {
        guard let first = b.first else { return true }
        if FrenchTypography.closingMarks.contains(first) || a == "«" { return false }
        if let last = a.last, last.isASCII, last.isNumber {
            if first.isLetter { return false }
            // A group of three digits continues a number written with spaces (« 1 000 »).
            let digits = b.prefix { $0.isASCII && $0.isNumber }
            if digits.count == 3, b.dropFirst(3).first.map({ !($0.isASCII && $0.isNumber) }) ?? true { return false }
        }
        return true
    }

    /// Characters shown, not counting ANSI escape sequences.
    private static func visibleCount(_ s: String) -> Int {
        var count = 0
        var inEscape = false
        for scalar in s.unicodeScalars {
            if inEscape {
                if (scalar.value >= 0x40 && scalar.value <= 0x7E) && scalar != "[" { inEscape = false }
            } else if scalar == "\u{1B}" {
                inEscape = true
            } else if scalar.properties.generalCategory != .nonspacingMark {
                count += 1
            }
        }
        return count
    }
}
