/// Soft wrapping at word boundaries for a terminal, so long help texts do not break mid-word.
///
/// Continuation lines keep the line's indentation; escape codes count for no width. A line never
/// starts with a French closing mark set off by a space (« ? », « : », « ; », « ! », « » »,
/// « % », « € ») nor ends with « « »: the word before it goes down with it, or, when it is
/// the line's only word, the line runs over.
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
            // The break goes before the last word that may start a line: not a closing mark, nor
            // the word after an opening quote. With none, the line runs over rather than break badly.
            let words = current + [word]
            var cut = current.count
            while cut > 0, isClosingMark(words[cut]) || words[cut - 1] == "«" { cut -= 1 }
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

    /// Whether a word set off by a space is a mark that closes what comes before it.
    private static func isClosingMark(_ word: Substring) -> Bool {
        guard let first = word.first else { return false }
        return "?!;:»%€".contains(first)
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
