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
    public static func appendPretty(_ value: JSONValue, to out: inout [UInt8], level: Int) {
        write(value, into: &out, indent: level)
    }

    /// Appends a line break and the indentation of `level` in pretty JSON.
    public static func appendNewline(to out: inout [UInt8], level: Int) {
        newline(&out, level)
    }

    /// Appends `s` as a JSON string, quoted and escaped.
    public static func appendString(_ s: String, to out: inout [UInt8]) {
        writeString(s, into: &out)
    }

    /// A number as JSON: integers without a fraction, others in the shortest exact form.
    public static func number(_ x: Double) -> String {
        guard x.isFinite else { return "null" }
        // Below 1e16 Swift's description of a whole number ends in ".0" (1e15 gives
        // "1000000000000000.0"); every whole double there converts to Int64 exactly.
        if x.rounded() == x, abs(x) < 1e16 {
            return x == 0 ? "0" : String(Int64(x))
        }
        return "\(x)"
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
        out.append(0x0A)
        for _ in 0..<(2 * level) { out.append(UInt8(ascii: " ")) }
    }

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

    private static func escape(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        var k = 0
        let count = bytes.count
        while k < count {
            let b = bytes[k]
            switch b {
            case UInt8(ascii: "\""): out += #"\""#.utf8
            case UInt8(ascii: "\\"): out += #"\\"#.utf8
            case 0x0A: out += #"\n"#.utf8
            case 0x0D: out += #"\r"#.utf8
            case 0x09: out += #"\t"#.utf8
            case 0x00..<0x20, 0x7F:
                out += #"\u00"#.utf8
                out.append(hexDigits[Int(b >> 4)])
                out.append(hexDigits[Int(b & 0x0F)])
            case 0xE2 where k + 2 < count && bytes[k + 1] == 0x80 && (bytes[k + 2] == 0xA8 || bytes[k + 2] == 0xA9):
                // U+2028 and U+2029 end lines in JavaScript.
                out += (bytes[k + 2] == 0xA8 ? #"\u2028"# : #"\u2029"#).utf8
                k += 3
                continue
            default:
                out.append(b)
            }
            k += 1
        }
    }
}
