/// A parsed `when` condition: small, total, and safe to evaluate on any answers.
public struct Expression: Sendable {
    /// The text as written in the questionnaire.
    public let text: String
    let root: ExpressionNode

    /// Full ids of the questions it refers to, each once, in order of first appearance.
    public let questionReferences: [String]

    init(text: String, root: ExpressionNode) {
        self.text = text
        self.root = root
        var seen: Set<String> = []
        var refs: [String] = []
        root.visitQuestionReferences { id in
            if seen.insert(id).inserted { refs.append(id) }
        }
        self.questionReferences = refs
    }

    /// The condition with each question it names replaced by that question's position in
    /// `positions` (full id → position in interview order), for conditions evaluated many times
    /// against results kept by position; names not in `positions` stay as they are. So do
    /// `factor(f)`, replaced by the factor's value from `factors`, and `indicator(i)`, by the
    /// indicator's position from `indicators`.
    func bound(to positions: [String: Int], factors: [String: Double] = [:], indicators: [String: Int] = [:]) -> ExpressionNode {
        root.bound(to: ExpressionBinding(questions: positions, factors: factors, indicators: indicators))
    }

    /// Parses `text`; a syntax error is thrown with its offset in the text.
    public static func parse(_ text: String, language: Language = .en) throws(ExpressionSyntaxError) -> Expression {
        var parser = ExpressionParser(text: text, language: language)
        return Expression(text: text, root: try parser.parseAll())
    }
}

/// A syntax error inside an expression, at an offset counted in Unicode scalars.
public struct ExpressionSyntaxError: Error, Sendable, Equatable {
    /// 0-based offset in the expression text.
    public var offset: Int
    public var message: String
}

