/// Writes JSON with keys in their stored order, pretty (2 spaces) or compact.
public enum JSONWriter {
    /// The JSON text of `value`, ending with a newline when pretty.
    public static func string(_ value: JSONValue, pretty: Bool = true) -> String {
        String(decoding: bytes(value, pretty: pretty), as: UTF8.self)
    }

    /// The JSON text of `value` as UTF-8 bytes, ending with a newline when pretty.
    ///
    /// Written byte by byte into one buffer: a comparison of 100,000 assessments is tens of
    /// megabytes of JSON, which appending to a `String` scalar by scalar made slow.
    public static func bytes(_ value: JSONValue, pretty: Bool = true) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(4096)
        write(value, into: &out, indent: pretty ? 0 : nil)
        if pretty { out.append(0x0A) }
        return out
    }

    /// Appends the pretty JSON text of `value` to `out` as it would appear `level` objects or
    /// arrays deep in a larger document, so a large document can be written part by part
    /// (each part built, written and freed in turn) with the same bytes as writing it whole.
    package static func appendPretty(_ value: JSONValue, to out: inout [UInt8], level: Int) {
        write(value, into: &out, indent: level)
    }

    /// Appends a line break and the indentation of `level` in pretty JSON.
    package static func appendNewline(to out: inout [UInt8], level: Int) {
        newline(&out, level)
    }

    /// Appends `s` as a JSON string, quoted and escaped.
    package static func appendString(_ s: String, to out: inout [UInt8]) {
        writeString(s, into: &out)
    }

    /// Appends `x` as JSON without making a `String` (`withNumber`'s bytes).
    package static func appendNumber(_ x: Double, to out: inout [UInt8]) {
        withNumber(x) { out.append(contentsOf: $0) }
    }

    /// Hands the bytes of `x` as JSON to `body`, in pieces, without making a `String`: null when
    /// not finite; a whole number below 1e16 (counts, level ids) as an integer, digit by digit
    /// (Swift's description would end in ".0", 1e15 giving "1000000000000000.0", and every such
    /// double converts to Int64 exactly); any other in the shortest exact form, as `Double`
    /// writes itself. The one rule for every number written, alone or in a document, into an
    /// array or straight into a stream's buffer (`JSONStream`: no copy through an array of its
    /// own for each of a comparison's 230,000 numbers).
    @inlinable package static func withNumber(_ x: Double, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        guard x.isFinite else { return ("null" as StaticString).withUTF8Buffer(body) }
        guard x.rounded() == x, abs(x) < 1e16 else {
            // The digits `"\(x)"` gives (the same `write(to:)`), gathered on the stack and
            // handed over whole.
            var sink = DigitSink()
            x.write(to: &sink)
            sink.withBytes(body)
            return
        }
        var n = Int64(x)
        let negative = n < 0
        if negative { n = -n }
        // At most 16 digits and a sign, written from the end.
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        withUnsafeMutableBytes(of: &digits) { raw in
            let buffer = raw.bindMemory(to: UInt8.self)
            var start = buffer.count
            repeat {
                start -= 1
                buffer[start] = UInt8(ascii: "0") + UInt8(n % 10)
                n /= 10
            } while n > 0
            if negative {
                start -= 1
                buffer[start] = UInt8(ascii: "-")
            }
            body(UnsafeBufferPointer(rebasing: buffer[start...]))
        }
    }

    /// A number as JSON: integers without a fraction, others in the shortest exact form.
    package static func number(_ x: Double) -> String {
        // One rule, `appendNumber`'s, for numbers written alone and in a document.
        var bytes: [UInt8] = []
        appendNumber(x, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func write(_ value: JSONValue, into out: inout [UInt8], indent: Int?) {
        switch value {
        case .null: out += "null".utf8
        case .bool(let b): out += (b ? "true" : "false").utf8
        case .number(let n): out += number(n).utf8
        case .string(let s): writeString(s, into: &out)
        case .array(let items):
            if items.isEmpty { out += "[]".utf8; return }
            // Arrays of scalars stay on one line: answers like ["a", "b"] read better so.
            let flat = items.allSatisfy { if case .array = $0 { return false }; if case .object = $0 { return false }; return true }
            out.append(UInt8(ascii: "["))
            for (k, item) in items.enumerated() {
                if k > 0 {
                    out.append(UInt8(ascii: ","))
                    if flat, indent != nil { out.append(UInt8(ascii: " ")) }
                }
                if let indent, !flat { newline(&out, indent + 1) }
                write(item, into: &out, indent: indent.map { $0 + 1 })
            }
            if let indent, !flat { newline(&out, indent) }
            out.append(UInt8(ascii: "]"))
        case .object(let object):
            if object.isEmpty { out += "{}".utf8; return }
            out.append(UInt8(ascii: "{"))
            var first = true
            for (key, item) in object {
                if !first { out.append(UInt8(ascii: ",")) }
                first = false
                if let indent { newline(&out, indent + 1) }
                writeString(key, into: &out)
                out.append(UInt8(ascii: ":"))
                if indent != nil { out.append(UInt8(ascii: " ")) }
                write(item, into: &out, indent: indent.map { $0 + 1 })
            }
            if let indent { newline(&out, indent) }
            out.append(UInt8(ascii: "}"))
        }
    }

    private static func newline(_ out: inout [UInt8], _ level: Int) {
        // One copy of the start of a ready line: appending the spaces one by one cost more than
        // the text between them in a large document, and a table of arrays cost a reference
        // count and a check of its initialisation for each line.
        lineStart.withUTF8Buffer { line in
            if 1 + 2 * level <= line.count {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: line[0..<(1 + 2 * level)]))
            } else {
                out.append(contentsOf: line)
                out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 1 + 2 * level - line.count))
            }
        }
    }

    /// A line break and the indentation of the levels that documents commonly reach (15).
    static let lineStart: StaticString = "\n                              "

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// A string with quote, backslash, control characters, DEL, U+2028 and U+2029 escaped, every
    /// other character copied as its UTF-8 bytes (a `String` always holds valid UTF-8).
    private static func writeString(_ s: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var text = s
        // A no-op for native strings; bridged ones are made contiguous once.
        text.makeContiguousUTF8()
        _ = text.utf8.withContiguousStorageIfAvailable { escape($0, into: &out) }
        out.append(UInt8(ascii: "\""))
    }

    /// Appends the UTF-8 text in `bytes` as a JSON string, quoted and escaped.
    package static func appendString(utf8 bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        escape(bytes, into: &out)
        out.append(UInt8(ascii: "\""))
    }

    /// Whether `escape` would copy every byte of `bytes` as it is: no quote, backslash, control
    /// character, DEL, nor the first byte of U+2028 or U+2029 (0xE2, which any other character
    /// starting with it also has: those few go the slow way and come out the same).
    ///
    /// Eight bytes at a time (the sites' names, ids and file paths are most of a comparison's
    /// text): each test flags a byte of the word that is zero after a subtraction, and a borrow
    /// only comes from a byte that passes the test itself, so a word is flagged exactly when one
    /// of its bytes is one of these (`JSONScanner.plainWords` reads strings the same way).
    package static func needsNoEscape(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let tops: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func has(_ word: UInt64, _ b: UInt64) -> UInt64 {
            let x = word ^ (ones &* b)
            return (x &- ones) & ~x
        }
        var k = 0
        let n = bytes.count
        if let base = bytes.baseAddress {
            while k + 8 <= n {
                let word = UInt64(littleEndian: UnsafeRawPointer(base + k).loadUnaligned(as: UInt64.self))
                let found = ((word &- ones &* 0x20) & ~word) | has(word, 0x22) | has(word, 0x5C) | has(word, 0x7F) | has(word, 0xE2)
                if found & tops != 0 { return false }
                k += 8
            }
        }
        while k < n {
            let b = bytes[k]
            if b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") || b == 0x7F || b == 0xE2 { return false }
            k += 1
        }
        return true
    }

    private static func escape(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        // Runs of bytes that need no escape (nearly all text) are copied whole: appending byte
        // by byte was most of the cost of writing a large document.
        var start = 0
        var k = 0
        let count = bytes.count
        func flush(_ end: Int) {
            if end > start { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<end])) }
        }
        while k < count {
            let b = bytes[k]
            switch b {
            case UInt8(ascii: "\""): flush(k); out += #"\""#.utf8
            case UInt8(ascii: "\\"): flush(k); out += #"\\"#.utf8
            case 0x0A: flush(k); out += #"\n"#.utf8
            case 0x0D: flush(k); out += #"\r"#.utf8
            case 0x09: flush(k); out += #"\t"#.utf8
            case 0x00..<0x20, 0x7F:
                flush(k)
                out += #"\u00"#.utf8
                out.append(hexDigits[Int(b >> 4)])
                out.append(hexDigits[Int(b & 0x0F)])
            case 0xE2 where k + 2 < count && bytes[k + 1] == 0x80 && (bytes[k + 2] == 0xA8 || bytes[k + 2] == 0xA9):
                // U+2028 and U+2029 end lines in JavaScript.
                flush(k)
                out += (bytes[k + 2] == 0xA8 ? #"\u2028"# : #"\u2029"#).utf8
                k += 3
                start = k
                continue
            default:
                k += 1
                continue
            }
            k += 1
            start = k
        }
        flush(count)
    }
}
