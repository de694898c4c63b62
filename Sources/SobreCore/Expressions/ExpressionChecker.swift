import SobreJSON

/// Static checks of an expression against its questionnaire: names, option ids, types.
struct ExpressionChecker {
    /// Where the expression is used, which decides what it may refer to.
    enum Usage {
        /// A question's `when`: only questions asked before it, no maturity functions.
        case question(fullID: String, earlier: Set<String>)
        /// An action's `when`: any question, maturity functions allowed.
        case action
        /// An indicator's `value` (a number): any question, only the indicators before it.
        case indicator(id: String, earlier: Set<String>)
        /// An action's `saves` entry (a number): any question and indicator.
        case saving

        /// Whether the expression gives a number rather than a condition.
        var isNumber: Bool {
            switch self {
            case .indicator, .saving: true
            case .question, .action: false
            }
        }
    }

    /// A problem at an offset of the expression text.
    struct Problem: Equatable {
        var offset: Int
        var message: String
        /// A condition that still works but cannot be what was meant (always true, always false).
        var isWarning = false
    }

    /// The static type of a sub-expression; `unknown` after an error, so one mistake reports once.
    enum ValueType: Equatable {
        case number
        case bool
        /// Text; `options` set when it is a `single` question's option id.
        case text(question: String?, options: [String]?)
        /// The option ids picked in a `multiple` question.
        case set(question: String, options: [String])
        case unknown
    }

    let questionnaire: QuestionnaireIndex
    let usage: Usage
    let language: Language
    private(set) var problems: [Problem] = []

    init(questionnaire: QuestionnaireIndex, usage: Usage, language: Language) {
        self.questionnaire = questionnaire
        self.usage = usage
        self.language = language
    }

    /// Checks a whole condition; it must be true or false (a number, for indicators and savings).
    mutating func check(_ expression: Expression) {
        let type = infer(expression.root)
        if usage.isNumber {
            if type != .number && type != .unknown {
                report(expression.root.offset, ExpressionMessage.numberExpected(name(type), in: language))
            }
        } else if type != .bool && type != .unknown {
            report(expression.root.offset,
                   ExpressionMessage.conditionExpected(name(type), in: language))
        }
    }

    private mutating func infer(_ node: ExpressionNode) -> ValueType {
        switch node {
        case .number: return .number
        case .string: return .text(question: nil, options: nil)
        case .bool: return .bool
        case .reference(let id, let offset):
            guard let question = resolve(id, at: offset) else { return .unknown }
            switch question.kind {
            case .single(let options): return .text(question: id, options: options.map(\.id))
            case .multiple(let options): return .set(question: id, options: options.map(\.id))
            case .boolean: return .bool
            case .scale, .number: return .number
            case .text: return .text(question: id, options: nil)
            }
        case .call(let name, let argument, let offset, let argumentOffset):
            return inferCall(name, argument, offset, argumentOffset)
        case .valueCall(let name, let x, let y, let offset):
            return inferValueCall(name, x, y, offset)
        case .boundReference, .boundCall, .boundIndicator, .boundValueCall, .boundMaturityCall:
            // Only scoring binds conditions, after they were checked.
            return .unknown
        case .negate(let operand, let offset):
            let type = infer(operand)
            if type != .number && type != .unknown {
                report(offset, ExpressionMessage.negateNotNumber(name(type), in: language))
                return .unknown
            }
            return type
        case .not(let operand, let offset):
            let type = infer(operand)
            if type != .bool && type != .unknown {
                report(offset, ExpressionMessage.notNotCondition(name(type), in: language))
            }
            return .bool
        case .binary(let op, let lhs, let rhs, let offset):
            return inferBinary(op, lhs, rhs, offset)
        case .inList(let lhs, let items, let offset):
            let type = infer(lhs)
            switch type {
            case .text(let question, let options):
                if let question, let options {
                    for item in items where !options.contains(item.value) {
                        reportUnknownOption(item.value, question: question, options: options, at: item.offset)
                    }
                }
            case .unknown: break
            case .set(let question, _):
                report(offset, ExpressionMessage.inOnMultiple(question, in: language))
            default:
                report(offset, ExpressionMessage.inNotText(name(type), in: language))
            }
            return .bool
        }
    }