/// Node of the expression tree; `offset` is where it starts in the text.
indirect enum ExpressionNode: Sendable {
    case number(Double, offset: Int)
    case string(String, offset: Int)
    case bool(Bool, offset: Int)
    /// A question's value, by full id.
    case reference(String, offset: Int)
    /// `name(argument)`; the argument is a full question id, a theme id, or absent.
    case call(name: String, argument: String?, offset: Int, argumentOffset: Int)
    /// `name(x, y)` on two values: `default`, `min`, `max`, or a name the checker reports as unknown.
    case valueCall(name: String, ExpressionNode, ExpressionNode, offset: Int)
    case negate(ExpressionNode, offset: Int)
    case not(ExpressionNode, offset: Int)
    case binary(BinaryOperator, ExpressionNode, ExpressionNode, offset: Int)
    case inList(ExpressionNode, [ListItem], offset: Int)
    /// A question's value, by its position in interview order: a `reference` after `bound(to:)`.
    case boundReference(position: Int, offset: Int)
    /// A function of a question (`score`, `answered`, `na`, `count`) by the question's position:
    /// a `call` after `bound(to:)`.
    case boundCall(ExpressionFunction, position: Int, offset: Int)
    /// `indicator(i)` by the indicator's position in file order: a `call` after `bound(to:)`.
    case boundIndicator(position: Int, offset: Int)
    /// `default`, `min` or `max` of two values: a `valueCall` after `bound(to:)`, so that
    /// evaluating it does not look its name up.
    case boundValueCall(ExpressionFunction, ExpressionNode, ExpressionNode, offset: Int)
    /// `theme_score(t)`, `theme_level(t)`, `overall_score()`, `overall_level()`: a `call` after
    /// `bound(to:)`, its function found once.
    case boundMaturityCall(ExpressionFunction, argument: String?, offset: Int)

    struct ListItem: Sendable {
        var value: String
        var offset: Int
    }

    var offset: Int {
        switch self {
        case .number(_, let o), .string(_, let o), .bool(_, let o), .reference(_, let o): o
        case .call(_, _, let o, _), .valueCall(_, _, _, let o), .negate(_, let o), .not(_, let o): o
        case .boundReference(_, let o), .boundCall(_, _, let o), .boundIndicator(_, let o), .boundValueCall(_, _, _, let o),
             .boundMaturityCall(_, _, let o): o
        case .binary(_, let lhs, _, _): lhs.offset
        case .inList(let lhs, _, _): lhs.offset
        }
    }

    /// Calls `body` with every question this node refers to, directly or through a function.
    func visitQuestionReferences(_ body: (String) -> Void) {
        switch self {
        case .number, .string, .bool: break
        case .reference(let id, _): body(id)
        case .call(let name, let argument, _, _):
            if let argument, ExpressionFunction(rawValue: name)?.takesQuestion == true { body(argument) }
        case .negate(let e, _), .not(let e, _): e.visitQuestionReferences(body)
        case .binary(_, let l, let r, _), .valueCall(_, let l, let r, _), .boundValueCall(_, let l, let r, _):
            l.visitQuestionReferences(body)
            r.visitQuestionReferences(body)
        case .inList(let e, _, _): e.visitQuestionReferences(body)
        // Bound nodes name positions, not ids; the expression they come from has the ids.
        // Maturity functions name themes, not questions.
        case .boundReference, .boundCall, .boundIndicator, .boundMaturityCall: break
        }
    }

    /// This node with the question references found in `positions` bound to their positions.
    func bound(to positions: [String: Int]) -> ExpressionNode {
        bound(to: ExpressionBinding(questions: positions))
    }

    /// This node with the questions, factors and indicators found in `binding` bound.
    func bound(to binding: ExpressionBinding) -> ExpressionNode {
        let positions = binding.questions
        switch self {
        case .number, .string, .bool, .boundReference, .boundCall, .boundIndicator, .boundMaturityCall:
            return self
        case .boundValueCall(let function, let l, let r, let offset):
            return .boundValueCall(function, l.bound(to: binding), r.bound(to: binding), offset: offset)
        case .reference(let id, let offset):
            return positions[id].map { .boundReference(position: $0, offset: offset) } ?? self
        case .call(let name, let argument, let offset, _):
            guard let function = ExpressionFunction(rawValue: name) else { return self }
            if function.isMaturity { return .boundMaturityCall(function, argument: argument, offset: offset) }
            guard let argument else { return self }
            if function == .factor { return binding.factors[argument].map { .number($0, offset: offset) } ?? self }
            if function == .indicator {
                return binding.indicators[argument].map { .boundIndicator(position: $0, offset: offset) } ?? self
            }
            guard function.takesQuestion, let position = positions[argument] else { return self }
            return .boundCall(function, position: position, offset: offset)
        case .negate(let e, let offset): return .negate(e.bound(to: binding), offset: offset)
        case .not(let e, let offset): return .not(e.bound(to: binding), offset: offset)
        case .binary(let op, let l, let r, let offset): return .binary(op, l.bound(to: binding), r.bound(to: binding), offset: offset)
        case .valueCall(let name, let l, let r, let offset):
            switch ExpressionFunction(rawValue: name) {
            case let function? where function.takesTwoValues:
                return .boundValueCall(function, l.bound(to: binding), r.bound(to: binding), offset: offset)
            default:
                return .valueCall(name: name, l.bound(to: binding), r.bound(to: binding), offset: offset)
            }
        case .inList(let e, let items, let offset): return .inList(e.bound(to: binding), items, offset: offset)
        }
    }
}

/// Binary operators, from lowest precedence.
enum BinaryOperator: String, Sendable {
    case or, and
    case equal = "==", notEqual = "!=", less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="
    case contains
    case plus = "+", minus = "-", times = "*", divide = "/"

    var isOrdering: Bool { [.less, .lessOrEqual, .greater, .greaterOrEqual].contains(self) }
    var isArithmetic: Bool { [.plus, .minus, .times, .divide].contains(self) }
}

/// The functions of the language.
enum ExpressionFunction: String, Sendable, CaseIterable {
    case score, answered, na, count
    case themeScore = "theme_score", themeLevel = "theme_level"
    case overallScore = "overall_score", overallLevel = "overall_level"
    case defaultValue = "default", minimum = "min", maximum = "max"
    /// `factor(f)`, `indicator(i)` (SPEC §8): a name that is neither a question nor a theme.
    case factor, indicator

    var takesQuestion: Bool { [.score, .answered, .na, .count].contains(self) }
    var takesTheme: Bool { [.themeScore, .themeLevel].contains(self) }
    /// `default(x, y)`, `min(x, y)`, `max(x, y)`: functions of two values, written `valueCall`.
    var takesTwoValues: Bool { [.defaultValue, .minimum, .maximum].contains(self) }
    /// Maturity-aware functions, allowed in actions only.
    var isMaturity: Bool { [.themeScore, .themeLevel, .overallScore, .overallLevel].contains(self) }
}
