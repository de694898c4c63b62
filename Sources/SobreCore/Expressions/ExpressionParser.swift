/// Recursive-descent parser for the grammar of SPEC §2, with a bound on nesting.
struct ExpressionParser {
    /// Deeper nesting than this is refused rather than risking the stack.
    static let maximumDepth = 64
    /// Longer expressions are refused, which also bounds the depth of operator chains.
    static let maximumTokens = 2_000

    private let text: String
    private let language: Language
    private var tokens: [ExpressionToken] = []
    private var index = 0
    private var depth = 0

    init(text: String, language: Language) {
        self.text = text
        self.language = language
    }

    mutating func parseAll() throws(ExpressionSyntaxError) -> ExpressionNode {
        tokens = try ExpressionLexer(text: text, language: language).tokens()
        if tokens.count > Self.maximumTokens {
            throw error(at: 0, fr: "expression trop longue (plus de \(Self.maximumTokens) éléments)",
                        en: "expression too long (more than \(Self.maximumTokens) tokens)")
        }
        if case .end = current.kind {
            throw error(at: current.offset, fr: "expression vide", en: "empty expression")
        }
        let node = try parseOr()
        guard case .end = current.kind else {
            throw error(at: current.offset, fr: "\(describe(current)) inattendu après la fin de l’expression",
                        en: "unexpected \(describe(current)) after the end of the expression")
        }
        return node
    }

    // MARK: - Grammar

    private mutating func parseOr() throws(ExpressionSyntaxError) -> ExpressionNode {
        try enter()
        defer { depth -= 1 }
        var lhs = try parseAnd()
        while isKeyword("or") {
            let offset = advance().offset
            lhs = .binary(.or, lhs, try parseAnd(), offset: offset)
        }
        return lhs
    }

    private mutating func parseAnd() throws(ExpressionSyntaxError) -> ExpressionNode {
        var lhs = try parseNot()
        while isKeyword("and") {
            let offset = advance().offset
            lhs = .binary(.and, lhs, try parseNot(), offset: offset)
        }
        return lhs
    }

    private mutating func parseNot() throws(ExpressionSyntaxError) -> ExpressionNode {
        if isKeyword("not") {
            let offset = advance().offset
            try enter()
            defer { depth -= 1 }
            return .not(try parseNot(), offset: offset)
        }
        return try parseComparison()
    }

    private mutating func parseComparison() throws(ExpressionSyntaxError) -> ExpressionNode {
        let lhs = try parseSum()
        if case .symbol(let s) = current.kind, let op = BinaryOperator(rawValue: s),
           [.equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual].contains(op) {
            let offset = advance().offset
            return .binary(op, lhs, try parseSum(), offset: offset)
        }
        if isKeyword("in") {
            let offset = advance().offset
            return .inList(lhs, try parseList(), offset: offset)
        }
        if isKeyword("contains") {
            let offset = advance().offset
            return .binary(.contains, lhs, try parseSum(), offset: offset)
        }
        return lhs
    }

    private mutating func parseSum() throws(ExpressionSyntaxError) -> ExpressionNode {
        var lhs = try parseTerm()
        while case .symbol(let s) = current.kind, s == "+" || s == "-" {
            let offset = advance().offset
            lhs = .binary(s == "+" ? .plus : .minus, lhs, try parseTerm(), offset: offset)
        }
        return lhs
    }

    private mutating func parseTerm() throws(ExpressionSyntaxError) -> ExpressionNode {
        var lhs = try parseUnary()
        while case .symbol(let s) = current.kind, s == "*" || s == "/" {
            let offset = advance().offset
            lhs = .binary(s == "*" ? .times : .divide, lhs, try parseUnary(), offset: offset)
        }
        return lhs
    }

    private mutating func parseUnary() throws(ExpressionSyntaxError) -> ExpressionNode {
        if isSymbol("-") {
            let offset = advance().offset
            try enter()
            defer { depth -= 1 }
            return .negate(try parseUnary(), offset: offset)
        }
        return try parsePrimary()
    }

    private mutating func parsePrimary() throws(ExpressionSyntaxError) -> ExpressionNode {
        let token = current
        switch token.kind {
        case .number(let value):
            advance()
            return .number(value, offset: token.offset)
        case .string(let value):
            advance()
            return .string(value, offset: token.offset)
        case .symbol("("):
            advance()
            let inner = try parseOr()
            try expectSymbol(")", fr: "il manque « ) »", en: "missing ')'")
            return inner
        case .name(let name):
            if name == "true" || name == "false" {
                advance()
                return .bool(name == "true", offset: token.offset)
            }
            if Self.keywords.contains(name) {
                throw error(at: token.offset, fr: "mot-clé « \(name) » inattendu ici", en: "unexpected keyword '\(name)'")
            }
            advance()
            if isSymbol("(") {
                return try parseCall(name: name, offset: token.offset)
            }
            if isSymbol(".") {
                advance()
                guard case .name(let second) = current.kind else {
                    throw error(at: current.offset, fr: "un identifiant de question est attendu après « \(name). »",
                                en: "a question id is expected after '\(name).'")
                }
                advance()
                return .reference("\(name).\(second)", offset: token.offset)
            }
            throw error(at: token.offset,
                        fr: "« \(name) » seul ne désigne rien : écrivez « thème.question », ou une fonction « \(name)(…) »",
                        en: "'\(name)' alone names nothing: write 'theme.question', or call a function '\(name)(…)'")
        case .end:
            throw error(at: token.offset, fr: "l’expression se termine trop tôt", en: "the expression ends too early")
        default:
            throw error(at: token.offset, fr: "\(describe(token)) inattendu", en: "unexpected \(describe(token))")
        }
    }