    private mutating func inferCall(_ functionName: String, _ argument: String?, _ offset: Int, _ argumentOffset: Int) -> ValueType {
        guard let function = ExpressionFunction(rawValue: functionName) else {
            let known = ExpressionFunction.allCases.map(\.rawValue)
            let hint = Suggestion.hint(for: functionName, among: known, language: language)
            report(offset, ExpressionMessage.unknownFunction(functionName, hint: hint, in: language))
            return .unknown
        }
        if function.takesTwoValues {
            // The parser writes these as `valueCall`; kept total for any tree.
            report(offset, ExpressionMessage.expectsTwoValues(functionName, in: language))
            return .unknown
        }
        if function.isMaturity {
            switch usage {
            case .question: report(offset, ExpressionMessage.maturityInQuestion(functionName, in: language))
            case .indicator, .saving: report(offset, ExpressionMessage.maturityInEstimate(functionName, in: language))
            case .action: break
            }
        }
        if function == .factor || function == .indicator {
            return inferEstimateCall(function, argument, offset, argumentOffset)
        }
        if function.takesQuestion {
            guard let argument, argument.contains(".") else {
                report(argumentOffset, ExpressionMessage.expectsQuestion(functionName, in: language))
                return .unknown
            }
            guard let question = resolve(argument, at: argumentOffset) else {
                return function == .answered || function == .na ? .bool : .unknown
            }
            switch function {
            case .score where !question.isScored:
                report(argumentOffset, ExpressionMessage.scoreOfUnscored(argument, in: language))
            case .count:
                if case .multiple = question.kind {} else {
                    report(argumentOffset, ExpressionMessage.countOfNotMultiple(argument, kind: question.kind.name, in: language))
                }
            case .na where !question.allowsNA:
                report(argumentOffset, ExpressionMessage.naNeverOffered(argument, in: language))
            default: break
            }
            return function == .answered || function == .na ? .bool : .number
        }
        if function.takesTheme {
            guard let argument, !argument.contains(".") else {
                report(argumentOffset, ExpressionMessage.expectsTheme(functionName, in: language))
                return .unknown
            }
            if !questionnaire.themeIDs.contains(argument), !questionnaire.isUnreadable(argument) {
                let hint = Suggestion.hint(for: argument, among: questionnaire.themeIDs.sorted(), language: language)
                report(argumentOffset, ExpressionMessage.unknownTheme(argument, hint: hint, in: language))
            }
            return .number
        }
        if argument != nil {
            report(argumentOffset, ExpressionMessage.takesNoArgument(functionName, in: language))
        }
        return .number
    }

    /// `default(x, y)` has the type of x and y, which must agree; `min`/`max` take two numbers.
    private mutating func inferValueCall(_ functionName: String, _ x: ExpressionNode, _ y: ExpressionNode, _ offset: Int) -> ValueType {
        let function = ExpressionFunction(rawValue: functionName)
        if function?.takesTwoValues != true {
            let known = ExpressionFunction.allCases.map(\.rawValue)
            let hint = Suggestion.hint(for: functionName, among: known, language: language)
            report(offset, ExpressionMessage.unknownFunction(functionName, hint: hint, in: language))
        }
        let l = infer(x)
        let r = infer(y)
        switch function {
        case .defaultValue?:
            if l == .unknown { return r }
            if r == .unknown || l == r { return l }
            switch (l, r) {
            case (.text, .text): return .text(question: nil, options: nil)
            case (.set(let question, let options), .set): return .set(question: question, options: options)
            default:
                report(offset, ExpressionMessage.defaultTypesDiffer(name(l), name(r), in: language))
                return .unknown
            }
        case .minimum?, .maximum?:
            for (type, node) in [(l, x), (r, y)] where type != .number && type != .unknown {
                report(node.offset, ExpressionMessage.takesNumbers(functionName, type: name(type), in: language))
            }
            return l == .number && r == .number ? .number : .unknown
        default:
            return .unknown
        }
    }

