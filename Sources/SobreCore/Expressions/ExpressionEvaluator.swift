extension Expression {
    /// Whether the condition holds; a null condition is false.
    func isTrue(in environment: some ExpressionEnvironment) -> Bool {
        root.isTrue(in: environment)
    }
}

extension ExpressionNode {
    /// Whether the condition holds; a null condition is false.
    func isTrue(in environment: some ExpressionEnvironment) -> Bool {
        ExpressionEvaluator(environment: environment).evaluate(self) == .bool(true)
    }
}

/// Evaluates with the null rules of SPEC §2; total: every input gives a value.
struct ExpressionEvaluator<Environment: ExpressionEnvironment> {
    let environment: Environment

    func evaluate(_ node: ExpressionNode) -> ExpressionValue {
        switch node {
        case .number(let v, _): return .number(v)
        case .string(let s, _): return .text(s)
        case .bool(let b, _): return .bool(b)
        case .reference(let id, _): return environment.value(of: id)
        case .boundReference(let position, _): return environment.value(at: position)
        case .call(let name, let argument, _, _):
            return ExpressionFunction(rawValue: name).map { call($0, argument) } ?? .null
        case .boundMaturityCall(let function, let argument, _):
            return call(function, argument)
        case .boundValueCall(let function, let x, let y, _):
            return valueCall(function, x, y)
        case .boundCall(let function, let position, _):
            return questionCall(function, value: environment.value(at: position), score: { environment.score(at: position) },
                                notApplicable: { environment.isNotApplicable(at: position) })
        case .boundIndicator(let position, _):
            return environment.indicator(at: position).map(ExpressionValue.number) ?? .null
        case .negate(let operand, _):
            if case .number(let v) = evaluate(operand) { return .number(-v) }
            return .null
        case .not(let operand, _):
            return .bool(!truth(evaluate(operand)))
        case .binary(let op, let lhs, let rhs, _):
            return binary(op, lhs, rhs)
        case .valueCall(let name, let x, let y, _):
            return valueCall(ExpressionFunction(rawValue: name), x, y)
        case .inList(let lhs, let items, _):
            guard case .text(let s) = evaluate(lhs) else { return .bool(false) }
            return .bool(items.contains { Self.sameScalars($0.value, s) })
        }
    }

    /// A null or non-boolean condition counts as false.
    private func truth(_ value: ExpressionValue) -> Bool { value == .bool(true) }

    private func call(_ function: ExpressionFunction, _ argument: String?) -> ExpressionValue {
        let arg = argument ?? ""
        switch function {
        case .score, .answered, .na, .count:
            return questionCall(function, value: environment.value(of: arg), score: { environment.score(of: arg) },
                                notApplicable: { environment.isNotApplicable(arg) })
        case .themeScore:
            return environment.themeScore(arg).map(ExpressionValue.number) ?? .null
        case .themeLevel:
            return environment.themeLevel(arg).map { .number(Double($0)) } ?? .null
        case .overallScore:
            return environment.overallScore().map(ExpressionValue.number) ?? .null
        case .overallLevel:
            return environment.overallLevel().map { .number(Double($0)) } ?? .null
        case .factor:
            return environment.factor(arg).map(ExpressionValue.number) ?? .null
        case .indicator:
            return environment.indicator(arg).map(ExpressionValue.number) ?? .null
        case .defaultValue, .minimum, .maximum:
            // Written with two values, never as a `call`; the checker refuses anything else.
            return .null
        }
    }

    /// `default(x, y)`: x unless null, then y; `min`/`max`: of two numbers, null otherwise.
    private func valueCall(_ function: ExpressionFunction?, _ x: ExpressionNode, _ y: ExpressionNode) -> ExpressionValue {
        switch function {
        case .defaultValue?:
            let first = evaluate(x)
            return first != .null ? first : evaluate(y)
        case .minimum?, .maximum?:
            guard case .number(let a) = evaluate(x), case .number(let b) = evaluate(y) else { return .null }
            return .number(function == .minimum ? Swift.min(a, b) : Swift.max(a, b))
        default:
            return .null
        }
    }

    /// A function of one question, whether named by id or by position.
    private func questionCall(
        _ function: ExpressionFunction, value: @autoclosure () -> ExpressionValue,
        score: () -> Double?, notApplicable: () -> Bool
    ) -> ExpressionValue {
        switch function {
        case .score: return score().map(ExpressionValue.number) ?? .null
        case .answered: return .bool(value() != .null)
        case .na: return .bool(notApplicable())
        case .count:
            if case .set(let picked) = value() { return .number(Double(picked.count)) }
            return .number(0)
        default: return .null
        }
    }

    /// Texts are equal when their Unicode scalars are, as in JSON and most languages.
    static func sameScalars(_ a: String, _ b: String) -> Bool {
        // Texts Swift finds different (not even canonically equivalent) never have the same
        // scalars: that quick answer covers most comparisons. Equal ones may still differ in
        // scalars (é in one piece or two), so then their UTF-8 bytes decide.
        guard a == b else { return false }
        guard a.utf8.count == b.utf8.count else { return false }
        let bytes = a.utf8.withContiguousStorageIfAvailable { x in
            b.utf8.withContiguousStorageIfAvailable { y in x.elementsEqual(y) }
        }
        return (bytes ?? nil) ?? a.utf8.elementsEqual(b.utf8)
    }

    private func binary(_ op: BinaryOperator, _ lhs: ExpressionNode, _ rhs: ExpressionNode) -> ExpressionValue {
        switch op {
        case .and:
            // Short-circuit: the right side need not be evaluated once the left is false.
            return .bool(truth(evaluate(lhs)) && truth(evaluate(rhs)))
        case .or:
            return .bool(truth(evaluate(lhs)) || truth(evaluate(rhs)))
        default:
            break
        }
        let l = evaluate(lhs)
        let r = evaluate(rhs)
        switch op {
        case .plus, .minus, .times, .divide:
            guard case .number(let a) = l, case .number(let b) = r else { return .null }
            let result: Double
            switch op {
            case .plus: result = a + b
            case .minus: result = a - b
            case .times: result = a * b
            default:
                if b == 0 { return .null }
                result = a / b
            }
            // Double precision as SPEC §3 says: an overflow is ±infinity; only ∞ − ∞ and the
            // like (NaN) have no value, and so are null.
            return result.isNaN ? .null : .number(result)
        case .contains:
            guard case .set(let picked) = l, case .text(let s) = r else { return .bool(false) }
            return .bool(picked.contains(s))
        case .equal, .notEqual:
            guard l != .null, r != .null else { return .bool(false) }
            let same: Bool
            switch (l, r) {
            case (.number(let a), .number(let b)): same = a == b
            case (.text(let a), .text(let b)): same = Self.sameScalars(a, b)
            case (.bool(let a), .bool(let b)): same = a == b
            default: return .bool(false)
            }
            return .bool(op == .equal ? same : !same)
        case .less, .lessOrEqual, .greater, .greaterOrEqual:
            guard case .number(let a) = l, case .number(let b) = r else { return .bool(false) }
            switch op {
            case .less: return .bool(a < b)
            case .lessOrEqual: return .bool(a <= b)
            case .greater: return .bool(a > b)
            default: return .bool(a >= b)
            }
        default:
            return .null
        }
    }
}
