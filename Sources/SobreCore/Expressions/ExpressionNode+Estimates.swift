extension ExpressionNode {
    /// Whether it names a factor or an indicator: values the trigger search cannot vary, so that
    /// it assumes such a condition can hold rather than warn wrongly.
    var usesEstimates: Bool {
        switch self {
        case .number, .string, .bool, .reference, .boundReference, .boundCall: false
        case .boundIndicator: true
        case .call(let name, _, _, _): name == ExpressionFunction.factor.rawValue || name == ExpressionFunction.indicator.rawValue
        case .negate(let e, _), .not(let e, _), .inList(let e, _, _): e.usesEstimates
        case .binary(_, let l, let r, _), .valueCall(_, let l, let r, _), .boundValueCall(_, let l, let r, _): l.usesEstimates || r.usesEstimates
        case .boundMaturityCall: false
        }
    }
}
