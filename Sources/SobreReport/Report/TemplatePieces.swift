/// A Mustache template cut into pieces at line ends where no section is open, so that each
/// piece is parsed on its own and the pieces' renderings, joined, are the template's.
///
/// Why: swift-mustache's parser measures the rest of the text (a walk over its characters) at
/// every `{`, so parsing costs the number of tags times the template's length. The bundled HTML
/// report's 14 KB took more instructions to parse than loading the questionnaire; in pieces of
/// about 2 KB it is several times cheaper, and the pieces parse on every core.
///
/// A cut in the wrong place cannot go unseen: a section opened in one piece and closed in
/// another makes both fail to parse, and `TemplateParse` then parses the whole text. Templates
/// that change the delimiters (`{{=<% %>=}}`) or set a pragma (`{{% … }}`), whose effect runs
/// past a piece, are not cut.
enum TemplatePieces {
    /// The pieces of `text`, in order, of about `size` bytes each; the whole text alone when it
    /// cannot be cut safely.
    static func split(_ text: String, size: Int = 2048) -> [String] {
        var pieces: [String] = []
        var piece = Substring()
        var depth = 0
        var rest = Substring(text)
        while !rest.isEmpty {
            // One line, its newline included: a tag's standalone rule looks at its line alone.
            let end = rest.firstIndex(of: "\n").map { rest.index(after: $0) } ?? rest.endIndex
            let line = rest[..<end]
            rest = rest[end...]
            guard let change = depthChange(of: line) else { return [text] }
            depth += change
            guard depth >= 0 else { return [text] }
            piece = piece.isEmpty ? line : text[piece.startIndex..<line.endIndex]
            if depth == 0, piece.utf8.count >= size {
                pieces.append(String(piece))
                piece = Substring()
            }
        }
        if !piece.isEmpty { pieces.append(String(piece)) }
        guard depth == 0, !pieces.isEmpty else { return [text] }
        return pieces
    }

    /// How many sections `line` opens less those it closes; nil when a tag is not closed on its
    /// line, or changes the delimiters or sets a pragma.
    private static func depthChange(of line: Substring) -> Int? {
        var change = 0
        var rest = line
        while let open = rest.firstRange(of: "{{") {
            let after = rest[open.upperBound...]
            let triple = after.first == "{"
            guard let close = after.firstRange(of: triple ? "}}}" : "}}") else { return nil }
            let content = after[after.startIndex..<close.lowerBound].drop { $0 == " " || $0 == "\t" }
            switch content.first {
            case "#", "^": change += 1
            case "/": change -= 1
            case "=", "%": return nil
            default: break
            }
            rest = after[close.upperBound...]
        }
        return change
    }
}
