/// Splits an expression into tokens; every character is accounted for or reported.
struct ExpressionLexer {
    private let scalars: [Unicode.Scalar]
    private let language: Language

    init(text: String, language: Language) {
        self.scalars = Array(text.unicodeScalars)
        self.language = language
    }

    func tokens() throws(ExpressionSyntaxError) -> [ExpressionToken] {
        var result: [ExpressionToken] = []
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            if c == " " || c == "\t" || c == "\n" || c == "\r" {
                i += 1
            } else if isDigit(c) {
                let start = i
                while i < scalars.count, isDigit(scalars[i]) { i += 1 }
                if i + 1 < scalars.count, scalars[i] == ".", isDigit(scalars[i + 1]) {
                    i += 1
                    while i < scalars.count, isDigit(scalars[i]) { i += 1 }
                }
                let literal = ascii(start..<i)
                guard let value = Double(literal), value.isFinite else {
                    throw error(at: start, fr: "nombre invalide « \(literal) »", en: "invalid number '\(literal)'")
                }
                result.append(ExpressionToken(kind: .number(value), offset: start))
            } else if isNameStart(c) {
                let start = i
                while i < scalars.count, isNamePart(scalars[i]) { i += 1 }
                let name = ascii(start..<i)
                result.append(ExpressionToken(kind: .name(name), offset: start))
            } else if c == "'" || c == "\"" {
                let start = i
                var value = String.UnicodeScalarView()
                i += 1
                var closed = false
                while i < scalars.count {
                    let d = scalars[i]
                    if d == "\\", i + 1 < scalars.count {
                        value.append(scalars[i + 1])
                        i += 2
                    } else if d == c {
                        closed = true
                        i += 1
                        break
                    } else {
                        value.append(d)
                        i += 1
                    }
                }
                guard closed else {
                    throw error(at: start, fr: "texte non terminé : il manque le guillemet fermant \(c)",
                                en: "unterminated string: missing closing \(c)")
                }
                result.append(ExpressionToken(kind: .string(String(value)), offset: start))
            } else {
                let start = i
                // `==`, `!=`, `<=`, `>=`, then the one-character symbols.
                if i + 1 < scalars.count, scalars[i + 1] == "=", c == "=" || c == "!" || c == "<" || c == ">" {
                    result.append(ExpressionToken(kind: .symbol(ascii(i..<(i + 2))), offset: start))
                    i += 2
                } else if Self.symbols.contains(c) {
                    result.append(ExpressionToken(kind: .symbol(ascii(i..<(i + 1))), offset: start))
                    i += 1
                } else if c == "=" {
                    throw error(at: start, fr: "« = » seul n’existe pas : écrivez « == » pour comparer",
                                en: "a single '=' is not an operator: write '==' to compare")
                } else {
                    throw error(at: start, fr: "caractère inattendu « \(c) »", en: "unexpected character '\(c)'")
                }
            }
        }
        result.append(ExpressionToken(kind: .end, offset: scalars.count))
        return result
    }

    /// The symbols of one character.
    private static let symbols: Set<Unicode.Scalar> = Set("().,[]+-*/<>".unicodeScalars)

    /// The text of `scalars[range]`, all ASCII (numbers, names and symbols are), made from its
    /// bytes: appending the scalars to a `String.UnicodeScalarView` (a generic append, element by
    /// element) was most of the time of reading the bundled questionnaire's hundred expressions.
    private func ascii(_ range: Range<Int>) -> String {
        String(unsafeUninitializedCapacity: range.count) { buffer in
            for (k, i) in range.enumerated() { buffer[k] = UInt8(truncatingIfNeeded: scalars[i].value) }
            return range.count
        }
    }

    private func error(at offset: Int, fr: String, en: String) -> ExpressionSyntaxError {
        ExpressionSyntaxError(offset: offset, message: language.pick(fr: fr, en: en))
    }

    private func isDigit(_ c: Unicode.Scalar) -> Bool { c >= "0" && c <= "9" }
    private func isNameStart(_ c: Unicode.Scalar) -> Bool { (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || c == "_" }
    private func isNamePart(_ c: Unicode.Scalar) -> Bool { isNameStart(c) || isDigit(c) }
}