    private mutating func parseCall(name: String, offset: Int) throws(ExpressionSyntaxError) -> ExpressionNode {
        advance()  // (
        let function = ExpressionFunction(rawValue: name)
        if function?.takesTwoValues == true {
            return try parseValueCall(name: name, offset: offset)
        }
        let start = index
        do {
            return try parseNamedArgument(of: name, offset: offset)
        } catch {
            // An unknown name with two values (`defualt(q, 0)`) parses, for the checker to
            // name the function meant; anything else keeps the error of the one-name form.
            guard function == nil else { throw error }
            let failure = error
            index = start
            do {
                return try parseValueCall(name: name, offset: offset)
            } catch {
                throw failure
            }
        }
    }

    /// `x, y)` after `name(`, for `default`, `min`, `max`.
    private mutating func parseValueCall(name: String, offset: Int) throws(ExpressionSyntaxError) -> ExpressionNode {
        if isSymbol(")") || isSymbol(",") {
            throw error(at: current.offset, fr: "il manque le premier argument de \(name) : \(name)(x, y)",
                        en: "missing the first argument of \(name): \(name)(x, y)")
        }
        let first = try parseOr()
        try expectSymbol(",", fr: "il manque « , » et le second argument de \(name) : \(name)(x, y)",
                         en: "missing ',' and the second argument of \(name): \(name)(x, y)")
        if isSymbol(")") {
            throw error(at: current.offset, fr: "il manque le second argument de \(name) : \(name)(x, y)",
                        en: "missing the second argument of \(name): \(name)(x, y)")
        }
        let second = try parseOr()
        if isSymbol(",") {
            throw error(at: current.offset, fr: "\(name) prend deux arguments, pas plus : \(name)(x, y)",
                        en: "\(name) takes two arguments, no more: \(name)(x, y)")
        }
        try expectSymbol(")", fr: "il manque « ) » après le second argument de \(name)",
                         en: "missing ')' after the second argument of \(name)")
        return .valueCall(name: name, first, second, offset: offset)
    }

    /// `q)`, `theme.q)`, or `)` after `name(`.
    private mutating func parseNamedArgument(of name: String, offset: Int) throws(ExpressionSyntaxError) -> ExpressionNode {
        var argument: String?
        var argumentOffset = current.offset
        if case .name(let first) = current.kind {
            argumentOffset = current.offset
            advance()
            if isSymbol(".") {
                advance()
                guard case .name(let second) = current.kind else {
                    throw error(at: current.offset, fr: "un identifiant de question est attendu après « \(first). »",
                                en: "a question id is expected after '\(first).'")
                }
                advance()
                argument = "\(first).\(second)"
            } else {
                argument = first
            }
        }
        try expectSymbol(")", fr: "il manque « ) » après l’argument de \(name)",
                         en: "missing ')' after the argument of \(name)")
        return .call(name: name, argument: argument, offset: offset, argumentOffset: argumentOffset)
    }

    private mutating func parseList() throws(ExpressionSyntaxError) -> [ExpressionNode.ListItem] {
        try expectSymbol("[", fr: "une liste « ['a', 'b'] » est attendue après « in »",
                         en: "a list ['a', 'b'] is expected after 'in'")
        var items: [ExpressionNode.ListItem] = []
        repeat {
            guard case .string(let value) = current.kind else {
                throw error(at: current.offset, fr: "un texte entre guillemets est attendu dans la liste",
                            en: "a quoted text is expected in the list")
            }
            items.append(.init(value: value, offset: current.offset))
            advance()
        } while consumeSymbol(",")
        try expectSymbol("]", fr: "il manque « ] » pour fermer la liste", en: "missing ']' to close the list")
        return items
    }

    // MARK: - Helpers

    static let keywords: Set<String> = ["and", "or", "not", "in", "contains", "true", "false"]

    private var current: ExpressionToken { tokens[min(index, tokens.count - 1)] }

    @discardableResult
    private mutating func advance() -> ExpressionToken {
        let token = current
        if index < tokens.count - 1 { index += 1 }
        return token
    }

    private func isKeyword(_ word: String) -> Bool {
        if case .name(word) = current.kind { return true }
        return false
    }

    private func isSymbol(_ symbol: String) -> Bool {
        if case .symbol(symbol) = current.kind { return true }
        return false
    }

    private mutating func consumeSymbol(_ symbol: String) -> Bool {
        guard isSymbol(symbol) else { return false }
        advance()
        return true
    }

    private mutating func expectSymbol(_ symbol: String, fr: String, en: String) throws(ExpressionSyntaxError) {
        guard consumeSymbol(symbol) else { throw error(at: current.offset, fr: fr, en: en) }
    }

    private mutating func enter() throws(ExpressionSyntaxError) {
        depth += 1
        if depth > Self.maximumDepth {
            throw error(at: current.offset, fr: "expression trop imbriquée", en: "expression nested too deeply")
        }
    }

    private func describe(_ token: ExpressionToken) -> String {
        switch token.kind {
        case .number(let v):
            // As written: 4, not 4.0.
            let shown = v.rounded() == v && abs(v) < 1e15 ? String(Int(v)) : String(v)
            return language.pick(fr: "nombre « \(shown) »", en: "number '\(shown)'")
        case .string(let s): return language.pick(fr: "texte « \(s) »", en: "text '\(s)'")
        case .name(let n): return language.pick(fr: "mot « \(n) »", en: "word '\(n)'")
        case .symbol(let s): return language.pick(fr: "symbole « \(s) »", en: "symbol '\(s)'")
        case .end: return language.pick(fr: "fin de l’expression", en: "end of the expression")
        }
    }

    private func error(at offset: Int, fr: String, en: String) -> ExpressionSyntaxError {
        ExpressionSyntaxError(offset: offset, message: language.pick(fr: fr, en: en))
    }
}
