extension JSONParser {
    /// The keys of the object a JSON text holds at its top level, found without building any
    /// value: a few milliseconds for the 100 MB of a large comparison, where parsing it whole
    /// takes seconds and its size in memory.
    ///
    /// For a valid text the set is exactly the keys `parse` would give the object; an array or
    /// a scalar gives none. An invalid text gives what could be told before the problem, so a
    /// caller that needs a valid document still parses it when the keys it looks for are there.
    package static func topLevelKeys(_ bytes: [UInt8]) -> Set<String> {
        var keys: Set<String> = []
        bytes.withUnsafeBufferPointer { buffer in
            var scanner = JSONScanner(buffer)
            scanner.skipByteOrderMark()
            scanner.skipWhitespace()
            guard scanner.at(UInt8(ascii: "{")) else { return }
            var depth = 0
            // Inside the top object, a string met after `{` or `,` is a key; any other string
            // is a value, and brackets within strings do not count.
            var expectKey = false
            var i = scanner.index
            let n = buffer.count
            while i < n {
                switch buffer[i] {
                case UInt8(ascii: "\""):
                    let begin = i
                    i += 1
                    while i < n, buffer[i] != UInt8(ascii: "\"") {
                        if buffer[i] == UInt8(ascii: "\\") { i += 1 }
                        i += 1
                    }
                    guard i < n else { return }
                    if depth == 1, expectKey, case .string(let key)? = try? parse(Array(buffer[begin...i])) {
                        keys.insert(key)
                    }
                    expectKey = false
                case UInt8(ascii: "{"), UInt8(ascii: "["):
                    depth += 1
                    expectKey = depth == 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    depth -= 1
                    if depth == 0 { return }
                case UInt8(ascii: ","):
                    if depth == 1 { expectKey = true }
                default:
                    break
                }
                i += 1
            }
        }
        return keys
    }
}
