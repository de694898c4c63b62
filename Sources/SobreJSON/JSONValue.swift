/// A JSON value that keeps object keys in order, so files are rewritten as they were read.
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)

    /// The text, when this is a string.
    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    /// The number, when this is a number.
    public var numberValue: Double? {
        if case .number(let n) = self { return n }
        return nil
    }

    /// The boolean, when this is one.
    public var boolValue: Bool? {
        if case .bool(let b) = self { return b }
        return nil
    }

    /// The object, when this is one.
    public var objectValue: JSONObject? {
        if case .object(let o) = self { return o }
        return nil
    }

    /// The elements, when this is an array.
    public var arrayValue: [JSONValue]? {
        if case .array(let a) = self { return a }
        return nil
    }

    /// A number, or null for a missing one.
    public static func number(_ value: Double?) -> JSONValue {
        value.map { .number($0) } ?? .null
    }

    /// A string, or null for a missing one.
    public static func string(_ value: String?) -> JSONValue {
        value.map { .string($0) } ?? .null
    }
}

/// A JSON object with its keys in insertion order.
public struct JSONObject: Sendable, Equatable, Sequence {
    /// Objects with more keys than this also keep a table from key to position. Smaller ones,
    /// nearly all in assessment files (`{"value": …, "at": …}`), are searched in order: faster
    /// than hashing, and no table to allocate for each of them.
    static let indexThreshold = 16

    private var entries: [(key: String, value: JSONValue)] = []
    /// Position of each key in `entries`; only above `indexThreshold` keys.
    private var index: [String: Int]?

    /// The keys, in insertion order.
    public var keys: [String] { entries.map(\.key) }

    /// An empty object.
    public init() {}

    /// An object from pairs; a later duplicate key replaces the earlier value.
    public init(_ pairs: [(String, JSONValue)]) {
        entries.reserveCapacity(pairs.count)
        for (key, value) in pairs { self[key] = value }
    }

    /// The position of a key that repeats an earlier one of the same object.
    struct RepeatedKey: Error {
        let position: Int
    }

    /// An object from pairs in the order they were read, every key different (compared as
    /// texts are, so « é » and « e » + accent are one key); the table (for large objects) is
    /// made once at its final size instead of growing key by key.
    init(parsed pairs: [(key: String, value: JSONValue)]) throws(RepeatedKey) {
        if pairs.count <= Self.indexThreshold {
            for i in pairs.indices {
                for j in 0..<i where pairs[j].key == pairs[i].key { throw RepeatedKey(position: i) }
            }
            entries = pairs
            return
        }
        var table: [String: Int] = [:]
        table.reserveCapacity(pairs.count)
        for (k, pair) in pairs.enumerated() {
            guard table.updateValue(k, forKey: pair.key) == nil else { throw RepeatedKey(position: k) }
        }
        entries = pairs
        index = table
    }

    private func position(of key: String) -> Int? {
        if let index { return index[key] }
        return entries.firstIndex { $0.key == key }
    }

    private mutating func rebuildIndex() {
        guard entries.count > Self.indexThreshold else {
            index = nil
            return
        }
        var table: [String: Int] = [:]
        table.reserveCapacity(entries.count * 2)
        for (k, entry) in entries.enumerated() { table[entry.key] = k }
        index = table
    }

    /// The value of a key; setting a new key appends it, setting nil removes it.
    public subscript(key: String) -> JSONValue? {
        get { position(of: key).map { entries[$0].value } }
        set {
            if let newValue {
                if let k = position(of: key) {
                    entries[k].value = newValue
                } else {
                    entries.append((key, newValue))
                    if index != nil {
                        index?[key] = entries.count - 1
                    } else if entries.count > Self.indexThreshold {
                        rebuildIndex()
                    }
                }
            } else if let k = position(of: key) {
                entries.remove(at: k)
                if index != nil { rebuildIndex() }
            }
        }
    }

    public var count: Int { entries.count }
    public var isEmpty: Bool { entries.isEmpty }

    /// The pairs in insertion order.
    public struct Iterator: IteratorProtocol {
        fileprivate let entries: [(key: String, value: JSONValue)]
        fileprivate var position = 0

        public mutating func next() -> (key: String, value: JSONValue)? {
            guard position < entries.count else { return nil }
            defer { position += 1 }
            return entries[position]
        }
    }

    public func makeIterator() -> Iterator { Iterator(entries: entries) }

    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        // Keys are unique, so the same keys in the same order with equal values.
        guard lhs.entries.count == rhs.entries.count else { return false }
        for (a, b) in zip(lhs.entries, rhs.entries) where a.key != b.key || a.value != b.value { return false }
        return true
    }
}
