/// A lexical token of the expression language.
struct ExpressionToken: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case number(Double)
        case string(String)
        case name(String)
        case symbol(String)
        case end
    }

    var kind: Kind
    /// 0-based offset in Unicode scalars.
    var offset: Int
}
