/// The options picked in a multiple choice, as expressions see them: a set of option ids.
///
/// Kept as the few ids themselves, each once, rather than a `Set<String>`: a comparison of
/// 10,000 files makes one for every multiple-choice answer, and a hashed set's table, the
/// hashing of each id and the table's release cost about a tenth of scoring. Membership and
/// equality are a set's (the order ids were picked in plays no part), with the texts compared
/// as `Set<String>` compares them. Membership is a linear search: a question has a few options
/// (tens at most), where a table would cost more than it saves.
public struct PickedOptions: Sendable, Equatable, ExpressibleByArrayLiteral {
    /// Each id once, in the order first given.
    public private(set) var ids: [String]

    /// The ids of `picked`, each once.
    public init<S: Sequence>(_ picked: S) where S.Element == String {
        ids = []
        for id in picked where !ids.contains(id) { ids.append(id) }
    }

    /// The ids listed, each once.
    public init(arrayLiteral elements: String...) {
        self.init(elements)
    }

    /// Ids already known to be distinct (the options of one question, each marked once).
    init(distinct ids: [String]) {
        self.ids = ids
    }

    /// How many options are picked.
    public var count: Int { ids.count }

    /// Whether `id` is among them.
    public func contains(_ id: String) -> Bool { ids.contains(id) }

    /// The same options, whatever their order.
    public static func == (a: PickedOptions, b: PickedOptions) -> Bool {
        a.ids.count == b.ids.count && a.ids.allSatisfy(b.contains)
    }
}
