/// Pretty JSON written as it is produced, with the same bytes as `JSONWriter.appendPretty` of
/// the equivalent `JSONValue`, but without building that value first.
///
/// A comparison of thousands of sites made a small tree of objects per site only to write it:
/// allocating the objects and checking their keys for duplicates cost more than writing the
/// text. Keys are written as given: the caller must not repeat one in an object.
package struct JSONStream: ~Copyable {
    /// The text so far, in UTF-8, in a buffer of its own: a comparison writes a million keys
    /// and values, and going through `Array`'s appends (a check of its uniqueness and capacity,
    /// a generic copy) for each of their few bytes cost more than the bytes (`put`).
    private var base: UnsafeMutablePointer<UInt8>
    private var count = 0
    private var capacity: Int
    /// The nesting level of the containers opened here, from the starting level.
    private var level: Int
    /// The innermost open container (nil outside any): whether it is an array, and whether it
    /// has an element yet. Kept apart from `outer`, which is touched only when one opens or closes.
    private var top: Container?
    /// The containers around `top`, outermost first.
    private var outer: [Container] = []
    /// Where a value made as a tree, or a string with escapes, is written first, reused.
    private var scratch: [UInt8] = []

    /// The text so far, in UTF-8.
    package var bytes: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

    /// A stream writing at `level` objects or arrays deep in a larger document.
    package init(level: Int, capacity: Int = 0) {
        self.init(level: level, top: nil, capacity: capacity)
    }

    /// A stream of elements of an array opened outside it, `level` objects or arrays deep, so
    /// that a long array can be written in parts: `afterElements` when the array already has
    /// elements before these (the first one then starts with a comma).
    package init(elementsAt level: Int, afterElements: Bool, capacity: Int = 0) {
        self.init(level: level, top: Container(isArray: true, hasElements: afterElements), capacity: capacity)
    }

    private init(level: Int, top: Container?, capacity: Int) {
        self.level = level
        self.top = top
        self.capacity = max(capacity, 256)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// An object or an array being written.
    private struct Container {
        var isArray: Bool
        var hasElements: Bool
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
    ///
    /// `key` is one of the program's own names (ASCII letters, digits, underscores), which need
    /// no escape: it is copied as it is, quoted, with no test of its bytes (a comparison writes
    /// half a million keys). Debug builds, which the tests run, check it.
    package mutating func key(_ key: StaticString) {
        separate()
        key.withUTF8Buffer { utf8 in
            assert(JSONWriter.needsNoEscape(utf8), "a key literal that needs an escape")
            putQuoted(utf8)
        }
        put(UInt8(ascii: ":"), UInt8(ascii: " "))
    }

    /// Starts the member named by text the document holds (an id from a file), not a literal.
    package mutating func key(named key: String) {
        separate()
        putString(key)
        put(UInt8(ascii: ":"), UInt8(ascii: " "))
    }

    /// A string value, null when missing.
    package mutating func string(_ s: String?) {
        beginValue()
        if let s { putString(s) } else { putNull() }
    }

    /// A number value, null when missing.
    package mutating func number(_ x: Double?) {
        beginValue()
        guard let x else { return putNull() }
        // `JSONWriter.withNumber`'s text, which decides the form of every number written,
        // straight into the buffer.
        JSONWriter.withNumber(x) { put($0) }
    }

    /// A boolean value.
    package mutating func bool(_ b: Bool) {
        beginValue()
        (b ? "true" : "false" as StaticString).withUTF8Buffer { put($0) }
    }

    /// Null.
    package mutating func null() {
        beginValue()
        putNull()
    }

    /// An array of strings, on one line as `JSONWriter` writes arrays of scalars.
    package mutating func strings(_ items: [String]) {
        beginValue()
        put(UInt8(ascii: "["))
        for (k, item) in items.enumerated() {
            if k > 0 { put(UInt8(ascii: ","), UInt8(ascii: " ")) }
            putString(item)
        }
        put(UInt8(ascii: "]"))
    }

    /// A value already made as a tree (a small part shared with a document written as a tree).
    package mutating func value(_ v: JSONValue) {
        beginValue()
        scratch.removeAll(keepingCapacity: true)
        JSONWriter.appendPretty(v, to: &scratch, level: level)
        scratch.withUnsafeBufferPointer { put($0) }
    }

    /// Before a value: in an array, the separator and line of a new element; after a key, nothing.
    private mutating func beginValue() {
        guard let top, top.isArray else { return }
        separate()
    }

    /// The comma before every element but the first, then the element's line.
    private mutating func separate() {
        // Outside any container (a caller's slip, never input) there is nothing to separate.
        guard let current = top else { return }
        if current.hasElements { put(UInt8(ascii: ",")) }
        top = Container(isArray: current.isArray, hasElements: true)
        newline()
    }

    private mutating func begin(_ open: UInt8, isArray: Bool) {
        beginValue()
        put(open)
        if let top { outer.append(top) }
        top = Container(isArray: isArray, hasElements: false)
        level += 1
    }

    private mutating func end(_ close: UInt8) {
        // Closing what was never opened is a caller's slip: the bracket is written, nothing traps.
        guard let container = top else {
            put(close)
            return
        }
        top = outer.popLast()
        level -= 1
        // An empty container is `{}` or `[]`; a full one closes on its own line.
        if container.hasElements { newline() }
        put(close)
    }

    // MARK: Bytes

    /// A line break and the indentation of `level`, as `JSONWriter.appendNewline` writes them.
    ///
    /// The spaces are stored eight at a time, up to seven of them past the line in room
    /// reserved for it, which the next bytes written replace: a comparison starts a million
    /// lines, and a copy call for each cost more than its few bytes.
    private mutating func newline() {
        let width = 1 + 2 * max(level, 0)
        reserve(width + 8)
        base[count] = UInt8(ascii: "\n")
        let spaces: UInt64 = 0x2020_2020_2020_2020
        let raw = UnsafeMutableRawPointer(base + count)
        var k = 1
        while k < width {
            raw.storeBytes(of: spaces, toByteOffset: k, as: UInt64.self)
            k += 8
        }
        count += width
    }

    private mutating func putNull() {
        ("null" as StaticString).withUTF8Buffer { put($0) }
    }

    /// `s` quoted and escaped, as `JSONWriter.appendString` writes it.
    private mutating func putString(_ s: String) {
        var text = s
        // A no-op for native strings; bridged ones are made contiguous once.
        text.makeContiguousUTF8()
        _ = text.utf8.withContiguousStorageIfAvailable { putString($0) }
    }

    /// The UTF-8 text in `utf8`, quoted and escaped, as `JSONWriter.appendString` writes it:
    /// copied whole when no byte needs an escape (nearly always), else by `JSONWriter` itself.
    private mutating func putString(_ utf8: UnsafeBufferPointer<UInt8>) {
        guard JSONWriter.needsNoEscape(utf8) else {
            scratch.removeAll(keepingCapacity: true)
            JSONWriter.appendString(utf8: utf8, to: &scratch)
            return scratch.withUnsafeBufferPointer { put($0) }
        }
        putQuoted(utf8)
    }

    /// `utf8` between quotes, as it is: text that needs no escape.
    @inline(__always) private mutating func putQuoted(_ utf8: UnsafeBufferPointer<UInt8>) {
        reserve(utf8.count + 2)
        base[count] = UInt8(ascii: "\"")
        if let from = utf8.baseAddress { (base + count + 1).update(from: from, count: utf8.count) }
        base[count + 1 + utf8.count] = UInt8(ascii: "\"")
        count += utf8.count + 2
    }

    @inline(__always) private mutating func put(_ byte: UInt8) {
        reserve(1)
        base[count] = byte
        count += 1
    }

    @inline(__always) private mutating func put(_ a: UInt8, _ b: UInt8) {
        reserve(2)
        base[count] = a
        base[count + 1] = b
        count += 2
    }

    private mutating func put(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let from = bytes.baseAddress, !bytes.isEmpty else { return }
        reserve(bytes.count)
        (base + count).update(from: from, count: bytes.count)
        count += bytes.count
    }

    /// Room for `more` bytes after `count`: the buffer doubles when it is full.
    @inline(__always) private mutating func reserve(_ more: Int) {
        if count + more > capacity { grow(count + more) }
    }

    private mutating func grow(_ needed: Int) {
        let larger = max(needed, 2 * capacity)
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
        moved.initialize(from: base, count: count)
        base.deallocate()
        base = moved
        capacity = larger
    }
}
