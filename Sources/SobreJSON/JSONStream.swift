/// Pretty JSON written as it is produced, with the same bytes as `JSONWriter.appendPretty` of
/// the equivalent `JSONValue`, but without building that value first.
///
/// A comparison of thousands of sites made a small tree of objects per site only to write it:
/// allocating the objects and checking their keys for duplicates cost more than writing the
/// text. Keys are written as given: the caller must not repeat one in an object.
package struct JSONStream {
    /// The text so far, in UTF-8.
    package private(set) var bytes: [UInt8] = []
    /// The nesting level of the containers opened here, from the starting level.
    private var level: Int
    /// For each open container: whether it is an array, and whether it has an element yet.
    private var containers: [(isArray: Bool, hasElements: Bool)] = []

    /// A stream writing at `level` objects or arrays deep in a larger document.
    package init(level: Int, capacity: Int = 0) {
        self.level = level
        bytes.reserveCapacity(capacity)
    }

    /// A stream of elements of an array opened outside it, `level` objects or arrays deep, so
    /// that a long array can be written in parts: `afterElements` when the array already has
    /// elements before these (the first one then starts with a comma).
    package init(elementsAt level: Int, afterElements: Bool, capacity: Int = 0) {
        self.init(level: level, capacity: capacity)
        containers.append((true, afterElements))
    }

    /// Starts an object (as a value: after `key`, in an array, or alone).
    package mutating func beginObject() {
        begin(UInt8(ascii: "{"), isArray: false)
    }

    /// Ends the innermost object.
    package mutating func endObject() {
        end(UInt8(ascii: "}"))
    }

    /// Starts an array whose elements are each on their own line (objects or arrays).
    package mutating func beginArray() {
        begin(UInt8(ascii: "["), isArray: true)
    }

    /// Ends the innermost array.
    package mutating func endArray() {
        end(UInt8(ascii: "]"))
    }

    /// Starts the member `key` of the innermost object; its value comes next.
    package mutating func key(_ key: StaticString) {
        separate()
        // Keys are literals, read in place: no `String` to make contiguous for each.
        key.withUTF8Buffer { JSONWriter.appendString(utf8: $0, to: &bytes) }
        bytes.append(UInt8(ascii: ":"))
        bytes.append(UInt8(ascii: " "))
    }

    /// Starts the member named by text the document holds (an id from a file), not a literal.
    package mutating func key(named key: String) {
        separate()
        JSONWriter.appendString(key, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        bytes.append(UInt8(ascii: " "))
    }

    /// A string value, null when missing.
    package mutating func string(_ s: String?) {
        beginValue()
        if let s { JSONWriter.appendString(s, to: &bytes) } else { bytes += "null".utf8 }
    }

    /// A number value, null when missing.
    package mutating func number(_ x: Double?) {
        beginValue()
        if let x { JSONWriter.appendNumber(x, to: &bytes) } else { bytes += "null".utf8 }
    }

    /// A boolean value.
    package mutating func bool(_ b: Bool) {
        beginValue()
        bytes += (b ? "true" : "false").utf8
    }

    /// Null.
    package mutating func null() {
        beginValue()
        bytes += "null".utf8
    }

    /// An array of strings, on one line as `JSONWriter` writes arrays of scalars.
    package mutating func strings(_ items: [String]) {
        beginValue()
        bytes.append(UInt8(ascii: "["))
        for (k, item) in items.enumerated() {
            if k > 0 {
                bytes.append(UInt8(ascii: ","))
                bytes.append(UInt8(ascii: " "))
            }
            JSONWriter.appendString(item, to: &bytes)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    /// A value already made as a tree (a small part shared with a document written as a tree).
    package mutating func value(_ v: JSONValue) {
        beginValue()
        JSONWriter.appendPretty(v, to: &bytes, level: level)
    }

    /// Before a value: in an array, the separator and line of a new element; after a key, nothing.
    private mutating func beginValue() {
        guard let last = containers.last, last.isArray else { return }
        separate()
    }

    /// The comma before every element but the first, then the element's line.
    private mutating func separate() {
        // Outside any container (a caller's slip, never input) there is nothing to separate.
        guard let k = containers.indices.last else { return }
        if containers[k].hasElements { bytes.append(UInt8(ascii: ",")) }
        containers[k].hasElements = true
        JSONWriter.appendNewline(to: &bytes, level: level)
    }

    private mutating func begin(_ open: UInt8, isArray: Bool) {
        beginValue()
        bytes.append(open)
        containers.append((isArray, false))
        level += 1
    }

    private mutating func end(_ close: UInt8) {
        // Closing what was never opened is a caller's slip: the bracket is written, nothing traps.
        guard let container = containers.popLast() else {
            bytes.append(close)
            return
        }
        level -= 1
        // An empty container is `{}` or `[]`; a full one closes on its own line.
        if container.hasElements { JSONWriter.appendNewline(to: &bytes, level: level) }
        bytes.append(close)
    }
}