    private mutating func inferBinary(_ op: BinaryOperator, _ lhs: ExpressionNode, _ rhs: ExpressionNode, _ offset: Int) -> ValueType {
        let l = infer(lhs)
        let r = infer(rhs)
        switch op {
        case .and, .or:
            for (type, node) in [(l, lhs), (r, rhs)] where type != .bool && type != .unknown {
                report(node.offset, ExpressionMessage.joinsConditions(op.rawValue, type: name(type), in: language))
            }
            return .bool
        case .plus, .minus, .times, .divide:
            for (type, node) in [(l, lhs), (r, rhs)] where type != .number && type != .unknown {
                report(node.offset, ExpressionMessage.computesWithNumbers(op.rawValue, type: name(type), in: language))
            }
            return l == .unknown || r == .unknown ? .unknown : .number
        case .contains:
            switch l {
            case .set(let question, let options):
                switch r {
                case .text: if case .string(let value, let o) = rhs, !options.contains(value) {
                    reportUnknownOption(value, question: question, options: options, at: o)
                }
                case .unknown: break
                default:
                    report(rhs.offset, ExpressionMessage.containsExpectsOption(name(r), in: language))
                }
            case .unknown: break
            default:
                let subject = lhsQuestion(lhs) ?? name(l)
                report(offset, ExpressionMessage.containsOnNotMultiple(subject, in: language))
            }
            return .bool
        case .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual:
            if l == .unknown || r == .unknown { return .bool }
            switch (l, r) {
            case (.number, .number):
                checkRange(op, lhs, rhs, offset)
            case (.bool, .bool) where !op.isOrdering:
                break
            case (.text(let q1, let o1), .text(let q2, let o2)) where !op.isOrdering:
                if let q1, let o1, case .string(let value, let at) = rhs, !o1.contains(value) {
                    reportUnknownOption(value, question: q1, options: o1, at: at)
                }
                if let q2, let o2, case .string(let value, let at) = lhs, !o2.contains(value) {
                    reportUnknownOption(value, question: q2, options: o2, at: at)
                }
            case (.set(let question, _), _), (_, .set(let question, _)):
                report(offset, ExpressionMessage.multipleCompared(question, op: op.rawValue, in: language))
            case (.bool, .text) where !op.isOrdering && rhs.isStringLiteral, (.text, .bool) where !op.isOrdering && lhs.isStringLiteral:
                // A common slip: a yes/no question compared with the word 'oui' or 'yes'.
                let subject = lhsQuestion(l == .bool ? lhs : rhs) ?? name(.bool)
                report(offset, ExpressionMessage.booleanComparedWithText(subject, in: language))
            default:
                if op.isOrdering {
                    report(offset, ExpressionMessage.orderingNotNumbers(op.rawValue, left: name(l), right: name(r), in: language))
                } else {
                    report(offset, ExpressionMessage.cannotCompare(name(l), right: name(r), in: language))
                }
            }
            return .bool
        }
    }

    /// Warns about a number compared with a constant that its values never reach (or always
    /// pass): a question's `min`/`max` or scale, a score (0–1, or 0–100 for a theme or the
    /// whole), the options of a `count()`, or the level ids for the level functions.
    private mutating func checkRange(_ op: BinaryOperator, _ lhs: ExpressionNode, _ rhs: ExpressionNode, _ offset: Int) {
        let subject: ExpressionNode, constant: Double, compare: BinaryOperator
        if let c = rhs.constantNumber {
            (subject, constant, compare) = (lhs, c, op)
        } else if let c = lhs.constantNumber {
            // `c < x` is `x > c`.
            let flipped: [BinaryOperator: BinaryOperator] = [.less: .greater, .greater: .less, .lessOrEqual: .greaterOrEqual,
                                                             .greaterOrEqual: .lessOrEqual]
            (subject, constant, compare) = (rhs, c, flipped[op] ?? op)
        } else {
            return
        }
        guard let range = valueRange(of: subject) else { return }
        let (canBeTrue, canBeFalse) = range.outcomes(compare, constant)
        if !canBeTrue {
            report(offset, ExpressionMessage.alwaysFalse(range, in: language), warning: true)
        } else if !canBeFalse {
            report(offset, ExpressionMessage.alwaysTrue(range, in: language), warning: true)
        }
    }

