/// Text from users or files made safe to print on a terminal, and names checked where typed.
///
/// An assessment file can be edited by anyone, a questionnaire written by anyone: printed raw,
/// an ESC in a site name could clear the screen or write the clipboard (OSC 52), a CR or LF
/// forge a `sobre:` line, a bidi override reorder what is read. Such characters are shown
/// visibly instead, as Swift writes them (`\u{1B}`), so the text stays readable and inert.
package enum TerminalText {
    /// Whether `scalar` can drive a terminal or change how the text around it reads: C0 and C1
    /// controls, DEL, line and paragraph separators, bidi marks, embeddings, overrides and isolates.
    package static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x2028, 0x2029: true
        case 0x200E, 0x200F, 0x061C: true
        case 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// Whether `scalar` shows nothing or changes the text around it: the unsafe ones, and every
    /// format character (zero-width space and joiners, soft hyphen, byte-order mark…). An
    /// identifier holding one would look like another.
    package static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        if isUnsafe(scalar) { return true }
        switch scalar.properties.generalCategory {
        case .format, .lineSeparator, .paragraphSeparator, .control: return true
        default: return false
        }
    }

    /// `text` with every unsafe character written as `\u{1B}`; `keepingNewlines` lets LF
    /// through (a questionnaire's multi-paragraph help). Applying it twice changes nothing.
    package static func neutralised(_ text: String, keepingNewlines: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isUnsafe(scalar), !(keepingNewlines && scalar == "\n") {
                out.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// The first unsafe character of `text`, as `U+001B`, nil when there is none.
    package static func firstUnsafe(in text: String, invisibleToo: Bool = false) -> String? {
        guard let scalar = text.unicodeScalars.first(where: invisibleToo ? isInvisible : isUnsafe) else { return nil }
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
