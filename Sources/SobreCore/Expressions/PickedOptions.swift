import SobreJSON

/// The options picked in a multiple choice, as expressions see them: a set of option ids.
///
/// Kept as the few ids themselves, each once (or the answer's own array of them), rather than a `Set<String>`: a comparison of
/// 10,000 files makes one for every multiple-choice answer, and a hashed set's table, the
/// hashing of each id and the table's release cost about a tenth of scoring. Membership and
/// equality are a set's (the order ids were picked in plays no part), with the texts compared
/// as `Set<String>` compares them. Membership is a linear search: a question has a few options
/// (tens at most), where a table would cost more than it saves.
public struct PickedOptions: Sendable, Equatable, ExpressibleByArrayLiteral {
    /// The ids themselves, or the array of an answer's value that names them (texts only, each
    /// once), kept as it is: a comparison makes one for each of its 100,000 multiple-choice
    /// answers, and an array of ids made for each was as many allocations.
    private enum Storage: Sendable {
        case ids([String])
        case texts([JSONValue])
    }

    private let storage: Storage

    /// Each id once, in the order first given.
    public var ids: [String] {
        switch storage {
        case .ids(let ids): ids
        case .texts(let texts): texts.compactMap(\.stringValue)
        }
    }

    /// The ids of `picked`, each once.
    public init<S: Sequence>(_ picked: S) where S.Element == String {
        var ids: [String] = []
        for id in picked where !ids.contains(id) { ids.append(id) }
        storage = .ids(ids)
    }

    /// The ids listed, each once.
    public init(arrayLiteral elements: String...) {
        self.init(elements)
    }

    /// Ids already known to be distinct (the options of one question, each marked once).
    init(distinct ids: [String]) {
        storage = .ids(ids)
    }

    /// The texts of an answer's value, already known to be texts only and distinct (each a
    /// different option of one question).
    init(distinctTexts texts: [JSONValue]) {
        storage = .texts(texts)
    }

    /// How many options are picked.
    public var count: Int {
        switch storage {
        case .ids(let ids): ids.count
        case .texts(let texts): texts.count
        }
    }

    /// Whether `id` is among them.
    public func contains(_ id: String) -> Bool {
        switch storage {
        case .ids(let ids): ids.contains(id)
        case .texts(let texts): texts.contains { $0.stringValue == id }
        }
    }

    /// The same options, whatever their order.
    public static func == (a: PickedOptions, b: PickedOptions) -> Bool {
        a.count == b.count && a.ids.allSatisfy(b.contains)
    }
}
