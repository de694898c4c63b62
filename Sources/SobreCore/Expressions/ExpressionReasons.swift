extension Expression {
    /// The questions of the part of the condition that made it true (SPEC §3.5), each once, in
    /// order of first appearance: of `a or b`, those of each operand that holds; of `a and b`,
    /// those of a then of b; of anything else (a comparison, `not`, a function, a bare question),
    /// every question it names. Empty when the condition does not hold.
    ///
    /// An action proposed because `score(q1) < 1 or q2 < 3` holds through its second branch
    /// thus never gives q1's answer as its reason (its gap still counts q1: `questionReferences`).
    func reasons(in environment: some ExpressionEnvironment) -> [String] {
        var found: [String] = []
        guard Self.explain(root, in: environment, into: &found) else { return [] }
        var seen: Set<String> = []
        return found.filter { seen.insert($0).inserted }
    }

    /// Whether `node` holds; appends to `reasons` the questions that make it hold (anything,
    /// when it does not: the caller then drops them). One pass, each operand evaluated once,
    /// so that a long chain of `or` costs no more than its evaluation.
    private static func explain(_ node: ExpressionNode, in environment: some ExpressionEnvironment,
                                into reasons: inout [String]) -> Bool {
        switch node {
        case .binary(.or, let lhs, let rhs, _):
            var left: [String] = []
            var right: [String] = []
            let l = explain(lhs, in: environment, into: &left)
            let r = explain(rhs, in: environment, into: &right)
            if l { reasons += left }
            if r { reasons += right }
            return l || r
        case .binary(.and, let lhs, let rhs, _):
            let l = explain(lhs, in: environment, into: &reasons)
            let r = explain(rhs, in: environment, into: &reasons)
            return l && r
        default:
            node.visitQuestionReferences { reasons.append($0) }
            return node.isTrue(in: environment)
        }
    }
}
