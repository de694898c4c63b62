import Yams

/// Walks composed YAML nodes, reading typed values and collecting located diagnostics.
struct YAMLReader {
    /// Nodes read at most; aliases can make a small file a huge tree.
    static let nodeBudget = 2_000_000

    let file: String
    let language: Language
    /// The file's text, split into lines only when a place inside a scalar is asked for.
    private let source: String
    private(set) var diagnostics: [Diagnostic] = []
    private var visited = 0
    private var budgetReported = false

    init(file: String, language: Language, source: String) {
        self.file = file
        self.language = language
        self.source = source
    }

    // MARK: - Diagnostics

    func location(_ node: Node) -> SourceLocation {
        let mark = node.mark
        return SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    /// Records an error at `node`, in a message already in the questionnaire's language
    /// (`LoaderMessage`).
    mutating func error(_ node: Node?, _ message: String) {
        diagnostics.append(Diagnostic(.error, message, at: node.map(location)))
    }

    mutating func error(at location: SourceLocation, _ message: String) {
        diagnostics.append(Diagnostic(.error, message, at: location))
    }

    mutating func warning(_ node: Node?, _ message: String) {
        diagnostics.append(Diagnostic(.warning, message, at: node.map(location)))
    }

    mutating func warning(at location: SourceLocation, _ message: String) {
        diagnostics.append(Diagnostic(.warning, message, at: location))
    }

    /// Counts a visited node; false once the budget is spent (reported once).
    mutating func visit(_ node: Node) -> Bool {
        visited += 1
        if visited > Self.nodeBudget {
            if !budgetReported {
                budgetReported = true
                error(node, LoaderMessage.fileTooLarge(in: language))
            }
            return false
        }
        return true
    }

    // MARK: - Structure

    /// A mapping's entries with their keys as text, checked against the keys this place allows.
    ///
    /// - Parameters:
    ///   - what: how the user would name the mapping, in French and English, e.g. ("la question « x »", "question 'x'").
    mutating func fields(
        _ node: Node, allowed: [String], required: [String], what: (fr: String, en: String)
    ) -> Fields? {
        guard visit(node) else { return nil }
        guard case .mapping(let mapping) = node else {
            error(node, LoaderMessage.notMapping(what, kind: kindName(node), in: language))
            return nil
        }
        var fields = Fields(node: node)
        for (keyNode, valueNode) in mapping {
            guard case .scalar(let keyScalar) = keyNode else {
                error(keyNode, LoaderMessage.keyNotWord(in: language))
                continue
            }
            let key = keyScalar.string
            if !allowed.contains(key) {
                let hint = Suggestion.hint(for: key, among: allowed, language: language)
                error(keyNode, LoaderMessage.unknownKey(key, what: what, hint: hint, in: language))
                continue
            }
            fields.entries[key] = (keyNode, valueNode)
        }
        for key in required where fields.entries[key] == nil {
            error(node, LoaderMessage.missingKey(key, what: what, in: language))
        }
        return fields
    }

    /// The items of a sequence.
    mutating func sequence(_ node: Node, what: (fr: String, en: String)) -> [Node]? {
        guard visit(node) else { return nil }
        if case .sequence(let sequence) = node { return Array(sequence) }
        error(node, LoaderMessage.notList(what, kind: kindName(node), in: language))
        return nil
    }

    // MARK: - Scalars

    func scalarValue(_ node: Node) -> YAMLScalarValue? {
        if case .scalar(let scalar) = node { return YAMLScalarValue(scalar) }
        return nil
    }

    /// Any scalar as text (ids stay text even when they look like numbers); null is missing.
    mutating func text(_ node: Node, key: String) -> String? {
        guard case .scalar(let scalar) = node else {
            error(node, LoaderMessage.notText(key, kind: kindName(node), in: language))
            return nil
        }
        if YAMLScalarValue(scalar) == .null {
            error(node, LoaderMessage.emptyValue(key, in: language))
            return nil
        }
        return scalar.string
    }

    mutating func integer(_ node: Node, key: String) -> Int? {
        if case .integer(let i)? = scalarValue(node) { return i }
        if case .float(let d)? = scalarValue(node), d.rounded() == d, abs(d) < 1e15 { return Int(d) }
        error(node, LoaderMessage.notWholeNumber(key, in: language))
        return nil
    }

    /// A key of a scale's `labels`: a whole number, quoted or not (`1: Jamais`, `"1": Jamais`),
    /// as the schema allows both.
    mutating func scaleValue(_ node: Node) -> Int? {
        if case .scalar(let scalar) = node {
            switch YAMLScalarValue(scalar) {
            case .integer(let i): return i
            case .float(let d) where d.rounded() == d && abs(d) < 1e15: return Int(d)
            case .string(let s):
                let digits = s.hasPrefix("-") ? s.dropFirst() : s[...]
                if !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let i = Int(s) { return i }
            default: break
            }
        }
        error(node, LoaderMessage.labelKeyNotWhole(node.scalar?.string, in: language))
        return nil
    }

    mutating func number(_ node: Node, key: String) -> Double? {
        switch scalarValue(node) {
        case .integer(let i)?: return Double(i)
        case .float(let d)? where d.isFinite: return d
        default:
            error(node, LoaderMessage.notNumber(key, in: language))
            return nil
        }
    }

    mutating func bool(_ node: Node, key: String) -> Bool? {
        if case .bool(let b)? = scalarValue(node) { return b }
        error(node, LoaderMessage.notBool(key, written: node.scalar?.string, in: language))
        return nil
    }

    // MARK: - Places inside scalars

    /// The source location of the `offset`-th Unicode scalar of a scalar node's value.
    ///
    /// Exact for one-line values; for quoted, folded or multi-line values it finds the same
    /// word in the source lines that follow the node's start.
    func location(inScalar node: Node, offset: Int) -> SourceLocation {
        let base = location(node)
        guard case .scalar(let scalar) = node else { return base }
        // Split on scalars: as Characters, "\r\n" is one grapheme that is not "\n", so a CRLF file
        // would read as a single line. Only for a diagnostic, so not for every file read.
        let lines = source.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map {
            Array($0.last == "\r" ? $0.dropLast() : $0[...])
        }
        let value = Array(scalar.string.unicodeScalars)
        let start = min(max(offset, 0), value.count)
        let quoted = scalar.style == .singleQuoted || scalar.style == .doubleQuoted
        let lineIndex = base.line - 1
        if quoted, lineIndex < lines.count,
           let column0 = quotedColumn(lines[lineIndex], open: base.column - 1, double: scalar.style == .doubleQuoted,
                                      valueCount: value.count, offset: start) {
            return SourceLocation(file: file, line: base.line, column: column0 + 1)
        }
        if !value.contains("\n"), lineIndex < lines.count {
            // Look for the value itself on its line: true for plain and simply quoted scalars.
            let column0 = base.column - 1 + (quoted ? 1 : 0)
            let line = lines[lineIndex]
            if column0 + value.count <= line.count, Array(line[column0..<(column0 + value.count)]) == value {
                return SourceLocation(file: file, line: base.line, column: column0 + start + 1)
            }
        }
        // Otherwise find the word at `offset`, as many times over as it occurs before it in the value.
        var end = start
        while end < value.count, !isSpace(value[end]) { end += 1 }
        let needle = Array(value[start..<max(end, min(start + 1, value.count))])
        guard !needle.isEmpty else { return base }
        var occurrencesBefore = 0
        var i = 0
        while i + needle.count <= start {
            if Array(value[i..<(i + needle.count)]) == needle { occurrencesBefore += 1 }
            i += 1
        }
        var seen = 0
        guard lineIndex < lines.count else { return base }
        for l in lineIndex..<lines.count {
            let line = lines[l]
            var c = l == lineIndex ? max(base.column - 1, 0) : 0
            while c + needle.count <= line.count {
                if Array(line[c..<(c + needle.count)]) == needle {
                    if seen == occurrencesBefore { return SourceLocation(file: file, line: l + 1, column: c + 1) }
                    seen += 1
                }
                c += 1
            }
        }
        return base
    }

    /// The 0-based column of the `offset`-th value scalar of a quoted scalar that opens at
    /// `open` and closes on the same line, reading its escapes (`\"`, `\n`, `\x41`, `\u00e9`,
    /// `''` …); nil when it does not close there or does not give `valueCount` scalars.
    private func quotedColumn(_ line: [Unicode.Scalar], open: Int, double: Bool, valueCount: Int, offset: Int) -> Int? {
        let quote: Unicode.Scalar = double ? "\"" : "'"
        guard open >= 0, open < line.count, line[open] == quote else { return nil }
        var i = open + 1
        var k = 0
        var found: Int?
        while i < line.count {
            let c = line[i]
            var width = 1
            if double, c == "\\", i + 1 < line.count {
                switch line[i + 1] {
                case "x": width = 4
                case "u": width = 6
                case "U": width = 10
                default: width = 2
                }
            } else if !double, c == "'", i + 1 < line.count, line[i + 1] == "'" {
                width = 2
            } else if c == quote {
                if k == offset { found = i }
                return k == valueCount ? found : nil
            }
            if k == offset { found = i }
            k += 1
            i += width
        }
        return nil
    }

    private func isSpace(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\n" || c == "\t" || c == "\r" }

    func kindName(_ node: Node) -> (fr: String, en: String) {
        switch node {
        case .mapping: ("un tableau de clés", "a mapping")
        case .sequence: ("une liste", "a list")
        case .alias: ("un alias", "an alias")
        case .scalar(let s):
            switch YAMLScalarValue(s) {
            case .null: ("une valeur vide", "an empty value")
            case .bool: ("un booléen", "a boolean")
            case .integer, .float: ("un nombre", "a number")
            case .string(let v): ("le texte « \(v) »", "the text '\(v)'")
            }
        }
    }

    /// A mapping's entries by key, keeping the key node for locations.
    struct Fields {
        let node: Node
        var entries: [String: (key: Node, value: Node)] = [:]

        subscript(_ key: String) -> Node? { entries[key]?.value }
        func keyNode(_ key: String) -> Node? { entries[key]?.key }
    }
}