    /// The values `node` can take, when the questionnaire bounds them.
    private func valueRange(of node: ExpressionNode) -> ValueRange? {
        switch node {
        case .reference(let id, _):
            switch questionnaire.question(id)?.kind {
            case .scale(let min, let max, _)?:
                return ValueRange(name: id, low: Double(min), high: Double(max), whole: true,
                                  fr: "\(id) va de \(min) à \(max) (son échelle)", en: "\(id) goes from \(min) to \(max) (its scale)")
            case .number(let rules)?:
                let whole = rules.integer ? language.pick(fr: ", nombre entier", en: ", a whole number") : ""
                let lo = rules.min.map(JSONWriter.number), hi = rules.max.map(JSONWriter.number)
                let (fr, en): (String, String)
                switch (lo, hi) {
                case let (lo?, hi?): (fr, en) = ("\(id) va de \(lo) à \(hi) (min et max de la question\(whole))",
                                                 "\(id) goes from \(lo) to \(hi) (the question's min and max\(whole))")
                case let (lo?, nil): (fr, en) = ("\(id) vaut au moins \(lo) (min: \(lo)\(whole))", "\(id) is at least \(lo) (min: \(lo)\(whole))")
                case let (nil, hi?): (fr, en) = ("\(id) vaut au plus \(hi) (max: \(hi)\(whole))", "\(id) is at most \(hi) (max: \(hi)\(whole))")
                case (nil, nil):
                    guard rules.integer else { return nil }
                    (fr, en) = ("\(id) est un nombre entier (integer: true)", "\(id) is a whole number (integer: true)")
                }
                return ValueRange(name: id, low: rules.min, high: rules.max, whole: rules.integer, fr: fr, en: en)
            default:
                return nil
            }
        case .call(let name, let argument, _, _):
            let call = "\(name)(\(argument ?? ""))"
            switch ExpressionFunction(rawValue: name) {
            case .score?:
                return ValueRange(name: call, low: 0, high: 1, whole: false,
                                  fr: "\(call) va de 0 à 1", en: "\(call) goes from 0 to 1")
            case .themeScore?, .overallScore?:
                return ValueRange(name: call, low: 0, high: 100, whole: false,
                                  fr: "\(call) va de 0 à 100", en: "\(call) goes from 0 to 100")
            case .count?:
                guard let argument, case .multiple(let options)? = questionnaire.question(argument)?.kind else { return nil }
                return ValueRange(name: call, low: 0, high: Double(options.count), whole: true,
                                  fr: "\(call) va de 0 à \(options.count) (ses options)", en: "\(call) goes from 0 to \(options.count) (its options)")
            case .themeLevel?, .overallLevel?:
                break
            default:
                return nil
            }
            guard !questionnaire.levelIDs.isEmpty else { return nil }
            let ids = questionnaire.levelIDs.map(String.init)
            let list = (fr: ids.dropLast().joined(separator: ", ") + " ou " + (ids.last ?? ""),
                        en: ids.dropLast().joined(separator: ", ") + " or " + (ids.last ?? ""))
            return ValueRange(name: call, values: questionnaire.levelIDs.map(Double.init),
                              fr: "\(call) vaut l’id d’un niveau : \(list.fr)", en: "\(call) is the id of a level: \(list.en)")
        default:
            return nil
        }
    }

    private func lhsQuestion(_ node: ExpressionNode) -> String? {
        if case .reference(let id, _) = node { return id }
        return nil
    }

    /// The question named by `id`, if it exists and may be referred to from here.
    private mutating func resolve(_ id: String, at offset: Int) -> Question? {
        guard let question = questionnaire.question(id) else {
            // Already reported where it is defined: one mistake, one error.
            if questionnaire.isUnreadable(id) { return nil }
            let hint = Suggestion.hint(for: id, among: questionnaire.questionIDs, language: language)
            report(offset, ExpressionMessage.unknownQuestion(id, hint: hint, in: language))
            return nil
        }
        if case .question(let fullID, let earlier) = usage {
            if id == fullID {
                report(offset, ExpressionMessage.conditionOnItself(id, in: language))
                return nil
            }
            if !earlier.contains(id) {
                report(offset, ExpressionMessage.conditionOnLaterQuestion(fullID, id: id, in: language))
                return nil
            }
            // The association's interview asks its questions only: a site question is never answered there.
            if questionnaire.question(fullID)?.scope == .association, question.scope == .site {
                report(offset, ExpressionMessage.associationConditionOnSiteQuestion(fullID, id: id, in: language))
                return nil
            }
        }
        return question
    }

    private mutating func reportUnknownOption(_ value: String, question: String, options: [String], at offset: Int) {
        let hint = Suggestion.hint(for: value, among: options, language: language)
        report(offset, ExpressionMessage.unknownOption(question, value: value, hint: hint, in: language))
    }

    private func name(_ type: ValueType) -> String {
        ExpressionMessage.typeName(type, in: language)
    }

    mutating func report(_ offset: Int, _ message: String, warning: Bool = false) {
        problems.append(Problem(offset: offset, message: message, isWarning: warning))
    }
}

extension ExpressionNode {
    var isStringLiteral: Bool {
        if case .string = self { return true }
        return false
    }

    /// The value of a number written in the expression, `-` included.
    var constantNumber: Double? {
        switch self {
        case .number(let v, _): v
        case .negate(let inner, _): inner.constantNumber.map { -$0 }
        default: nil
        }
    }
}
